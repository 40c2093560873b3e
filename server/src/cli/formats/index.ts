// One module per output format; each turns the report into the text written out.
import type { Format } from '../options';
import type { Report } from '../report';
import { formatGitlab } from './gitlab';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatText } from './text';

export const formatters: Record<Format, (report: Report) => string> = {
  text: formatText,
  json: formatJson,
  sarif: (report) => formatSarif(report),
  junit: formatJunit,
  gitlab: formatGitlab,
};
