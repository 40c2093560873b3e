// Every output format read back: text, JSON, SARIF (validated against the SARIF 2.1.0 schema),
// JUnit (parsed as XML); and a file argument checked with its whole declaration.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { pathToFileURL } from 'node:url';
import { checkDeclaration, groupDeclarations, rules, type Finding } from '../../../server/src/engine';
import type { Report } from '../../../server/src/cli/report';
import { FINGERPRINT_KEY } from '../../../server/src/cli/formats/sarif';
import type { CodeQualityIssue } from '../../../server/src/cli/formats/gitlab';
import { REPO } from '../fixtures';
import { copyExamples, runCli, temporaryFolder } from './cliHarness';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const xml2js: { parseStringPromise(xml: string): Promise<any> } = require('xml2js'); // eslint-disable-line @typescript-eslint/no-explicit-any

/** The vendored SARIF 2.1.0 schema (draft-04), compiled by ajv's draft-07 validator: the keywords it uses mean the same there. */
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/') && !/\s/.test(value));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv.compile<any>(schema); // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** What the engine itself finds in a folder's declarations: the figures the reports must give. */
function engineFindings(folder: string, today = '2026-11-22'): { files: number; findings: Finding[] } {
  const names = (fs.readdirSync(folder, { recursive: true }) as string[]).filter((name) => name.endsWith('.hds.yaml'));
  const documents = names.map((name) => ({ uri: pathToFileURL(path.join(folder, name)).href, text: fs.readFileSync(path.join(folder, name), 'utf8') }));
  const workspaceRoot = pathToFileURL(folder).href;
  const findings = groupDeclarations(documents).flatMap((group) => checkDeclaration(group.files, { today, locale: 'en', workspaceRoot, fileExists: (uri) => fs.existsSync(new URL(uri)) }).findings);
  return { files: documents.length, findings };
}

// Findings an exception accepts are counted apart from the information they are shown as.
const count = (findings: readonly Finding[], severity: Finding['severity'] | 'accepted') =>
  findings.filter((finding) => (severity === 'accepted' ? finding.accepted : finding.severity === severity && !finding.accepted)).length;
/** "3 errors", "1 error"; French keeps 0 and 1 singular, after a non-breaking space. */
const many = (value: number, one: string, more: string, locale: 'en' | 'fr' = 'en') => `${value}${locale === 'fr' ? '\u00a0' : ' '}${value === 1 || (locale === 'fr' && value === 0) ? one : more}`;
const acceptedPart = (findings: readonly Finding[], one: string, more: string, locale: 'en' | 'fr' = 'en') => (count(findings, 'accepted') ? `, ${many(count(findings, 'accepted'), one, more, locale)}` : '');

describe('hds-check output formats', () => {
  let folder: string;
  let broken: { files: number; findings: Finding[] };
  let all: { files: number; findings: Finding[] };
  before(() => {
    folder = copyExamples();
    broken = engineFindings(path.join(folder, 'broken'));
    all = engineFindings(folder);
    // The figures below are only worth something if the broken example has findings of each kind.
    assert.ok(count(broken.findings, 'error') > 0 && count(broken.findings, 'warning') > 0 && count(broken.findings, 'information') > 0);
  });

  it('text: findings by file with 1-based places, and the summary; exit 1 on errors', async () => {
    const ran = await runCli(['broken', '--as-of', '2026-11-22'], folder);
    assert.equal(ran.code, 1);
    assert.match(ran.stdout, /^broken\/conflict\.hds\.yaml\n {2}2:1 +error +‘organization’ is already defined/m);
    assert.ok(ran.stdout.endsWith(`\n${many(broken.files, 'file checked', 'files checked')}: ${many(count(broken.findings, 'error'), 'error', 'errors')}, ${many(count(broken.findings, 'warning'), 'warning', 'warnings')}, ${count(broken.findings, 'information')} information${acceptedPart(broken.findings, 'accepted', 'accepted')}.\n`), ran.stdout.slice(-200));
    const clean = await runCli(['declaration.hds.yaml', 'soa.hds.yaml'], folder);
    assert.equal(clean.code, 0, clean.stdout);
  });

  it('text in French: severity words and summary in French', async () => {
    const ran = await runCli(['broken', '--lang', 'fr'], folder);
    assert.match(ran.stdout, /^ {2}2:1 +erreur +/m);
    assert.match(ran.stdout, /^ {2}\d+:\d+ +avertissement +/m);
    assert.ok(ran.stdout.endsWith(`${many(broken.files, 'fichier vérifié', 'fichiers vérifiés', 'fr')}\u00a0: ${many(count(broken.findings, 'error'), 'erreur', 'erreurs', 'fr')}, ${many(count(broken.findings, 'warning'), 'avertissement', 'avertissements', 'fr')}, ${many(count(broken.findings, 'information'), 'information', 'informations', 'fr')}${acceptedPart(broken.findings, 'accepté', 'acceptés', 'fr')}.\n`), ran.stdout.slice(-200));
  });

  it('a file argument is checked with its whole declaration, and the output says so', async () => {
    const ran = await runCli(['risks.hds.yaml'], folder);
    assert.equal(ran.code, 0, ran.stdout);
    assert.equal(ran.stdout, 'risks.hds.yaml belongs to the declaration of declaration.hds.yaml: checked with its 3 other files.\n\n4 files checked: 0 errors, 0 warnings, 0 information.\n');
    // The main file alone once reported every section the other files hold as missing.
    const main = await runCli(['declaration.hds.yaml', '--format', 'json'], folder);
    const report = JSON.parse(main.stdout) as Report;
    assert.equal(report.findings.filter((finding) => finding.code === 'missing-section').length, 0);
    assert.deepEqual(report.declarations.map((declaration) => [declaration.mainFile, declaration.files, declaration.named]), [['declaration.hds.yaml', ['declaration.hds.yaml', 'risks.hds.yaml', 'soa.hds.yaml', 'subcontractors.hds.yaml'], ['declaration.hds.yaml']]]);
    // A file of a nested declaration brings its own declaration only, not the one above or beside it.
    const nested = JSON.parse((await runCli(['broken/missing-sections/declaration.hds.yaml', '--format', 'json'], folder)).stdout) as Report;
    assert.deepEqual(nested.declarations.map((declaration) => declaration.root), ['broken/missing-sections']);
    const sub = JSON.parse((await runCli(['broken/soa.hds.yaml', '--format', 'json'], folder)).stdout) as Report;
    assert.deepEqual(sub.declarations.map((declaration) => declaration.root), ['broken']);
    assert.ok(!sub.declarations[0].files.includes('broken/missing-sections/declaration.hds.yaml'));
  });

  it('a file under no main file is checked with the declaration files beside it, and the output says so', async () => {
    const loose = temporaryFolder();
    fs.mkdirSync(path.join(loose, '.git'));
    fs.writeFileSync(path.join(loose, 'a.hds.yaml'), 'soa:\n  - { control: 8.10, applicable: true }\n');
    fs.writeFileSync(path.join(loose, 'b.hds.yaml'), 'risks: []\n');
    const ran = await runCli(['a.hds.yaml', '--format', 'json'], loose);
    const report = JSON.parse(ran.stdout) as Report;
    assert.deepEqual(report.declarations.map((declaration) => [declaration.mainFile, declaration.files]), [[undefined, ['a.hds.yaml', 'b.hds.yaml']]]);
    const text = await runCli(['a.hds.yaml'], loose);
    assert.match(text.stdout, /^a\.hds\.yaml belongs to no declaration with a main file \(`hds: 2`\): checked with the 1 declaration file beside it\.\n/);
  });

  it('json: tool and catalog versions, the as-of date, every count, 1-based places beside the LSP range', async () => {
    const ran = await runCli(['broken', '--format', 'json', '--as-of', '2026-11-22'], folder);
    assert.equal(ran.code, 1);
    const report = JSON.parse(ran.stdout) as Report;
    const packageJson = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.deepEqual(report.tool, { name: 'hds-check', version: packageJson.version });
    assert.equal(report.catalog.referential, 'HDS v2');
    assert.equal(report.catalog.annexA, 'ISO/IEC 27001:2022');
    assert.match(report.catalog.adequacyUpdated, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(report.asOf, '2026-11-22');
    assert.deepEqual([report.files, report.errors, report.warnings, report.information, report.hints], [broken.files, count(broken.findings, 'error'), count(broken.findings, 'warning'), count(broken.findings, 'information'), count(broken.findings, 'hint')]);
    const quoted = report.findings.find((finding) => finding.code === 'unquoted-control-id')!;
    assert.deepEqual([quoted.file, quoted.line, quoted.column, quoted.endLine, quoted.endColumn], ['broken/soa.hds.yaml', 7, 16, 7, 20]);
    assert.deepEqual(quoted.range, { start: { line: 6, character: 15 }, end: { line: 6, character: 19 } });
    assert.match(quoted.fingerprint, /^[0-9a-f]{32}$/);
    assert.equal(new Set(report.findings.map((finding) => finding.fingerprint)).size, report.findings.length, 'fingerprints are unique');
  });

  it('sarif: valid SARIF 2.1.0, every rule with its requirement and help, fingerprints that ignore line moves', async () => {
    const ran = await runCli(['broken', '--format', 'sarif', '--as-of', '2026-11-22'], folder);
    assert.equal(ran.code, 1);
    const sarif = JSON.parse(ran.stdout);
    const validate = sarifValidator();
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const driver = sarif.runs[0].tool.driver;
    assert.deepEqual(driver.rules.map((rule: { id: string }) => rule.id), rules.map((rule) => rule.code));
    for (const rule of rules) {
      const written = driver.rules.find((candidate: { id: string }) => candidate.id === rule.code);
      assert.equal(written.properties.requirement, rule.requirement, rule.code);
      assert.ok(written.help.text.startsWith(rule.docs.en), rule.code);
    }
    const results = sarif.runs[0].results;
    assert.equal(results.length, broken.findings.length);
    const storage = results.find((result: { ruleId: string }) => result.ruleId === 'storage-outside-eea');
    assert.equal(storage.level, 'error');
    assert.equal(driver.rules[storage.ruleIndex].id, 'storage-outside-eea');
    assert.equal(storage.locations[0].physicalLocation.artifactLocation.uriBaseId, 'SRCROOT');
    assert.equal(results.find((result: { ruleId: string }) => result.ruleId === 'numeric-activity').level, 'note');

    // Lines added above a finding move it, but its fingerprint stays.
    const file = path.join(folder, 'broken', 'subcontractors.hds.yaml');
    const before = results.filter((result: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => result.locations[0].physicalLocation.artifactLocation.uri === 'broken/subcontractors.hds.yaml');
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `# a comment\n# another one\n${original}`);
    try {
      const moved = JSON.parse((await runCli(['broken', '--format', 'sarif', '--as-of', '2026-11-22'], folder)).stdout).runs[0].results;
      for (const result of before) {
        const same = moved.find((candidate: { partialFingerprints: Record<string, string> }) => candidate.partialFingerprints[FINGERPRINT_KEY] === result.partialFingerprints[FINGERPRINT_KEY]);
        assert.ok(same, `${result.ruleId} lost its fingerprint`);
        assert.equal(same.locations[0].physicalLocation.region.startLine, result.locations[0].physicalLocation.region.startLine + 2);
      }
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it('sarif: an accepted finding carries an inSource suppression; rules carry security-severity and precision', async () => {
    const sarif = JSON.parse((await runCli(['broken', '--format', 'sarif', '--as-of', '2026-11-22'], folder)).stdout);
    const validate = sarifValidator();
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const driver = sarif.runs[0].tool.driver;
    const scores: Record<string, string> = { error: '8.0', warning: '5.0', information: '2.0', hint: '1.0' };
    for (const rule of rules) {
      const written = driver.rules.find((candidate: { id: string }) => candidate.id === rule.code);
      assert.equal(written.properties['security-severity'], scores[rule.severity], rule.code);
      assert.equal(written.properties.precision, rule.code === 'placeholder-left' ? 'high' : 'very-high', rule.code);
      assert.ok(written.properties.tags.includes('security'), rule.code);
    }
    const accepted = broken.findings.filter((finding) => finding.accepted);
    assert.equal(accepted.length, 1, 'examples/broken accepts one finding');
    const suppressed = sarif.runs[0].results.filter((result: { suppressions?: unknown[] }) => result.suppressions);
    assert.equal(suppressed.length, accepted.length);
    const [result] = suppressed;
    assert.equal(result.ruleId, 'evidence-not-found');
    assert.equal(result.level, 'note');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'broken/soa.hds.yaml');
    assert.equal(result.suppressions.length, 1);
    const [suppression] = result.suppressions;
    assert.equal(suppression.kind, 'inSource');
    assert.equal(suppression.status, 'accepted');
    assert.equal(suppression.justification, 'The roles are signed on paper; the auditor sees them on site.');
    assert.deepEqual(suppression.properties, { approvedBy: 'Claire Martin, RSSI', until: '2027-06-30', severity: 'warning' });
    const written = suppression.location.physicalLocation;
    assert.equal(written.artifactLocation.uri, 'broken/declaration.hds.yaml');
    const declaration = fs.readFileSync(path.join(folder, 'broken', 'declaration.hds.yaml'), 'utf8').split('\n');
    assert.match(declaration[written.region.startLine - 1], /rule: evidence-not-found/);
    // Only the accepted finding is suppressed: the exception that ended leaves its error open.
    assert.ok(sarif.runs[0].results.some((other: { ruleId: string; level: string; suppressions?: unknown }) => other.ruleId === 'soa-justification-missing' && other.level === 'error' && !other.suppressions));
  });

  it('gitlab: a Code Quality report, every finding an issue with valid fields, unique fingerprints stable across unrelated edits', async () => {
    const ran = await runCli(['broken', '--format', 'gitlab', '--as-of', '2026-11-22'], folder);
    assert.equal(ran.code, 1);
    const issues = JSON.parse(ran.stdout) as CodeQualityIssue[];
    assert.ok(Array.isArray(issues));
    assert.equal(issues.length, broken.findings.length);
    const severities = { error: 'critical', warning: 'major', information: 'minor', hint: 'info' } as const;
    const codes = new Set<string>(rules.map((rule) => rule.code));
    for (const issue of issues) {
      assert.deepEqual(Object.keys(issue).sort(), ['check_name', 'description', 'engine_name', 'fingerprint', 'location', 'severity', 'type']);
      assert.equal(issue.type, 'issue');
      assert.ok(codes.has(issue.check_name), issue.check_name);
      assert.ok(issue.description.length > 0);
      assert.match(issue.fingerprint, /^[0-9a-f]{32}$/);
      assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity), issue.severity);
      assert.ok(!path.isAbsolute(issue.location.path) && !issue.location.path.includes('\\'), issue.location.path);
      assert.ok(fs.existsSync(path.join(folder, issue.location.path)), issue.location.path);
      assert.ok(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1);
      assert.ok(issue.location.lines.end >= issue.location.lines.begin);
    }
    assert.equal(new Set(issues.map((issue) => issue.fingerprint)).size, issues.length, 'fingerprints are unique');
    // The severities follow the findings'; the accepted one is info, and says who accepted it.
    const report = JSON.parse((await runCli(['broken', '--format', 'json', '--as-of', '2026-11-22'], folder)).stdout) as Report;
    for (const finding of report.findings) {
      const issue = issues.find((candidate) => candidate.fingerprint === finding.fingerprint)!;
      assert.deepEqual([issue.check_name, issue.location.path, issue.location.lines.begin], [finding.code, finding.file, finding.line]);
      assert.equal(issue.severity, finding.accepted ? 'info' : severities[finding.severity], finding.code);
    }
    const accepted = issues.filter((issue) => issue.check_name === 'evidence-not-found' && issue.severity === 'info');
    assert.equal(accepted.length, 1);
    assert.match(accepted[0].description, /accepted by Claire Martin, RSSI until 30 June 2027/);
    assert.ok(issues.some((issue) => issue.severity === 'critical') && issues.some((issue) => issue.severity === 'major'));

    // Unrelated edits (comment lines added above, the organisation renamed) move findings, never change their fingerprints.
    const file = path.join(folder, 'broken', 'declaration.hds.yaml');
    const original = fs.readFileSync(file, 'utf8');
    const renamed = original.replace(/^( {2}name: )Santé Démo SAS$/m, '$1Another Name SAS');
    assert.notEqual(renamed, original, 'the edit must change a line');
    fs.writeFileSync(file, `# reviewed\n# twice\n${renamed}`);
    try {
      const edited = JSON.parse((await runCli(['broken', '--format', 'gitlab', '--as-of', '2026-11-22'], folder)).stdout) as CodeQualityIssue[];
      assert.deepEqual(edited.map((issue) => issue.fingerprint).sort(), issues.map((issue) => issue.fingerprint).sort());
      const inFile = issues.filter((issue) => issue.location.path === 'broken/declaration.hds.yaml');
      assert.ok(inFile.length > 0);
      for (const issue of inFile) {
        assert.equal(edited.find((candidate) => candidate.fingerprint === issue.fingerprint)!.location.lines.begin, issue.location.lines.begin + 2, issue.check_name);
      }
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it('sarif of a clean declaration: valid, with every rule and no result', async () => {
    const ran = await runCli(['.', '--format', 'sarif', '--rule', 'placeholder-left=off'], path.join(folder));
    const sarif = JSON.parse(ran.stdout);
    assert.ok(sarifValidator()(sarif));
    assert.equal(sarif.runs[0].tool.driver.rules.length, rules.length);
  });

  it('junit: one test case per rule and file, failures for errors, parsed back as XML', async () => {
    const ran = await runCli(['broken', '--format', 'junit', '--rule', 'placeholder-left=off'], folder);
    assert.equal(ran.code, 1);
    const xml = await xml2js.parseStringPromise(ran.stdout);
    const suites = xml.testsuites.testsuite;
    const enabled = rules.length - 1;
    // One suite per file of examples/broken.
    assert.equal(suites.length, 10);
    assert.equal(Number(xml.testsuites.$.tests), 10 * enabled);
    for (const suite of suites) {
      assert.equal(suite.testcase.length, enabled);
      assert.equal(new Set(suite.testcase.map((testCase: { $: { name: string } }) => testCase.$.name)).size, enabled);
      assert.ok(!suite.testcase.some((testCase: { $: { name: string } }) => testCase.$.name === 'placeholder-left'));
    }
    const soa = suites.find((suite: { $: { name: string } }) => suite.$.name === 'broken/soa.hds.yaml');
    const failed = soa.testcase.filter((testCase: { failure?: unknown }) => testCase.failure).map((testCase: { $: { name: string } }) => testCase.$.name).sort();
    assert.deepEqual(failed, ['duplicate-id', 'evidence-outside-workspace', 'invalid-value', 'soa-control-missing', 'soa-exclusion-not-allowed', 'soa-justification-missing', 'unknown-control']);
    assert.equal(Number(soa.$.failures), failed.length);
    const quoted = soa.testcase.find((testCase: { $: { name: string } }) => testCase.$.name === 'unquoted-control-id');
    assert.equal(quoted.failure, undefined);
    assert.match(quoted['system-out'][0], /^broken\/soa\.hds\.yaml:7:16 warning Write control ids in quotes/);
    const missing = soa.testcase.find((testCase: { $: { name: string } }) => testCase.$.name === 'soa-control-missing');
    assert.equal(missing.failure[0]._.split('\n').length, 86);
    assert.equal(Number(xml.testsuites.$.failures), suites.reduce((sum: number, suite: { $: { failures: string } }) => sum + Number(suite.$.failures), 0));
  });

  it('--output writes the report to a file and says so on the standard error', async () => {
    const ran = await runCli(['.', '--format', 'json', '--output', 'reports/hds.json'], folder);
    assert.equal(ran.stdout, '');
    assert.equal(ran.stderr, 'hds-check: written reports/hds.json\n');
    const report = JSON.parse(fs.readFileSync(path.join(folder, 'reports', 'hds.json'), 'utf8')) as Report;
    assert.equal(report.errors, count(all.findings, 'error'));
  });

  it('exit code 2 and the usage for a path that is missing or not a declaration', async () => {
    const missing = await runCli(['nowhere'], folder);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^hds-check: nowhere: no such file or folder\n\nUsage:/);
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'x');
    const other = await runCli(['notes.txt', '--lang', 'fr'], folder);
    assert.equal(other.code, 2);
    assert.match(other.stderr, /^hds-check\u00a0: notes\.txt\u00a0: les fichiers de déclaration se terminent par \.hds\.yaml\n\nUsage\u00a0:/);
    assert.equal((await runCli([], folder)).code, 2);
    fs.writeFileSync(path.join(folder, 'blocker'), 'a file where a folder is needed');
    const unwritable = await runCli(['.', '--output', 'blocker/report.txt'], folder);
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.stderr, /^hds-check: cannot write blocker\/report\.txt: (ENOTDIR|EEXIST)\n$/);
  });
});
