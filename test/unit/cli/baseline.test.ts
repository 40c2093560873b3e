// --baseline on a two-commit git repository made here: findings added and fixed, coverage
// changes, Markdown for a merge request, --fail-on new; and an earlier JSON report as baseline.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Report, ReportDeclaration } from '../../../server/src/cli/report';
import { compare } from '../../../server/src/cli/baseline';
import { comparisonMarkdown, comparisonText } from '../../../server/src/cli/formats/comparison';
import { REPO } from '../fixtures';
import { runCli, temporaryFolder } from './cliHarness';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

describe('hds-check --baseline', function () {
  this.timeout(60_000);
  let repository: string;
  const compliance = () => path.join(repository, 'compliance');
  const edit = (file: string, change: (text: string) => string) => fs.writeFileSync(path.join(compliance(), file), change(fs.readFileSync(path.join(compliance(), file), 'utf8')));

  before(() => {
    repository = temporaryFolder('hds-baseline-');
    git(repository, 'init', '-q', '-b', 'main');
    fs.mkdirSync(compliance());
    for (const entry of fs.readdirSync(path.join(REPO, 'examples'))) {
      if (entry !== 'broken') fs.cpSync(path.join(REPO, 'examples', entry), path.join(compliance(), entry), { recursive: true });
    }
    // The first commit already has an error: no contract reference for EXI-27.
    edit('declaration.hds.yaml', (text) => text.replace(/^ {2}EXI-27:.*\n/m, ''));
    git(repository, 'add', '-A');
    git(repository, 'commit', '-q', '-m', 'declaration');
    // The change: the risk covering event C goes, EXI-27 comes back, and comments move every line of risks.hds.yaml.
    edit('risks.hds.yaml', (text) => `# reviewed\n# again\n${text.replace(/ {2}- id: R-05\n(?: {4}.*\n)+\n/, '')}`);
    edit('declaration.hds.yaml', (text) => text.replace(/^ {2}EXI-26:.*\n/m, (line) => `${line}  EXI-27: "Annexe 6"\n`));
    git(repository, 'commit', '-q', '-am', 'the change');
  });

  it('prints what the change does: the finding added, the one fixed, the coverage lost', async () => {
    const ran = await runCli(['compliance', '--baseline', 'HEAD~1'], repository);
    assert.equal(ran.code, 1, ran.stdout + ran.stderr);
    const lines = ran.stdout.split('\n');
    assert.equal(lines[0], 'HDS check: this change compared with HEAD~1');
    assert.equal(lines[1], '1 finding added, 1 fixed, 0 unchanged.');
    assert.match(ran.stdout, /\nAdded:\n {2}\+ compliance\/risks\.hds\.yaml:\d+:\d+ error No risk covers EXI-05 event C .*\(risk-event-uncovered\)\n/);
    assert.match(ran.stdout, /\nFixed:\n {2}- compliance\/declaration\.hds\.yaml:\d+:\d+ error No contract reference for EXI-27 .*\(contract-clause-missing\)\n/);
    assert.match(ran.stdout, /\nCoverage:\n {2}compliance:\n {4}EXI-05 risk events covered: 13\/13 → 12\/13\n {6}no longer covered: C\n/);
    assert.match(ran.stdout, /\n4 files checked: 1 error, 0 warnings, 0 information\.\n$/);
  });

  it('--fail-on new fails only on findings the change introduces', async () => {
    assert.equal((await runCli(['compliance', '--baseline', 'HEAD~1', '--fail-on', 'new'], repository)).code, 1);
    // Against itself, the change introduces nothing: the old error does not fail the build, unless asked.
    fs.appendFileSync(path.join(compliance(), 'soa.hds.yaml'), '# a comment\n');
    try {
      const none = await runCli(['compliance', '--baseline', 'HEAD', '--fail-on', 'new'], repository);
      assert.equal(none.code, 0, none.stdout);
      assert.match(none.stdout, /^HDS check: this change compared with HEAD\n0 findings added, 0 fixed, 1 unchanged\.\n/);
      assert.match(none.stdout, /compliance: no coverage change/);
      assert.equal((await runCli(['compliance', '--baseline', 'HEAD'], repository)).code, 1);
    } finally {
      git(repository, 'checkout', '-q', '--', '.');
    }
  });

  it('writes Markdown for a merge-request comment, in English and French', async () => {
    const english = await runCli(['compliance', '--baseline', 'HEAD~1', '--markdown'], repository);
    assert.match(english.stdout, /^### HDS check: this change compared with `HEAD~1`\n\n1 finding added, 1 fixed, 0 unchanged\.\n\n#### Added \(1\)\n\n\| File \| Severity \| Rule \| Message \|\n\| --- \| --- \| --- \| --- \|\n\| `compliance\/risks\.hds\.yaml:\d+` \| error \| `risk-event-uncovered` \| No risk covers EXI-05 event C/);
    assert.match(english.stdout, /\| EXI-05 risk events covered \| 13\/13 \| 12\/13 \|\n\| ↳ no longer covered \| C \| \|\n/);
    const french = await runCli(['compliance', '--baseline', 'HEAD~1', '--markdown', '--lang', 'fr'], repository);
    assert.match(french.stdout, /^### Vérification HDS\u00a0: cette modification comparée à `HEAD~1`\n\n1\u00a0constat ajouté, 1\u00a0corrigé, 0\u00a0inchangé\./);
    assert.match(french.stdout, /\| Événements de risque EXI-05 couverts \| 13\/13 \| 12\/13 \|/);
  });

  it('reads an earlier JSON report as the baseline, with the same result as the git revision', async () => {
    git(repository, 'checkout', '-q', 'HEAD~1');
    try {
      await runCli(['compliance', '--format', 'json', '--output', '../before.json'], repository);
    } finally {
      git(repository, 'checkout', '-q', 'main');
    }
    const before = path.join(path.dirname(repository), 'before.json');
    try {
      const fromReport = await runCli(['compliance', '--baseline', before, '--format', 'json'], repository);
      const fromGit = await runCli(['compliance', '--baseline', 'HEAD~1', '--format', 'json'], repository);
      type WithComparison = Report & { comparison: { added: { fingerprint: string }[]; fixed: { fingerprint: string }[]; coverage: unknown } };
      const a = JSON.parse(fromReport.stdout) as WithComparison;
      const b = JSON.parse(fromGit.stdout) as WithComparison;
      assert.deepEqual(a.comparison.added.map((finding) => finding.fingerprint), b.comparison.added.map((finding) => finding.fingerprint));
      assert.deepEqual(a.comparison.fixed.map((finding) => finding.fingerprint), b.comparison.fixed.map((finding) => finding.fingerprint));
      assert.deepEqual(a.comparison.coverage, b.comparison.coverage);
      assert.equal(a.comparison.added.length, 1);
      // SARIF marks each result new or unchanged.
      const sarif = JSON.parse((await runCli(['compliance', '--baseline', 'HEAD~1', '--format', 'sarif'], repository)).stdout);
      assert.deepEqual(sarif.runs[0].results.map((result: { ruleId: string; baselineState: string }) => [result.ruleId, result.baselineState]), [['risk-event-uncovered', 'new']]);
    } finally {
      fs.rmSync(before, { force: true });
    }
  });

  it('refuses, with exit code 2, a baseline that is neither a revision nor a report', async () => {
    const unknown = await runCli(['compliance', '--baseline', 'no-such-branch'], repository);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^hds-check: --baseline no-such-branch: not a revision of a git repository here \(a report file is written as a path: \.\/no-such-branch\)\n/);
    fs.writeFileSync(path.join(repository, 'notes.json'), '{"hello": 1}');
    // A report file is written as a path: notes.json alone names a revision, which a file of that name makes ambiguous.
    const ambiguous = await runCli(['compliance', '--baseline', 'notes.json'], repository);
    assert.equal(ambiguous.code, 2);
    assert.match(ambiguous.stderr, /^hds-check: --baseline notes\.json: a file or folder of that name exists here/);
    const notReport = await runCli(['compliance', '--baseline', './notes.json'], repository);
    assert.equal(notReport.code, 2);
    assert.match(notReport.stderr, /notes\.json is not a JSON report of hds-check/);
  });
});

describe('the --baseline comparison', () => {
  const declaration = (activitiesCovered: number, backup: string, soaListed: number, events: string[]): ReportDeclaration => ({
    root: 'compliance',
    files: ['compliance/declaration.hds.yaml'],
    named: [],
    counts: { errors: 0, warnings: 0, information: 0, hints: 0, accepted: 0 },
    coverage: {
      activitiesInScope: 5,
      activitiesCovered,
      activities: [
        { id: 'hardware', state: 'covered' },
        { id: 'backup', state: backup },
      ],
      riskEventsCovered: events,
      riskEventsTotal: 13,
      soaListed,
      soaTotal: 93,
    },
  });
  const report = (declarations: ReportDeclaration[]): Report => ({ tool: { name: 'hds-check', version: '0' }, catalog: { referential: 'HDS v2', annexA: 'ISO/IEC 27001:2022', adequacyUpdated: '2026-11-22' }, asOf: '2026-11-22', locale: 'en', files: 1, disabledRules: [], errors: 0, warnings: 0, information: 0, hints: 0, accepted: 0, declarations, findings: [] });

  it('tells activity, risk event and SoA changes, and new or removed declarations', () => {
    const before = report([declaration(5, 'covered', 93, ['A', 'B.a'])]);
    const after = report([declaration(4, 'gap', 90, ['A', 'C']), { ...declaration(1, 'gap', 0, []), root: 'other' }]);
    const comparison = compare(before, after, 'main');
    assert.deepEqual(comparison.coverage.map((change) => [change.root, change.status]), [['compliance', 'changed'], ['other', 'added']]);
    assert.equal(
      comparisonText(comparison, 'en'),
      [
        'HDS check: this change compared with main',
        '0 findings added, 0 fixed, 0 unchanged.',
        '',
        'Coverage:',
        '  compliance:',
        '    Activities covered: 5/5 → 4/5',
        '      backup: covered → gap',
        '    EXI-05 risk events covered: 2/13 → 2/13',
        '      now covered: C',
        '      no longer covered: B.a',
        '    Annex A controls in the SoA: 93/93 → 90/93',
        '  other: new declaration',
        '',
      ].join('\n'),
    );
    const markdown = comparisonMarkdown(comparison, 'fr');
    assert.match(markdown, /\| Activités couvertes \| 5\/5 \| 4\/5 \|\n\| ↳ `backup` \| couverte \| lacune \|\n/);
    assert.match(markdown, /\| Mesures de l’annexe A dans la DdA \| 93\/93 \| 90\/93 \|/);
    assert.match(markdown, /- `other`\u00a0: nouvelle déclaration/);
    const removed = compare(after, before, 'main');
    assert.deepEqual(removed.coverage.map((change) => [change.root, change.status]), [['compliance', 'changed'], ['other', 'removed']]);
  });
});
