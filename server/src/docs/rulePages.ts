// The rule pages docs/rules/<code>.md, in English and French, built from the rules themselves,
// the catalog and the examples: the example that fires is the rule's finding in examples/broken/,
// the one that passes is the same text after the editor's quick fix when there is one, else the
// same place in examples/ (which passes every rule). `npm run docs:rules` writes them; a test
// keeps them in step.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, isSeq, type Node } from 'yaml';
import { checkDeclaration, rules, type Finding, type Locale, type SourceDocument } from '../engine';
import { localize, severityWord } from '../engine/text';
import type { Rule } from '../engine/rule';
import { chapter, healthCodeArticle, requirement as catalogRequirement, source as catalogSource } from '../engine/catalog';
import { groupDeclarations, isDeclarationFile } from '../engine/grouping';
import { parseFile, type ParsedFile, type Path } from '../engine/yamlFile';
import { toDiagnostic } from '../services/diagnostics';
import { codeActions } from '../services/codeActions';
import { applyEdits } from '../cli/edits';

export const AS_OF = '2026-11-22';
const NB = '\u00a0';

const say = {
  title: { en: 'English', fr: 'Français' },
  checks: { en: 'What it checks', fr: `Ce qu’elle vérifie` },
  severity: {
    en: 'Default severity: **{severity}**. Change it with the setting `hds.rules` or `hds-check --rule`. An error is a nonconformity an auditor would raise, a warning something still owed, information a fact that asks nothing now; a placeholder (TODO, N/A, `2099-12-31`…) is never an answer: see the README, “Severity policy” and “What decided means”.',
    fr: 'Sévérité par défaut\u00a0: **{severity}**. Elle se change avec le réglage `hds.rules` ou `hds-check --rule`. Une erreur est une non-conformité qu’un auditeur relèverait, un avertissement ce qui reste dû, une information un fait qui ne demande rien pour l’instant\u00a0; un texte provisoire (TODO, N/A, `2099-12-31`…) n’est jamais une réponse\u00a0: voir le README, «\u00a0Severity policy\u00a0» et «\u00a0What decided means\u00a0».',
  },
  requirement: { en: 'Requirement and source', fr: 'Exigence et source' },
  noRequirement: {
    en: 'No referential requirement: the rule checks the declaration format of HDS Studio (`schemas/hds.schema.json`), so that the other rules read what you meant.',
    fr: `Aucune exigence du référentiel${NB}: la règle vérifie le format de déclaration d’HDS Studio (\`schemas/hds.schema.json\`), pour que les autres règles lisent ce que vous vouliez dire.`,
  },
  hdsSource: { en: 'Source: HDS v2 referential (ANS, 2024), chapter {chapterId} ({title}), {id}. The summary above is a paraphrase; the referential is authoritative.', fr: 'Source\u00a0: référentiel HDS v2 (ANS, 2024), chapitre {chapterId} ({title}), {id}. Le résumé ci-dessus est une paraphrase\u00a0; seul le référentiel fait foi.' },
  healthCodeSource: { en: 'Source: French Public Health Code (code de la santé publique), article {id}. The summary above is a paraphrase; the text on Légifrance is authoritative.', fr: 'Source\u00a0: code de la santé publique, article {id}. Le résumé ci-dessus est une paraphrase\u00a0; seul le texte publié sur Légifrance fait foi.' },
  grounds: { en: 'Grounds, line by line:', fr: 'Fondements, ligne par ligne\u00a0:' },
  isoSource: { en: 'Source: ISO/IEC 27001:2022, {clause}.', fr: 'Source\u00a0: ISO/IEC 27001:2022, {clause}.' },
  contractRange: {
    en: 'The contract clauses EXI-17 to EXI-27 of the HDS v2 referential (ANS, 2024), chapter 6, and EXI-28 (chapter 7): the hosting locations, which the contract states.',
    fr: `Les clauses contractuelles EXI-17 à EXI-27 du référentiel HDS v2 (ANS, 2024), chapitre 6, et l’EXI-28 (chapitre 7)${NB}: les lieux d’hébergement, que le contrat indique.`,
  },
  alsoSources: { en: 'Also rests on:', fr: `Repose aussi sur${NB}:` },
  sourcesDiffer: { en: 'Note: {note}', fr: `À noter${NB}: {note}` },
  messages: { en: 'Messages', fr: 'Messages' },
  fires: { en: 'Example that fires', fr: 'Exemple qui la déclenche' },
  firesIn: { en: 'In `examples/{file}`:', fr: 'Dans `examples/{file}`\u00a0:' },
  reported: { en: 'reports', fr: 'signale' },
  passes: { en: 'Example that passes', fr: 'Exemple conforme' },
  afterFix: { en: 'The same lines after the quick fix “{title}”:', fr: 'Les mêmes lignes après la correction rapide «\u00a0{title}\u00a0»\u00a0:' },
  inClean: { en: 'The same place in `examples/{file}`, a declaration that passes every rule:', fr: 'Le même endroit dans `examples/{file}`, une déclaration qui passe toutes les règles\u00a0:' },
  fix: { en: 'How to fix', fr: 'Comment corriger' },
  fixMessage: { en: 'Do what the message says: it names the value, key or entry to change.', fr: `Faites ce que dit le message${NB}: il nomme la valeur, la clé ou l’entrée à modifier.` },
  quickFix: { en: 'In the editor, the quick fix (Ctrl+.) does it: {titles}.', fr: 'Dans l’éditeur, la correction rapide (Ctrl+.) s’en charge\u00a0: {titles}.' },
  placeholder: { en: 'Where only you know the answer the fix writes TODO, and `placeholder-left` warns until you replace it.', fr: `Là où vous seul connaissez la réponse, la correction écrit TODO, et \`placeholder-left\` avertit tant que vous ne l’avez pas remplacé.` },
};

interface Example {
  file: string;
  finding: Finding;
  fired: string;
  passed?: { how: 'fix' | 'clean'; title?: string; file: string; text: string };
}

/** Every rule's page, keyed by file name. */
export function rulePages(repository: string): Map<string, string> {
  const broken = loadDeclarations(path.join(repository, 'examples', 'broken'));
  const clean = loadDeclarations(path.join(repository, 'examples')).find((group) => group.files.some((file) => file.uri.endsWith('/examples/declaration.hds.yaml')))!;
  const pages = new Map<string, string>();
  for (const rule of rules) pages.set(`${rule.code}.md`, page(rule, example(rule, broken, clean, repository)));
  return pages;
}

function page(rule: Rule, examples: Record<Locale, Example | undefined>): string {
  const sections = (['en', 'fr'] as const).map((locale) => {
    const lines = [`## ${say.title[locale]}`, '', `### ${say.checks[locale]}`, '', rule.docs[locale], '', localize(say.severity, locale, { severity: rule.severity }), '', `### ${say.requirement[locale]}`, '', ...requirementLines(rule, locale), ''];
    if (rule.grounds?.length) lines.push(say.grounds[locale], '', ...rule.grounds.map((ground) => `- ${ground[locale]}`), '');
    lines.push(`### ${say.messages[locale]}`, '', ...Object.values(rule.messages).map((message) => `- ${message[locale]}`), '');
    const found = examples[locale];
    if (found) {
      lines.push(`### ${say.fires[locale]}`, '', localize(say.firesIn, locale, { file: found.file }), '', '```yaml', found.fired, '```', '', `\`hds-check\` ${say.reported[locale]}${locale === 'fr' ? NB : ''}: ${found.finding.message}`, '');
      if (found.passed) {
        lines.push(`### ${say.passes[locale]}`, '', found.passed.how === 'fix' ? localize(say.afterFix, locale, { title: found.passed.title! }) : localize(say.inClean, locale, { file: found.passed.file }), '', '```yaml', found.passed.text, '```', '');
      }
    }
    lines.push(`### ${say.fix[locale]}`, '', say.fixMessage[locale]);
    if (found?.passed?.how === 'fix') {
      lines.push('', localize(say.quickFix, locale, { titles: locale === 'fr' ? `«${NB}${found.passed.title}${NB}»` : `“${found.passed.title}”` }));
      if (found.passed.text.includes('TODO')) lines.push('', say.placeholder[locale]);
    }
    return lines.join('\n');
  });
  return [`# \`${rule.code}\``, '', `*${rule.requirement ?? ''}*`.replace(/^\*\*$/, ''), '', sections.join('\n\n'), ''].join('\n').replace(/\n{3,}/g, '\n\n');
}

function requirementLines(rule: Rule, locale: Locale): string[] {
  const lines = referentialLines(rule, locale);
  if (!rule.sources?.length) return lines;
  const cited = rule.sources.map((id) => {
    const found = catalogSource(id);
    if (!found) throw new Error(`rule ${rule.code} cites source ${id}, which is not in server/catalog/sources.json`);
    const note = found.note ? ` ${localize(say.sourcesDiffer, locale, { note: found.note[locale] })}` : '';
    return `- ${found.citation[locale]}${locale === 'fr' ? NB : ''}: ${found.summary[locale]}${note}`;
  });
  return [...lines, '', say.alsoSources[locale], '', ...cited];
}

function referentialLines(rule: Rule, locale: Locale): string[] {
  const id = rule.requirement;
  if (!id) return [say.noRequirement[locale]];
  if (/^EXI-\d+\.\.EXI-\d+$/.test(id)) return [`**${id}**`, '', say.contractRange[locale]];
  const requirement = catalogRequirement(id);
  if (requirement) {
    const inChapter = chapter(requirement.chapter);
    return [`**${id}**: ${requirement.title[locale]}`, '', requirement.summary[locale], '', localize(say.hdsSource, locale, { id, chapterId: requirement.chapter, title: inChapter?.title[locale] ?? '' })];
  }
  const article = healthCodeArticle(id);
  if (article) return [`**${id}**: ${article.title[locale]}`, '', article.summary[locale], '', localize(say.healthCodeSource, locale, { id: article.id })];
  const clause = id.replace(/^ISO\/IEC 27001(:2022)?\s*/, '');
  return [`**${id}**`, '', localize(say.isoSource, locale, { clause: clause === 'Annex A' ? (locale === 'fr' ? 'annexe A' : 'Annex A') : `${locale === 'fr' ? 'article' : 'clause'} ${clause}` })];
}

interface Group {
  root: string;
  files: SourceDocument[];
}

function loadDeclarations(folder: string): Group[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(directory, entry.name));
      else if (isDeclarationFile(entry.name)) found.push(path.join(directory, entry.name));
    }
  };
  walk(folder);
  const files = found.sort().map((file) => ({ uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') }));
  return groupDeclarations(files, [pathToFileURL(folder).href]);
}

function check(group: Group, locale: Locale, repository: string) {
  return checkDeclaration(group.files, { today: AS_OF, locale, workspaceRoot: pathToFileURL(path.join(repository, 'examples')).href, fileExists: (uri) => fs.existsSync(new URL(uri)) });
}

function example(rule: Rule, broken: Group[], clean: Group, repository: string): Record<Locale, Example | undefined> {
  const result: Record<Locale, Example | undefined> = { en: undefined, fr: undefined };
  for (const locale of ['en', 'fr'] as const) {
    for (const group of broken) {
      const checked = check(group, locale, repository);
      const finding = checked.findings.find((candidate) => candidate.code === rule.code);
      if (!finding) continue;
      const document = group.files.find((file) => file.uri === finding.uri)!;
      const relative = path.relative(path.join(repository, 'examples'), new URL(document.uri).pathname).split(path.sep).join('/');
      const found: Example = { file: relative, finding, fired: excerpt(document.text, finding.range.start.line, finding.range.end.line) };
      const action = codeActions(checked, { uri: finding.uri, range: finding.range, diagnostics: [toDiagnostic(finding)] }, locale)[0];
      const edits = action?.edit?.changes?.[finding.uri];
      if (action && edits) {
        const fixed = applyEdits(finding.uri, document.text, edits);
        // Show the lines the fix wrote, wherever it wrote them (a new risk goes to the end of risks:).
        const first = [...edits].sort((a, b) => a.range.start.line - b.range.start.line)[0];
        const written = first.newText.replace(/^\n+/, '').split('\n').length - 1;
        const startLine = first.range.start.line + (first.newText.startsWith('\n') ? 1 : 0);
        found.passed = { how: 'fix', title: action.title, file: relative, text: excerpt(fixed, startLine, startLine + written) };
      } else {
        found.passed = cleanPlace(parseFile(document), finding, clean);
      }
      result[locale] = found;
      break;
    }
  }
  return result;
}

/** Lines around a range, at most a dozen, with their context. */
function excerpt(text: string, startLine: number, endLine: number): string {
  const lines = text.split(/\r?\n/);
  const from = Math.max(0, startLine - 2);
  const to = Math.min(lines.length - 1, Math.min(endLine, startLine + 8) + 2);
  return lines.slice(from, to + 1).join('\n').replace(/\s+$/, '');
}

/** The clean example's text at the path of the finding (as deep as the clean example has it). */
function cleanPlace(file: ParsedFile, finding: Finding, clean: Group): Example['passed'] {
  const offset = file.lineStarts[finding.range.start.line] + finding.range.start.character;
  const wanted = pathAt(file.document?.contents as Node | undefined, offset);
  let best: { file: SourceDocument; node: Node; depth: number } | undefined;
  for (const document of clean.files) {
    const parsed = parseFile(document);
    let node = parsed.document?.contents as Node | undefined;
    let depth = 0;
    for (const segment of wanted) {
      const next = isMap(node) ? (node.get(segment, true) as Node | undefined) : isSeq(node) && typeof segment === 'number' ? (node.get(segment, true) as Node | undefined) : undefined;
      if (!next) break;
      node = next;
      depth++;
    }
    if (node && depth > 0 && (!best || depth > best.depth)) best = { file: document, node, depth };
  }
  if (!best) {
    const main = clean.files.find((document) => document.uri.endsWith('/declaration.hds.yaml'))!;
    return { how: 'clean', file: 'declaration.hds.yaml', text: main.text.split('\n').slice(0, 8).join('\n') };
  }
  const parsed = parseFile(best.file);
  const [start, end] = best.node.range ?? [0, 0];
  const startLine = parsed.lineStarts.filter((lineStart) => lineStart <= start).length - 1;
  const endLine = parsed.lineStarts.filter((lineStart) => lineStart <= end).length - 1;
  return { how: 'clean', file: path.basename(new URL(best.file.uri).pathname), text: excerpt(parsed.text, startLine, endLine) };
}

function pathAt(node: Node | undefined, offset: number, trail: (string | number)[] = []): Path {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      const end = value?.range?.[1] ?? key?.range?.[1] ?? -1;
      if (key?.range && offset >= key.range[0] && offset <= end) return pathAt(value ?? undefined, offset, [...trail, String((key as { value?: unknown }).value)]);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const range = (item as Node).range;
      if (range && offset >= range[0] && offset <= range[1]) trail = [...pathAt(item as Node, offset, [...trail, index])];
    });
  }
  return trail;
}

/** Writes the pages (npm run docs:rules). */
if (require.main === module) {
  const repository = path.resolve(__dirname, '..', '..', '..', '..');
  const folder = path.join(repository, 'docs', 'rules');
  fs.mkdirSync(folder, { recursive: true });
  for (const [name, text] of rulePages(repository)) fs.writeFileSync(path.join(folder, name), text);
  console.log(`wrote ${rules.length} rule pages to docs/rules/`);
  writeManifestRuleSettings(repository);
  writeReadmeRuleTable(repository);
}

/** The README's table of rules (code, requirement, default severity, what it checks), from the rules. */
function writeReadmeRuleTable(repository: string): void {
  const file = path.join(repository, 'README.md');
  const readme = fs.readFileSync(file, 'utf8');
  const header = '| Code | Requirement | Default | What it checks |\n| --- | --- | --- | --- |\n';
  const start = readme.indexOf(header);
  if (start < 0) throw new Error('README.md has no rule table');
  let end = start + header.length;
  while (readme.startsWith('| `', end)) end = readme.indexOf('\n', end) + 1;
  const rows = rules.map((rule) => `| \`${rule.code}\` | ${rule.requirement ?? ''} | ${rule.severity} | ${rule.docs.en.replace(/`/g, '')} |\n`).join('');
  fs.writeFileSync(file, readme.slice(0, start) + header + rows + readme.slice(end));
  console.log('wrote the rule table of README.md');
}

/**
 * The `hds.rules` setting lists every rule with its documentation, in package.json and its two
 * translation files: written from the rules, like the pages, so they never drift apart.
 */
function writeManifestRuleSettings(repository: string): void {
  const manifestPath = path.join(repository, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const setting = manifest.contributes.configuration.properties['hds.rules'];
  setting.properties = Object.fromEntries(rules.map((rule) => [rule.code, { type: 'string', enum: ['error', 'warning', 'information', 'hint', 'off'], description: `%rule.${rule.code}%` }]));
  fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [name, describe] of [
    ['package.nls.json', (rule: (typeof rules)[number]) => `${rule.docs.en} Default: ${rule.severity}.`],
    ['package.nls.fr.json', (rule: (typeof rules)[number]) => `${rule.docs.fr} Par défaut\u00a0: ${severityWord(rule.severity, 'fr')} (\`${rule.severity}\`).`],
  ] as const) {
    const file = path.join(repository, name);
    const texts: Record<string, string> = JSON.parse(fs.readFileSync(file, 'utf8'));
    // Other keys keep their order; the rules' keys are rewritten in rule order after the others.
    const kept = Object.entries(texts).filter(([key]) => !key.startsWith('rule.'));
    const written = Object.fromEntries([...kept, ...rules.map((rule) => [`rule.${rule.code}`, describe(rule)])]);
    fs.writeFileSync(file, `${JSON.stringify(written, null, 2)}\n`);
  }
  console.log('wrote the hds.rules setting to package.json and its translations');
}
