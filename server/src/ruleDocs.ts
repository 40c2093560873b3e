// Where each rule's documentation page (docs/rules/<code>.md) is found. The editor links to the
// copy installed with the extension (a file URI): it works offline and matches the installed
// version of the rules. Reports read on a forge (SARIF in code scanning) link to the repository
// given in package.json when there is one, since the runner's files are gone by then.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import packageJson from '../../package.json';

/** The folder of the rule pages: beside dist/ when bundled, at the top of the repository from out/. */
function docsFolder(): string | undefined {
  const candidates = [path.join(__dirname, '..', 'docs', 'rules'), path.join(__dirname, '..', '..', '..', 'docs', 'rules')];
  return candidates.find((candidate) => fs.existsSync(candidate));
}

let folder: string | undefined | null = null;
// Asked for every diagnostic: the disk is looked at once per rule.
const pages = new Map<string, string | undefined>();

/** The installed page of a rule, as a file URI; undefined when the pages are not installed. */
export function installedRuleDocUri(code: string): string | undefined {
  if (pages.has(code)) return pages.get(code);
  if (folder === null) folder = docsFolder();
  const page = folder ? path.join(folder, `${code}.md`) : undefined;
  const uri = page && fs.existsSync(page) ? pathToFileURL(page).href : undefined;
  pages.set(code, uri);
  return uri;
}

/** The repository's web address, when package.json names one. */
export function repositoryUrl(): string | undefined {
  const repository = (packageJson as { repository?: string | { url?: string } }).repository;
  const url = typeof repository === 'string' ? repository : repository?.url;
  return url && /^(git\+)?https:\/\//.test(url) ? url.replace(/^git\+/, '').replace(/\.git$/, '') : undefined;
}

/** The repository's web address of a rule's page, when package.json names a repository. */
export function repositoryRuleDocUri(code: string): string | undefined {
  const url = repositoryUrl();
  return url ? `${url}/blob/main/docs/rules/${code}.md` : undefined;
}
