// Reading a hostile repository: declaration files that are symbolic links (to /dev/zero, to a
// file outside), named pipes, and folders with more declaration files than the limit. Nothing is
// read but regular files within the size limit, and each file not read is reported.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_DECLARATION_FILES, readDeclarationFile, readRegularFile } from '../../../server/src/readText';
import { listDeclarationFiles } from '../../../server/src/nodeFiles';
import { cleanRepository, inChild, mkfifo, runCli, spawnCli, temporaryFolder } from './hostileRepo';

interface JsonFinding { code: string; messageId: string; file: string; message: string }

describe('a hostile repository: what is read', function () {
  this.timeout(120_000);

  it('hds-check reports a declaration file linked to /dev/zero, and a named pipe, without reading them', () => {
    const repository = cleanRepository();
    fs.symlinkSync('/dev/zero', path.join(repository, 'zero.hds.yaml'));
    mkfifo(path.join(repository, 'pipe.hds.yaml'));
    // The folder, and the linked file named alone (which brings in its whole declaration).
    for (const target of ['.', 'zero.hds.yaml']) {
      const ran = spawnCli([target, '--format', 'json'], repository);
      assert.equal(ran.signal, null, `${target}: killed (${ran.stderr})`);
      assert.equal(ran.status, 1, ran.stderr);
      const findings = (JSON.parse(ran.stdout) as { findings: JsonFinding[] }).findings.filter((finding) => finding.code === 'unreadable-file');
      assert.deepEqual(findings.map((finding) => [finding.file, finding.messageId]), [['pipe.hds.yaml', 'not-a-file'], ['zero.hds.yaml', 'symbolic-link']]);
      assert.match(findings[0].message, /not a regular file but a named pipe/);
    }
  });

  it('a symbolic link to a file outside the repository is reported, and its content never read', async () => {
    const outside = temporaryFolder('hds-outside-');
    fs.writeFileSync(path.join(outside, 'secret.hds.yaml'), 'organization: { name: "hunter2 the secret" }\n');
    const repository = cleanRepository();
    fs.symlinkSync(path.join(outside, 'secret.hds.yaml'), path.join(repository, 'shared.hds.yaml'));
    const ran = await runCli(['.', '--format', 'json'], repository);
    assert.equal(ran.code, 1);
    assert.doesNotMatch(ran.stdout, /hunter2/);
    const report = JSON.parse(ran.stdout) as { findings: JsonFinding[] };
    assert.deepEqual(report.findings.filter((finding) => finding.code === 'unreadable-file').map((finding) => [finding.file, finding.messageId]), [['shared.hds.yaml', 'symbolic-link']]);
    assert.equal(readDeclarationFile(path.join(repository, 'shared.hds.yaml')).text, '');
  });

  it('the language server’s workspace reports them too, on a scan and on a “file created” event, without reading them', () => {
    const repository = cleanRepository();
    const outside = temporaryFolder('hds-outside-');
    fs.writeFileSync(path.join(outside, 'secret.hds.yaml'), 'organization: { name: "hunter2 the secret" }\n');
    fs.symlinkSync(path.join(outside, 'secret.hds.yaml'), path.join(repository, 'shared.hds.yaml'));
    fs.symlinkSync('/dev/zero', path.join(repository, 'zero.hds.yaml'));
    // Made after the scan, then announced by the editor.
    const created = path.join(repository, 'pipe.hds.yaml');
    const ran = inChild(`
      const fs = require('node:fs');
      const { execFileSync } = require('node:child_process');
      const { pathToFileURL } = require('node:url');
      const { Workspace } = require(OUT + '/server/src/workspace.js');
      (async () => {
        const workspace = new Workspace(require(OUT + '/server/src/nodeFiles.js').nodeFiles);
        workspace.setFolders([${JSON.stringify(pathToFileURL(repository).href)}]);
        await workspace.scan();
        execFileSync('mkfifo', [${JSON.stringify(created)}]);
        workspace.fileCreated(pathToFileURL(${JSON.stringify(created)}).href);
        const [declaration] = workspace.declarations();
        const result = workspace.check(declaration, { today: '2026-11-22', locale: 'en' });
        const texts = declaration.uris.map((uri) => workspace.textOf(uri)).join('');
        console.log(JSON.stringify({
          unreadable: result.findings.filter((f) => f.code === 'unreadable-file').map((f) => [f.uri.split('/').pop(), f.messageId]).sort(),
          leaked: texts.includes('hunter2'),
        }));
      })();
    `);
    assert.equal(ran.signal, null, `killed: ${ran.stderr}`);
    assert.equal(ran.status, 0, ran.stderr);
    assert.deepEqual(JSON.parse(ran.stdout), {
      unreadable: [['pipe.hds.yaml', 'not-a-file'], ['shared.hds.yaml', 'symbolic-link'], ['zero.hds.yaml', 'symbolic-link']],
      leaked: false,
    });
  });

  it('reads no more than the limit and one byte of a file, and refuses one that grew past it', () => {
    const folder = temporaryFolder();
    const file = path.join(folder, 'big.hds.yaml');
    fs.writeFileSync(file, 'x'.repeat(101));
    assert.deepEqual(readRegularFile(file, 100), { unread: { reason: 'too-large', size: 101 } });
    assert.equal((readRegularFile(file, 101) as { bytes: Buffer }).bytes.length, 101);
    // A sparse file of 7 GB: refused from its size, not read.
    const huge = path.join(folder, 'huge.hds.yaml');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 7 * 1024 ** 3);
    assert.deepEqual(readDeclarationFile(huge), { text: '', unread: { reason: 'too-large', size: 7 * 1024 ** 3 } });
  });

  it('lists at most the limit of declaration files, and says it stopped', async () => {
    const folder = temporaryFolder();
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(folder, `f${i}.hds.yaml`), '');
    assert.deepEqual(await listDeclarationFiles([folder], 3).then((listed) => [listed.files.length, listed.complete]), [3, false]);
    assert.deepEqual(await listDeclarationFiles([folder], 5).then((listed) => [listed.files.length, listed.complete]), [5, true]);
  });

  it('hds-check on a folder of more declaration files than the limit stops, reads none, and says so (exit 2)', async () => {
    const folder = temporaryFolder();
    fs.writeFileSync(path.join(folder, 'main.hds.yaml'), 'hds: 2\n');
    for (let i = 0; i < MAX_DECLARATION_FILES; i++) fs.writeFileSync(path.join(folder, `part-${i}.hds.yaml`), 'x: 1\n');
    for (const target of ['.', 'main.hds.yaml']) {
      const ran = await runCli([target], folder);
      assert.equal(ran.code, 2, target);
      assert.equal(ran.stdout, '');
      assert.equal(ran.stderr, `hds-check: ${target}: more than 5,000 declaration files; hds-check stops there and checks none of them. Name a narrower folder.\n`);
    }
    fs.rmSync(path.join(folder, 'part-0.hds.yaml'));
    assert.notEqual((await runCli(['.'], folder)).code, 2);
  });
});
