// The README's command-line section, its GitHub Actions and GitLab CI snippets: every hds-check
// command they show is extracted and run, with the bundled CLI, in a git repository made here.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { REPO, temporaryFolder } from './lspClient';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const xml2js: { parseStringPromise(xml: string): Promise<any> } = require('xml2js'); // eslint-disable-line @typescript-eslint/no-explicit-any

const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## The command line'), readme.indexOf('## The format'));

function blocks(text: string, language: string): string[] {
  return [...text.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]);
}

/** The hds-check commands of a block: shell lines, or YAML `run:` and script items. */
function commands(block: string): string[] {
  return block
    .split('\n')
    .map((line) => line.trim().replace(/^- /, '').replace(/^run: /, '').replace(/^'(.*)'$/, '$1'))
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .filter((line) => line.startsWith('hds-check '));
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

describe('README: the command line and its CI snippets', function () {
  this.timeout(120_000);
  const subsection = (title: string) => section.slice(section.indexOf(title), section.indexOf('\n### ', section.indexOf(title) + 1) === -1 ? undefined : section.indexOf('\n### ', section.indexOf(title) + 1));
  const shell = blocks(section, 'sh').flatMap(commands);
  const github = blocks(subsection('### In GitHub Actions'), 'yaml').flatMap(commands);
  const gitlab = blocks(subsection('### In GitLab CI'), 'yaml').flatMap(commands);

  it('writes CI snippets that are valid YAML, with the jobs they describe', () => {
    const [workflow] = blocks(subsection('### In GitHub Actions'), 'yaml').map((block) => parse(block, { prettyErrors: true }));
    assert.deepEqual(workflow.permissions, { contents: 'read', 'security-events': 'write' });
    assert.ok(workflow.jobs['hds-check'].steps.some((step: { uses?: string; with?: { sarif_file?: string } }) => step.uses?.startsWith('github/codeql-action/upload-sarif') && step.with?.sarif_file === 'hds.sarif'));
    const [pipeline] = blocks(subsection('### In GitLab CI'), 'yaml').map((block) => parse(block, { prettyErrors: true }));
    assert.deepEqual(pipeline['hds-check'].artifacts.reports, { codequality: 'gl-code-quality-report.json', junit: 'hds-junit.xml' });
    assert.match(pipeline['hds-review'].after_script[0], /merge_requests\/\$CI_MERGE_REQUEST_IID\/notes"$/);
  });

  it('shows the commands the tests below run', () => {
    assert.ok(shell.length >= 10, shell.join('\n'));
    assert.deepEqual(github, ['hds-check compliance/ --format sarif --output hds.sarif']);
    assert.equal(gitlab.length, 3, gitlab.join('\n'));
  });

  it('runs every command: none is refused, each writes what it says', async () => {
    const repository = temporaryFolder('hds-readme-');
    fs.mkdirSync(path.join(repository, 'compliance'));
    for (const entry of fs.readdirSync(path.join(REPO, 'examples')).filter((name) => name !== 'broken')) {
      fs.cpSync(path.join(REPO, 'examples', entry), path.join(repository, 'compliance', entry), { recursive: true });
    }
    git(repository, 'init', '-q', '-b', 'main');
    git(repository, 'add', '-A');
    git(repository, 'commit', '-q', '-m', 'declaration');
    git(repository, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    git(repository, 'checkout', '-q', '-b', 'change');
    const risks = path.join(repository, 'compliance', 'risks.hds.yaml');
    fs.writeFileSync(risks, fs.readFileSync(risks, 'utf8').replace(/ {2}- id: R-05\n(?: {4}.*\n)+\n/, ''));
    git(repository, 'commit', '-q', '-am', 'drop R-05');
    // The shell examples run on the clean declaration (exports refuse one with errors), the CI snippets on the change.
    git(repository, 'checkout', '-q', 'main');

    // `hds-check` on the PATH is the bundled CLI.
    const bin = path.join(repository, '.bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'hds-check'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(REPO, 'dist', 'cli.js')}" "$@"\n`, { mode: 0o755 });
    const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main', LANG: 'C' };
    for (const command of [...shell, 'git checkout -q change', ...github, ...gitlab]) {
      const ran = spawnSync('sh', ['-c', command], { cwd: repository, env, encoding: 'utf8' });
      assert.ok(ran.status === 0 || ran.status === 1, `${command}: exit ${ran.status}\n${ran.stderr}`);
      assert.doesNotMatch(ran.stderr, /\n\s+at /, `${command}: a stack trace`);
    }
    const sarif = JSON.parse(fs.readFileSync(path.join(repository, 'hds.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    const codeQuality = JSON.parse(fs.readFileSync(path.join(repository, 'gl-code-quality-report.json'), 'utf8'));
    assert.ok(codeQuality.some((issue: { check_name: string; location: { path: string } }) => issue.check_name === 'risk-event-uncovered' && issue.location.path.startsWith('compliance/')));
    const junit = await xml2js.parseStringPromise(fs.readFileSync(path.join(repository, 'hds-junit.xml'), 'utf8'));
    assert.equal(junit.testsuites.testsuite.length, 4);
    const review = fs.readFileSync(path.join(repository, 'hds-review.md'), 'utf8');
    assert.match(review, /^### HDS check: this change compared with `origin\/main`\n/);
    assert.match(review, /\| `risk-event-uncovered` \| No risk covers EXI-05 event C /);
    assert.ok(fs.statSync(path.join(repository, 'soa.xlsx')).size > 0);
    assert.ok(fs.readFileSync(path.join(repository, 'risques.csv'), 'utf8').startsWith('\uFEFFÉvénement;'));
    assert.ok(fs.existsSync(path.join(repository, 'new-declaration', 'declaration.hds.yaml')));
    assert.match(fs.readFileSync(path.join(repository, 'imported', 'soa.hds.yaml'), 'utf8'), /^soa:\n {2}- \{ control: "5\.1", applicable: true/m);
  });
});
