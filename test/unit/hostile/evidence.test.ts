// Evidence in a hostile repository: a link inside the workspace that leads out of it is evidence
// outside the workspace (whether its target exists or not is never told), and a path with ? or #
// names a file of that name, not the file before the ?.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { evidenceStatus } from '../../../server/src/readText';
import { cleanRepository, runCli, temporaryFolder } from './hostileRepo';

describe('a hostile repository: evidence files', () => {
  it('hds-check resolves links on the way to an evidence file before saying it lies inside the workspace', async () => {
    const repository = cleanRepository();
    const outside = temporaryFolder('hds-outside-');
    fs.writeFileSync(path.join(outside, 'passwd'), 'root:x:0:0\n');
    fs.symlinkSync(path.join(outside, 'passwd'), path.join(repository, 'evidence', 'passwd'));
    fs.symlinkSync(path.join(outside, 'no-such-file'), path.join(repository, 'evidence', 'gone'));
    fs.symlinkSync(outside, path.join(repository, 'evidence', 'folder'));
    fs.symlinkSync('pssi.md', path.join(repository, 'evidence', 'same-folder.md'));
    fs.symlinkSync('../evidence/pssi.md', path.join(repository, 'evidence', 'inside.md'));
    const soa = path.join(repository, 'soa.hds.yaml');
    const paths = ['evidence/passwd', 'evidence/gone', 'evidence/folder/passwd', 'evidence/pssi.md?x', 'evidence/pssi.md#frag', 'evidence/same-folder.md', 'evidence/inside.md'];
    fs.writeFileSync(soa, fs.readFileSync(soa, 'utf8').replace('evidence: [evidence/pssi.md]', `evidence: [${paths.map((entry) => JSON.stringify(entry)).join(', ')}]`));
    const ran = await runCli(['.', '--format', 'json'], repository);
    const findings = (JSON.parse(ran.stdout) as { findings: { code: string; data?: { path: string } }[] }).findings;
    const about = (code: string) => findings.filter((finding) => finding.code === code).map((finding) => finding.data?.path);
    // Outside, whether the target exists (passwd) or not (gone): no way to probe the machine.
    assert.deepEqual(about('evidence-outside-workspace'), ['evidence/passwd', 'evidence/gone', 'evidence/folder/passwd']);
    assert.deepEqual(about('evidence-not-found'), ['evidence/pssi.md?x', 'evidence/pssi.md#frag']);
    assert.equal(ran.code, 1);
  });

  it('evidenceStatus: a file, missing, or led outside by a link', () => {
    const repository = cleanRepository();
    const root = pathToFileURL(repository).href;
    const uri = (relative: string) => pathToFileURL(path.join(repository, relative)).href;
    fs.symlinkSync('/etc', path.join(repository, 'etc'));
    fs.symlinkSync('loop', path.join(repository, 'loop'));
    assert.equal(evidenceStatus(uri('evidence/pssi.md'), root), true);
    assert.equal(evidenceStatus(uri('evidence'), root), false);
    assert.equal(evidenceStatus(uri('evidence/missing.md'), root), false);
    assert.equal(evidenceStatus(uri('etc/hostname'), root), 'outside');
    assert.equal(evidenceStatus(uri('etc/no-such-file'), root), 'outside');
    assert.equal(evidenceStatus(uri('loop'), root), false);
    assert.equal(evidenceStatus(uri('evidence/pssi.md'), undefined), true);
  });
});
