// hds-check init, explain and --fix.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { starterDeclaration } from '../../../server/src/engine';
import { copyExamples, runCli, temporaryFolder } from './cliHarness';

describe('hds-check init', () => {
  it('writes the starter declaration, which then checks with only what is left to fill in', async () => {
    const folder = temporaryFolder();
    const ran = await runCli(['init', 'compliance'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    assert.equal(ran.stdout, 'Starter declaration written in compliance: declaration.hds.yaml, soa.hds.yaml, risks.hds.yaml, subcontractors.hds.yaml. Fill in the values marked TODO, then run hds-check compliance.\n');
    const expected = starterDeclaration({ locale: 'en', split: true });
    for (const [name, text] of Object.entries(expected)) assert.equal(fs.readFileSync(path.join(folder, 'compliance', name), 'utf8'), text);
    const checked = await runCli(['compliance', '--format', 'json'], folder);
    const report = JSON.parse(checked.stdout);
    assert.equal(report.files, 4);
    assert.ok(report.findings.some((finding: { code: string }) => finding.code === 'placeholder-left'));
    assert.ok(!report.findings.some((finding: { code: string }) => ['yaml-syntax', 'missing-section', 'unknown-key'].includes(finding.code)));
  });

  it('writes French comments with --lang fr, into the current folder by default', async () => {
    const folder = temporaryFolder();
    const ran = await runCli(['init', '--lang', 'fr'], folder);
    assert.equal(ran.code, 0);
    assert.match(ran.stdout, /^Déclaration de départ écrite dans \.\u00a0: /);
    assert.equal(fs.readFileSync(path.join(folder, 'declaration.hds.yaml'), 'utf8'), starterDeclaration({ locale: 'fr', split: true })['declaration.hds.yaml']);
  });

  it('never writes over an existing file, and then writes nothing at all', async () => {
    const folder = temporaryFolder();
    fs.writeFileSync(path.join(folder, 'risks.hds.yaml'), 'mine\n');
    const ran = await runCli(['init', '.'], folder);
    assert.equal(ran.code, 2);
    assert.match(ran.stderr, /^hds-check: risks\.hds\.yaml already exists in \.: hds-check never writes over a file; choose another folder\.\n/);
    assert.deepEqual(fs.readdirSync(folder), ['risks.hds.yaml']);
    assert.equal(fs.readFileSync(path.join(folder, 'risks.hds.yaml'), 'utf8'), 'mine\n');
  });
});

describe('hds-check explain', () => {
  it('a rule: what it checks, severity, requirement, its page', async () => {
    const ran = await runCli(['explain', 'storage-outside-eea'], temporaryFolder());
    assert.equal(ran.code, 0);
    assert.match(ran.stdout, /^Rule storage-outside-eea\n\nHealth data is stored only in the European Economic Area/);
    assert.match(ran.stdout, /\nDefault severity: error\nRequirement: EXI-28 — Health data stored only in the EEA\nDocumentation: file:\/\/.*\/docs\/rules\/storage-outside-eea\.md\n$/);
  });

  it('a requirement, a control and a risk event, in English and French', async () => {
    const folder = temporaryFolder();
    const requirement = await runCli(['explain', 'exi-28'], folder);
    assert.match(requirement.stdout, /^EXI-28 — Health data stored only in the EEA\n\nThe host and its subcontractors must store health data only within the EEA/);
    assert.match(requirement.stdout, /\nChecked by: storage-outside-eea, storage-location-missing, contract-clause-missing\n/);
    const clause = await runCli(['explain', 'EXI-22', '--lang', 'fr'], folder);
    assert.match(clause.stdout, /\nVérifiée par\u00a0: contract-clause-missing\n/);
    const control = await runCli(['explain', '8.24', '--lang', 'fr'], folder);
    assert.equal(control.stdout, 'Mesure de l’annexe A de l’ISO/IEC 27001:2022 8.24 — Utilisation de la cryptographie\n\nThème\u00a0: 8 Mesures technologiques\n');
    const event = await runCli(['explain', 'B.a'], folder);
    assert.match(event.stdout, /^EXI-05 risk event B\.a — Health data copied to portable media\n\n.+\n\nGroup: Loss of control of media\n$/);
  });

  it('an unknown id: exit 2 and the closest id', async () => {
    const ran = await runCli(['explain', 'storage-outside-eaa'], temporaryFolder());
    assert.equal(ran.code, 2);
    assert.match(ran.stderr, /^hds-check: “storage-outside-eaa” is neither a rule code, .*: did you mean “storage-outside-eea”\?\n/);
  });
});

describe('hds-check --fix', () => {
  it('applies only the fixes that need no human answer, then reports what is left', async () => {
    const folder = copyExamples();
    const broken = path.join(folder, 'broken');
    const before = Object.fromEntries(fs.readdirSync(broken).filter((name) => name.endsWith('.hds.yaml')).map((name) => [name, fs.readFileSync(path.join(broken, name), 'utf8')]));
    const ran = await runCli(['broken', '--fix', '--format', 'json'], folder);
    assert.equal(ran.code, 1);
    assert.equal(ran.stderr, 'hds-check: fixed 1 finding in broken/declaration.hds.yaml\nhds-check: fixed 1 finding in broken/soa.hds.yaml\n');
    const report = JSON.parse(ran.stdout);
    assert.ok(!report.findings.some((finding: { code: string }) => finding.code === 'unquoted-control-id' || finding.code === 'numeric-activity'));
    // Every other finding stays: "did you mean" guesses and fixes that write TODO are left to a person.
    for (const code of ['unknown-activity', 'soa-justification-missing', 'contract-clause-missing', 'risk-event-uncovered', 'soa-control-missing']) {
      assert.ok(report.findings.some((finding: { code: string }) => finding.code === code), code);
    }
    const after = (name: string) => fs.readFileSync(path.join(broken, name), 'utf8');
    // Only the fixed line changed in each file (the fix keeps the comments' column).
    const changedLines = (name: string) => after(name).split('\n').filter((line, index) => line !== before[name].split('\n')[index]);
    assert.deepEqual(after('soa.hds.yaml').split('\n').length, before['soa.hds.yaml'].split('\n').length);
    assert.deepEqual(changedLines('soa.hds.yaml'), ['  - { control: "8.10", applicable: true, status: planned }                                         # unquoted-control-id']);
    assert.deepEqual(changedLines('declaration.hds.yaml').map((line) => line.replace(/ {2,}/g, ' ')), [' virtual-infrastructure: { provided: in-house } # numeric-activity; activity-not-certified']);
    for (const name of ['risks.hds.yaml', 'subcontractors.hds.yaml', 'conflict.hds.yaml']) assert.equal(after(name), before[name], name);
    const fixed = { soa: after('soa.hds.yaml'), declaration: after('declaration.hds.yaml') };
    // Run again: nothing left to fix, nothing changes.
    const again = await runCli(['broken', '--fix'], folder);
    assert.equal(again.stderr, '');
    assert.deepEqual({ soa: after('soa.hds.yaml'), declaration: after('declaration.hds.yaml') }, fixed);
  });
});

describe('hds-check in French', () => {
  it('writes its own sentences with French typography (’, non-breaking spaces before : ; ! ? and inside « »)', async () => {
    const folder = copyExamples();
    const outputs = [
      (await runCli(['--help', '--lang', 'fr'], folder)).stdout,
      (await runCli(['risks.hds.yaml', '--lang', 'fr'], folder)).stdout,
      (await runCli(['init', 'nouvelle', '--lang', 'fr'], folder)).stdout,
      (await runCli(['init', 'nouvelle', '--lang', 'fr'], folder)).stderr.split('\n')[0],
      (await runCli(['export', 'soa', 'broken', '--lang', 'fr'], folder)).stderr.split('\n')[0],
      (await runCli(['explain', 'inconnu', '--lang', 'fr'], folder)).stderr.split('\n')[0],
      (await runCli(['--markdown', '.', '--lang', 'fr'], folder)).stderr.split('\n')[0],
    ];
    for (const output of outputs) {
      assert.ok(output.length > 0);
      assert.doesNotMatch(output, / [:;!?»]/, output);
      assert.doesNotMatch(output, /« /, output);
      assert.doesNotMatch(output, /[a-zà-ÿ]'[a-zà-ÿ]/i, output);
    }
  });
});

describe('hds-check --risk-acceptance-threshold', () => {
  it('judges accepted risks against the declaration’s threshold, which wins over the flag; an older declaration falls back to the flag', async () => {
    const folder = copyExamples();
    const risks = path.join(folder, 'risks.hds.yaml');
    // R-13 is accepted at level 4 (1 × 4): without its justification, only a threshold below 4 asks for one.
    fs.writeFileSync(risks, fs.readFileSync(risks, 'utf8').replace(/\n +justification: Support sessions[^\n]*/, ''));
    const run = async (extra: string[]) => JSON.parse((await runCli(['.', '--format', 'json', ...extra], folder)).stdout) as { findings: { code: string; file: string; message: string }[]; declarations: { root: string; riskCriteria: { threshold: number; thresholdFrom: string; likelihood: { from: string; levels: { level: number; label: string }[] } } }[] };
    const codes = async (extra: string[]) => (await run(extra)).findings.filter((finding) => finding.code === 'risk-acceptance-unjustified' && finding.file === 'risks.hds.yaml');
    // The example states its criteria (threshold 8): the flag does not change the verdict, and the report says which applied.
    assert.deepEqual(await codes(['--risk-acceptance-threshold', '3']), []);
    const declared = (await run(['--risk-acceptance-threshold', '3'])).declarations.find((declaration) => declaration.root === '.')!.riskCriteria!;
    assert.deepEqual({ ...declared, likelihood: undefined, impact: undefined }, { threshold: 8, thresholdFrom: 'declaration', likelihood: undefined, impact: undefined, approvedBy: 'Comité de direction', approvedOn: '2026-01-12' });
    assert.deepEqual(declared.likelihood, { from: 'declaration', levels: [{ level: 1, label: 'Rare' }, { level: 2, label: 'Unlikely' }, { level: 3, label: 'Likely' }, { level: 4, label: 'Almost certain' }] });
    // An older declaration, without risk_criteria: the flag applies.
    const main = path.join(folder, 'declaration.hds.yaml');
    fs.writeFileSync(main, fs.readFileSync(main, 'utf8').replace(/\n# The risk criteria[\s\S]*$/, '\n'));
    assert.deepEqual(await codes([]), []);
    assert.deepEqual(await codes(['--risk-acceptance-threshold', '4']), []);
    const below = await codes(['--risk-acceptance-threshold', '3']);
    assert.equal(below.length, 1);
    assert.match(below[0].message, /^Risk ‘R-13’ is accepted at level 4 \(1 × 4\), above the acceptance threshold of 3 \(option --risk-acceptance-threshold\):/);
    const older = (await run(['--risk-acceptance-threshold', '3'])).declarations.find((declaration) => declaration.root === '.')!.riskCriteria!;
    assert.deepEqual([older.threshold, older.thresholdFrom, older.likelihood.from], [3, 'flag', 'default']);
    assert.deepEqual((await run([])).declarations.find((declaration) => declaration.root === '.')!.riskCriteria!.thresholdFrom, 'default');
  });
});
