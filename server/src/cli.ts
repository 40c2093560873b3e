// `hds-check`: the same checks as the editor, for CI. Exit code 1 when an error is found.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkDeclaration, groupDeclarations, isDeclarationFile, localToday, rules, type Finding, type Locale, type SeveritySetting } from './engine';
import { isValidDate } from './engine/dates';
import { findDeclarationFiles } from './workspace';
import { readDeclarationFile } from './readText';

const usage = `Usage: hds-check [options] <folder or file>...

Checks HDS v2 declarations (*.hds.yaml). A folder is searched for declaration files; files that
share a main file (the one with a top-level "hds:" key) form one declaration.

Options:
  --as-of YYYY-MM-DD     date used for expiry checks (default: today)
  --lang en|fr           language of the messages (default: from LANG)
  --format text|json     output format (default: text)
  --rule CODE=SEVERITY   override a rule: error, warning, information, hint or off (repeatable)
  --max-warnings N       exit 1 when there are more than N warnings
  --list-rules           print every rule code with its requirement and default severity
  -h, --help             show this help
`;

interface Options {
  paths: string[];
  today: string;
  locale: Locale;
  format: 'text' | 'json';
  rules: Record<string, SeveritySetting>;
  maxWarnings?: number;
  listRules: boolean;
}

class UsageError extends Error {}

function parseArguments(argv: string[]): Options {
  const options: Options = {
    paths: [],
    today: localToday(),
    locale: (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').toLowerCase().startsWith('fr') ? 'fr' : 'en',
    format: 'text',
    rules: {},
    listRules: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${argument} needs a value`);
      return next;
    };
    switch (argument) {
      case '--as-of': {
        const date = value();
        if (!isValidDate(date)) throw new UsageError(`--as-of takes a date written YYYY-MM-DD, not "${date}"`);
        options.today = date;
        break;
      }
      case '--lang': {
        const lang = value();
        if (lang !== 'en' && lang !== 'fr') throw new UsageError(`--lang takes en or fr, not "${lang}"`);
        options.locale = lang;
        break;
      }
      case '--format': {
        const format = value();
        if (format !== 'text' && format !== 'json') throw new UsageError(`--format takes text or json, not "${format}"`);
        options.format = format;
        break;
      }
      case '--rule': {
        const [code, severity] = value().split('=');
        if (!rules.some((rule) => rule.code === code)) throw new UsageError(`unknown rule "${code}" (see --list-rules)`);
        if (!['error', 'warning', 'information', 'hint', 'off'].includes(severity)) throw new UsageError(`--rule ${code}= takes error, warning, information, hint or off`);
        options.rules[code] = severity as SeveritySetting;
        break;
      }
      case '--max-warnings': {
        const count = Number(value());
        if (!Number.isInteger(count) || count < 0) throw new UsageError('--max-warnings takes a whole number');
        options.maxWarnings = count;
        break;
      }
      case '--list-rules':
        options.listRules = true;
        break;
      case '-h':
      case '--help':
        process.stdout.write(usage);
        process.exit(0);
      default:
        if (argument.startsWith('-')) throw new UsageError(`unknown option ${argument}`);
        options.paths.push(argument);
    }
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  if (options.listRules) {
    const width = (column: (rule: (typeof rules)[number]) => string) => Math.max(...rules.map((rule) => column(rule).length));
    const codeWidth = width((rule) => rule.code);
    const severityWidth = width((rule) => rule.severity);
    const requirementWidth = width((rule) => rule.requirement ?? '');
    for (const rule of rules) {
      process.stdout.write(`${rule.code.padEnd(codeWidth)}  ${rule.severity.padEnd(severityWidth)}  ${(rule.requirement ?? '').padEnd(requirementWidth)}  ${rule.docs[options.locale]}\n`);
    }
    return 0;
  }
  if (options.paths.length === 0) throw new UsageError('name at least one folder or file to check');

  const files: { uri: string; text: string }[] = [];
  const folders: string[] = [];
  for (const given of options.paths) {
    const absolute = path.resolve(given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      throw new UsageError(`${given}: no such file or folder`);
    }
    const found = stat.isDirectory() ? await findDeclarationFiles(absolute) : [absolute];
    if (stat.isDirectory()) folders.push(pathToFileURL(absolute).href);
    for (const file of found) {
      if (!isDeclarationFile(file)) throw new UsageError(`${given}: declaration files end in .hds.yaml`);
      const uri = pathToFileURL(file).href;
      if (files.some((known) => known.uri === uri)) continue;
      files.push({ uri, ...readDeclarationFile(file) });
    }
  }

  const fileExists = (uri: string) => {
    try {
      return fs.statSync(fileURLToPath(uri)).isFile();
    } catch {
      return false;
    }
  };
  const workspaceRoot = pathToFileURL(process.cwd()).href;
  const findings: Finding[] = [];
  for (const group of groupDeclarations(files, folders)) {
    const root = [workspaceRoot, ...folders].filter((folder) => group.root === folder || group.root.startsWith(`${folder}/`)).sort((a, b) => b.length - a.length)[0] ?? group.root;
    findings.push(...checkDeclaration(group.files, { today: options.today, locale: options.locale, rules: options.rules, workspaceRoot: root, fileExists }).findings);
  }

  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({ files: files.length, errors, warnings, findings: findings.map((finding) => ({ ...finding, file: path.relative(process.cwd(), fileURLToPath(finding.uri)) })) }, null, 2)}\n`);
  } else {
    printText(findings, files.length, options.locale);
  }
  return errors > 0 || (options.maxWarnings !== undefined && warnings > options.maxWarnings) ? 1 : 0;
}

function printText(findings: Finding[], fileCount: number, locale: Locale): void {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.set(finding.uri, [...(byFile.get(finding.uri) ?? []), finding]);
  for (const [uri, fileFindings] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    process.stdout.write(`\n${path.relative(process.cwd(), fileURLToPath(uri))}\n`);
    for (const finding of fileFindings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)) {
      const place = `${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
      process.stdout.write(`  ${place.padEnd(8)} ${finding.severity.padEnd(11)} ${finding.message}  ${finding.code}\n`);
    }
  }
  const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
  const summary = locale === 'fr'
    ? `${fileCount} fichier(s) vérifié(s) : ${count('error')} erreur(s), ${count('warning')} avertissement(s), ${count('information') + count('hint')} information(s).`
    : `${fileCount} file(s) checked: ${count('error')} error(s), ${count('warning')} warning(s), ${count('information') + count('hint')} information(s).`;
  process.stdout.write(`\n${summary}\n`);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof UsageError) {
      process.stderr.write(`hds-check: ${error.message}\n\n${usage}`);
      process.exit(2);
    }
    process.stderr.write(`hds-check: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(2);
  },
);
