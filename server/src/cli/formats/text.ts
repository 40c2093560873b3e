// The report for people: findings by file, which declaration each named file belongs to, a summary.
import type { Locale } from '../../engine';
import { counted, localize, NOUNS, type Nouns } from '../../engine/text';
import type { Localized } from '../../engine/types';
import type { Report } from '../report';
import { terminalText } from '../console';
import { severityWord } from '../severity';

const say = {
  belongs: { en: '{file} belongs to the declaration of {main}: checked with {others}.', fr: '{file} fait partie de la déclaration de {main}\u00a0: vérifié avec {others}.' },
  main: { en: '{file} is the main file of its declaration: checked with {others}.', fr: '{file} est le fichier principal de sa déclaration\u00a0: vérifié avec {others}.' },
  otherFile: { en: 'its other file', fr: 'son autre fichier' },
  otherFiles: { en: 'its {count} other files', fr: 'ses {count} autres fichiers' },
  noMain: { en: '{file} belongs to no declaration with a main file (`hds: 2`).', fr: '{file} n’appartient à aucune déclaration ayant un fichier principal (`hds: 2`).' },
  noMainWithNeighbours: {
    en: '{file} belongs to no declaration with a main file (`hds: 2`): checked with the {count} beside it.',
    fr: '{file} n’appartient à aucune déclaration ayant un fichier principal (`hds: 2`)\u00a0: vérifié avec {count}.',
  },
  summary: { en: '{files}: {errors}, {warnings}, {information}.', fr: '{files}\u00a0: {errors}, {warnings}, {information}.' },
  summaryWithAccepted: { en: '{files}: {errors}, {warnings}, {information}, {accepted}.', fr: '{files}\u00a0: {errors}, {warnings}, {information}, {accepted}.' },
} satisfies Record<string, Localized>;

const nouns = {
  neighbours: { en: ['declaration file', 'declaration files'], fr: ['fichier de déclaration voisin', 'fichiers de déclaration voisins'] },
  checked: { en: ['file checked', 'files checked'], fr: ['fichier vérifié', 'fichiers vérifiés'] },
  accepted: { en: ['accepted', 'accepted'], fr: ['accepté', 'acceptés'] },
} as const satisfies Record<string, Nouns>;

export function formatText(report: Report): string {
  const locale: Locale = report.locale;
  const lines: string[] = [];
  for (const declaration of report.declarations) {
    for (const rawNamed of declaration.named) {
      const named = terminalText(rawNamed);
      const others = declaration.files.length - 1;
      if (declaration.files.length === 1 && declaration.mainFile === rawNamed) continue;
      const checkedWith = localize(others === 1 ? say.otherFile : say.otherFiles, locale, { count: others });
      lines.push(declaration.mainFile === rawNamed ? localize(say.main, locale, { file: named, others: checkedWith })
        : declaration.mainFile ? localize(say.belongs, locale, { file: named, main: terminalText(declaration.mainFile), others: checkedWith })
        : localize(others > 0 ? say.noMainWithNeighbours : say.noMain, locale, { file: named, count: counted(others, nouns.neighbours) }));
    }
  }
  const files = [...new Set(report.findings.map((finding) => finding.file))].sort();
  const severityWidth = Math.max(...report.findings.map((finding) => severityWord(finding.severity, locale).length), 0);
  for (const file of files) {
    lines.push('', terminalText(file));
    for (const finding of report.findings.filter((candidate) => candidate.file === file)) {
      lines.push(`  ${`${finding.line}:${finding.column}`.padEnd(8)} ${severityWord(finding.severity, locale).padEnd(severityWidth)}  ${terminalText(finding.message)}  ${finding.code}`);
    }
  }
  lines.push('', summaryLine(report));
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
}

/** The last line of the text report: how many files, errors, warnings and information. */
export function summaryLine(report: Report): string {
  const { files, errors, warnings, accepted } = report;
  return localize(accepted ? say.summaryWithAccepted : say.summary, report.locale, {
    files: counted(files, nouns.checked),
    errors: counted(errors, NOUNS.error),
    warnings: counted(warnings, NOUNS.warning),
    information: counted(report.information + report.hints, NOUNS.information),
    accepted: counted(accepted, nouns.accepted),
  });
}
