// Writing in a hostile repository: every file hds-check writes goes through one writer, which never
// writes through a symbolic link (the file's, or a folder's below the current folder), never over a
// declaration file, and writes nothing when it refuses; a write that fails says why, exit code 2.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { starterDeclaration } from '../../../server/src/engine';
import { cleanRepository, runCli, temporaryFolder } from './hostileRepo';

/** A file outside the repository that a planted link points at. */
function victim(): string {
  const file = path.join(temporaryFolder('hds-victim-'), '.bashrc');
  fs.writeFileSync(file, 'alias ls="ls --color"\n');
  return file;
}

const untouched = (file: string) => assert.equal(fs.readFileSync(file, 'utf8'), 'alias ls="ls --color"\n');

describe('a hostile repository: what is written', () => {
  it('export soa does not write through a planted hds-soa.xlsx -> ~/.bashrc', async () => {
    const repository = cleanRepository();
    const target = victim();
    fs.symlinkSync(target, path.join(repository, 'hds-soa.xlsx'));
    const ran = await runCli(['export', 'soa', '.'], repository);
    assert.equal(ran.code, 2);
    assert.equal(ran.stderr, 'hds-check: not written to hds-soa.xlsx: it is a symbolic link, and hds-check never writes through one\n');
    untouched(target);
    assert.ok(fs.lstatSync(path.join(repository, 'hds-soa.xlsx')).isSymbolicLink());
  });

  it('--output and --ics naming a planted link are refused before anything is written, the other file included', async () => {
    const repository = cleanRepository();
    const target = victim();
    fs.symlinkSync(target, path.join(repository, 'report.json'));
    fs.symlinkSync(target, path.join(repository, 'calendar.ics'));
    const output = await runCli(['.', '--format', 'json', '--output', 'report.json'], repository);
    assert.equal(output.code, 2);
    assert.match(output.stderr, /^hds-check: not written to report\.json: it is a symbolic link/);
    const ics = await runCli(['.', '--calendar', '--ics', 'calendar.ics', '--output', 'calendar.txt'], repository);
    assert.equal(ics.code, 2);
    assert.match(ics.stderr, /^hds-check: not written to calendar\.ics: it is a symbolic link/);
    assert.ok(!fs.existsSync(path.join(repository, 'calendar.txt')));
    untouched(target);
  });

  it('does not write into a folder below the current one that is a planted link', async () => {
    const repository = cleanRepository();
    const elsewhere = temporaryFolder('hds-elsewhere-');
    fs.symlinkSync(elsewhere, path.join(repository, 'reports'));
    const ran = await runCli(['.', '--format', 'sarif', '--output', 'reports/hds.sarif'], repository);
    assert.equal(ran.code, 2);
    assert.equal(ran.stderr, 'hds-check: not written to reports/hds.sarif: the folder reports is a symbolic link, and hds-check never writes through one\n');
    assert.deepEqual(fs.readdirSync(elsewhere), []);
  });

  it('--output never replaces a declaration file, the one checked or another', async () => {
    const repository = cleanRepository();
    const before = fs.readFileSync(path.join(repository, 'soa.hds.yaml'), 'utf8');
    for (const [args, file] of [[['.', '--output', 'soa.hds.yaml'], 'soa.hds.yaml'], [['export', 'guarantees', '.', '--format', 'md', '-o', 'new.hds.yaml'], 'new.hds.yaml']] as const) {
      const ran = await runCli([...args], repository);
      assert.equal(ran.code, 2);
      assert.equal(ran.stderr, `hds-check: not written to ${file}: it is a declaration file (*.hds.yaml); name another file\n`);
    }
    assert.equal(fs.readFileSync(path.join(repository, 'soa.hds.yaml'), 'utf8'), before);
    assert.ok(!fs.existsSync(path.join(repository, 'new.hds.yaml')));
    // A hard link to a declaration, under another name, is the declaration too.
    fs.linkSync(path.join(repository, 'soa.hds.yaml'), path.join(repository, 'soa-copy.txt'));
    const linked = await runCli(['.', '--output', 'soa-copy.txt'], repository);
    assert.equal(linked.code, 2);
    assert.equal(linked.stderr, 'hds-check: not written to soa-copy.txt: it is one of the declaration files being checked; name another file\n');
    assert.equal(fs.readFileSync(path.join(repository, 'soa.hds.yaml'), 'utf8'), before);
  });

  it('an --ics or --output path that cannot be written: a clear message, exit 2, no stack trace, nothing left', async () => {
    const repository = cleanRepository();
    fs.writeFileSync(path.join(repository, 'notes.txt'), 'notes\n');
    const ics = await runCli(['.', '--ics', 'notes.txt/calendar.ics'], repository);
    assert.equal(ics.code, 2);
    assert.equal(ics.stderr, 'hds-check: cannot write notes.txt/calendar.ics: ENOTDIR\n');
    const output = await runCli(['.', '--output', 'notes.txt/deeper/report.txt'], repository);
    assert.equal(output.code, 2);
    assert.equal(output.stderr, 'hds-check: cannot write notes.txt/deeper/report.txt: ENOTDIR\n');
    assert.equal(fs.readFileSync(path.join(repository, 'notes.txt'), 'utf8'), 'notes\n');
    const folder = await runCli(['.', '--output', 'evidence'], repository);
    assert.equal(folder.code, 2);
    assert.equal(folder.stderr, 'hds-check: not written to evidence: it exists and is not a regular file\n');
  });

  it('writes a report over an earlier one by replacing it, leaving no temporary file', async () => {
    const repository = cleanRepository();
    fs.writeFileSync(path.join(repository, 'report.txt'), 'old\n');
    const ran = await runCli(['.', '--output', 'out/report.txt'], repository);
    assert.equal(ran.code, 0, ran.stderr);
    const again = await runCli(['.', '--output', 'report.txt'], repository);
    assert.equal(again.code, 0);
    assert.match(fs.readFileSync(path.join(repository, 'report.txt'), 'utf8'), /4 files checked: 0 errors/);
    assert.deepEqual(fs.readdirSync(repository).filter((name) => name.endsWith('.tmp')), []);
  });

  it('init into a file path, or over a dangling link: a clear message, exit 2, nothing written', async () => {
    const folder = temporaryFolder();
    fs.writeFileSync(path.join(folder, 'file.txt'), 'text\n');
    const intoFile = await runCli(['init', 'file.txt'], folder);
    assert.equal(intoFile.code, 2);
    assert.match(intoFile.stderr, /^hds-check: file\.txt exists and is not a folder: nothing is written\.\n/);
    assert.equal(fs.readFileSync(path.join(folder, 'file.txt'), 'utf8'), 'text\n');

    const names = Object.keys(starterDeclaration({ locale: 'en', split: true }));
    const target = temporaryFolder();
    const dangling = names[names.length - 1];
    fs.symlinkSync(path.join(target, 'nowhere'), path.join(target, dangling));
    const overLink = await runCli(['init'], target);
    assert.equal(overLink.code, 2);
    assert.match(overLink.stderr, new RegExp(`^hds-check: ${dangling.replace(/\./g, '\\.')} already exists in \\.: hds-check never writes over a file`));
    assert.deepEqual(fs.readdirSync(target), [dangling]);
    assert.ok(!fs.existsSync(path.join(target, 'nowhere')));
  });
});
