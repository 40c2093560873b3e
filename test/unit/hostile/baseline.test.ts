// The CI gate on a hostile branch: --baseline names a git revision unless written as a path, so a
// branch that commits a file named like the revision (origin/main, holding a report of itself)
// cannot stand in for it; a malformed or hostile baseline report is a clear error, exit 2.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { baselineFile } from '../../../server/src/cli/baseline';
import { cleanRepository, git, mkfifo, runCli } from './hostileRepo';

describe('a hostile repository: the --baseline gate', function () {
  this.timeout(60_000);
  let repository: string;

  before(async () => {
    repository = cleanRepository('hds-gate-');
    git(repository, 'init', '-q', '-b', 'main');
    git(repository, 'add', '-A');
    git(repository, 'commit', '-q', '-m', 'clean declaration');
    git(repository, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    // The branch: an error comes in (EXI-27 loses its contract reference)...
    const main = path.join(repository, 'declaration.hds.yaml');
    fs.writeFileSync(main, fs.readFileSync(main, 'utf8').replace(/^ {2}EXI-27:.*\n/m, ''));
    // ...with a report of the branch itself committed as the file "origin/main".
    const report = await runCli(['.', '--format', 'json'], repository);
    assert.equal(report.code, 1);
    fs.mkdirSync(path.join(repository, 'origin'));
    fs.writeFileSync(path.join(repository, 'origin', 'main'), report.stdout);
    git(repository, 'add', '-A');
    git(repository, 'commit', '-q', '-m', 'the change');
  });

  it('a committed file named like the revision cannot pass --fail-on new: the ambiguity is an error', async () => {
    const ran = await runCli(['.', '--baseline', 'origin/main', '--fail-on', 'new'], repository);
    assert.equal(ran.code, 2);
    assert.match(ran.stderr, /^hds-check: --baseline origin\/main: a file or folder of that name exists here, so it is unclear whether the git revision or the file is meant\. Write a report file as a path \(\.\/origin\/main\), or remove the file\.\n/);
    fs.renameSync(path.join(repository, 'origin'), path.join(repository, 'elsewhere'));
    try {
      // The revision alone: the error the branch brings is new.
      const gate = await runCli(['.', '--baseline', 'origin/main', '--fail-on', 'new'], repository);
      assert.equal(gate.code, 1, gate.stderr);
      // The report file, asked for as a path, is read as such: the change then brings nothing new.
      for (const written of ['./elsewhere/main', 'file:elsewhere/main', path.join(repository, 'elsewhere', 'main')]) {
        assert.equal((await runCli(['.', '--baseline', written, '--fail-on', 'new'], repository)).code, 0, written);
      }
    } finally {
      fs.renameSync(path.join(repository, 'elsewhere'), path.join(repository, 'origin'));
    }
  });

  it('tells a path from a revision by how it is written', () => {
    assert.equal(baselineFile('origin/main'), undefined);
    assert.equal(baselineFile('report.json'), undefined);
    assert.equal(baselineFile('HEAD~1'), undefined);
    assert.equal(baselineFile('./report.json'), './report.json');
    assert.equal(baselineFile('../report.json'), '../report.json');
    assert.equal(baselineFile('file:report.json'), 'report.json');
    assert.equal(baselineFile('/tmp/report.json'), '/tmp/report.json');
  });

  it('a malformed, hostile or unreadable baseline report: a clear message, exit 2, no stack trace', async () => {
    const cases: [string, string | undefined][] = [
      ['[1, 2', undefined],
      ['{"findings": [{"fingerprint": "x"}], "declarations": [{}]}', undefined],
      ['{"findings": [], "declarations": [{"root": ".", "coverage": {}}]}', undefined],
      ['{"findings": [{"fingerprint": "x", "code": "c", "message": "m", "file": "f", "line": 1, "column": 1, "severity": "fatal"}], "declarations": []}', undefined],
      ['null', undefined],
    ];
    for (const [content] of cases) {
      fs.writeFileSync(path.join(repository, 'bad.json'), content);
      const ran = await runCli(['.', '--baseline', './bad.json'], repository);
      assert.equal(ran.code, 2, content);
      assert.match(ran.stderr, /^hds-check: \.\/bad\.json is not a JSON report of hds-check \(--format json\)\n/, content);
    }
    fs.rmSync(path.join(repository, 'bad.json'));
    mkfifo(path.join(repository, 'pipe.json'));
    fs.symlinkSync('/dev/zero', path.join(repository, 'zero.json'));
    for (const file of ['./pipe.json', './zero.json']) {
      const ran = await runCli(['.', '--baseline', file], repository);
      assert.equal(ran.code, 2);
      assert.match(ran.stderr, new RegExp(`^hds-check: --baseline ${file.replace(/\./g, '\\.')}: not a regular file, or larger than 256 MB; it is not read\\n`));
    }
    const missing = await runCli(['.', '--baseline', './missing.json'], repository);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^hds-check: --baseline \.\/missing\.json: no such file\n/);
    const dash = await runCli(['.', '--baseline=--output=x'], repository);
    assert.equal(dash.code, 2);
    assert.match(dash.stderr, /^hds-check: --baseline --output=x: a git revision does not start with a dash\n/);
    for (const file of ['pipe.json', 'zero.json']) fs.rmSync(path.join(repository, file));
  });

  it('a declaration file committed as a symbolic link, or too large, at the baseline revision is reported, not read', async () => {
    const branch = cleanRepository('hds-gate-links-');
    git(branch, 'init', '-q', '-b', 'main');
    fs.symlinkSync('/etc/passwd', path.join(branch, 'shared.hds.yaml'));
    git(branch, 'add', '-A');
    git(branch, 'commit', '-q', '-m', 'with a link');
    fs.rmSync(path.join(branch, 'shared.hds.yaml'));
    const ran = await runCli(['.', '--baseline', 'HEAD', '--format', 'json'], branch);
    assert.equal(ran.code, 0, ran.stderr);
    const fixed = (JSON.parse(ran.stdout) as { comparison: { fixed: { code: string; messageId: string; file: string }[] } }).comparison.fixed;
    assert.deepEqual(fixed.map((finding) => [finding.code, finding.messageId, finding.file]), [['unreadable-file', 'symbolic-link', 'shared.hds.yaml']]);
  });
});
