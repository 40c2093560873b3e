// hds-check readiness (the figures, as text and JSON, and its exit codes) and hds-check export
// requirements (the checklist of EXI-01 to EXI-31, read back from the workbook, the CSV and Markdown).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { starterDeclaration } from '../../../server/src/engine';
import { parseCsv } from '../documentReaders';
import { copyExamples, runCli, temporaryFolder } from './cliHarness';

const EXI = Array.from({ length: 31 }, (_, index) => `EXI-${String(index + 1).padStart(2, '0')}`);

function starterFolder(): string {
  const folder = temporaryFolder();
  for (const [name, text] of Object.entries(starterDeclaration({ locale: 'en', split: true }))) fs.writeFileSync(path.join(folder, name), text);
  return folder;
}

describe('hds-check readiness', function () {
  this.timeout(60_000);
  let folder: string;
  before(() => {
    folder = copyExamples();
  });

  it('gives the figures as JSON for the example, its own declaration (not broken/ below it), and exits 0: ready', async () => {
    const ran = await runCli(['readiness', '.', '--format', 'json'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    assert.equal(ran.stderr, '');
    const report = JSON.parse(ran.stdout);
    assert.equal(report.root, '.');
    assert.equal(report.organization, 'Exemple Santé SAS');
    assert.deepEqual({ ...report.requirements, items: report.requirements.items.length }, { total: 31, answered: 31, failing: 0, unanswered: 0, items: 31 });
    assert.deepEqual(report.soa, { decided: 93, total: 93 });
    assert.deepEqual(report.risks, { assessed: 13, total: 13 });
    assert.deepEqual(report.evidence, { found: 7, missing: 0 });
    assert.deepEqual(report.findings, { open: 1, overdue: 0 });
    assert.equal(report.ready, true);
    assert.deepEqual(report.requirements.items.map((item: { id: string }) => item.id), EXI);
    const exi07 = report.requirements.items.find((item: { id: string }) => item.id === 'EXI-07');
    assert.deepEqual([exi07.state, exi07.status, exi07.owner, exi07.place.file], ['answered', 'met', 'Responsable support', 'declaration.hds.yaml']);
  });

  it('on the starter: SoA decided 0, requirements answered 0, exit 1 (not ready)', async () => {
    const ran = await runCli(['readiness', starterFolder(), '--format', 'json'], folder);
    assert.equal(ran.code, 1, ran.stderr);
    const report = JSON.parse(ran.stdout);
    assert.equal(report.soa.decided, 0);
    assert.equal(report.soa.total, 93);
    assert.equal(report.requirements.answered, 0);
    assert.equal(report.requirements.total, 31);
    assert.equal(report.ready, false);
  });

  it('as text: the figures, each chapter, what is left and where; in French with --lang fr', async () => {
    const ran = await runCli(['readiness', 'broken'], folder);
    assert.equal(ran.code, 1);
    assert.match(ran.stdout, /^Readiness of Santé Démo SAS on 22 November 2026\n\n {2}Requirements answered +\d+\/31 \(\d+ failing, \d+ unanswered\)\n {2}SoA controls decided +5\/93\n/);
    assert.match(ran.stdout, /\nChapter 5 — ISMS requirements supplementing ISO\/IEC 27001\n/);
    assert.match(ran.stdout, /\n {2}✗ EXI-07 French-language interfaces and first-level support — failing\n {6}broken\/requirements\.hds\.yaml:5:\d+ EXI-07 .* \(requirement-not-met\)\n/);
    assert.match(ran.stdout, /\n {2}\? EXI-16 .* — unanswered\n/);
    assert.match(ran.stdout, /\nNot ready: \d+ requirements to settle and 2 audit findings past due before the audit\.\n$/);
    const french = await runCli(['readiness', 'broken', '--lang', 'fr'], folder);
    assert.match(french.stdout, /^Préparation de Santé Démo SAS au 22\u00a0novembre 2026\n/);
    assert.match(french.stdout, /\n {2}✗ EXI-07 Interfaces et support de niveau 1 en français — non conforme\n/);
    assert.match(french.stdout, /\nPas prêt\u00a0: \d+\u00a0exigences à régler et 2\u00a0écarts d’audit en retard avant l’audit\.\n$/);
  });

  it('refuses what it cannot do like the other commands: a format of check, several declarations, an option of check (exit 2)', async () => {
    const sarif = await runCli(['readiness', '.', '--format', 'sarif'], folder);
    assert.equal(sarif.code, 2);
    assert.match(sarif.stderr, /^hds-check: --format takes text, json, not “sarif”/);
    const several = await runCli(['readiness', '.', 'broken'], folder);
    assert.equal(several.code, 2);
    assert.match(several.stderr, /^hds-check: readiness takes one declaration; these paths hold several: /);
    const calendar = await runCli(['readiness', '.', '--calendar'], folder);
    assert.equal(calendar.code, 2);
    assert.match(calendar.stderr, /--calendar does not apply to “readiness”/);
    const missing = await runCli(['readiness', 'nowhere'], folder);
    assert.equal(missing.code, 2);
  });

  it('writes the report with --output, never over a declaration file', async () => {
    const ran = await runCli(['readiness', '.', '--format', 'json', '--output', 'readiness.json'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    assert.equal(JSON.parse(fs.readFileSync(path.join(folder, 'readiness.json'), 'utf8')).requirements.total, 31);
    const over = await runCli(['readiness', '.', '--output', 'declaration.hds.yaml'], folder);
    assert.equal(over.code, 2);
    assert.match(fs.readFileSync(path.join(folder, 'declaration.hds.yaml'), 'utf8'), /^# /);
  });

  it('is in the help, in English and in French', async () => {
    assert.match((await runCli(['--help'], folder)).stdout, /hds-check readiness \[--format text\|json\]/);
    assert.match((await runCli(['--help', '--lang', 'fr'], folder)).stdout, /readiness +suis-je prêt pour l’audit/);
  });
});

describe('hds-check export requirements', function () {
  this.timeout(60_000);
  let folder: string;
  before(() => {
    folder = copyExamples();
  });

  it('as CSV on the example: EXI-01 … EXI-31, one row each, in French by default', async () => {
    const ran = await runCli(['export', 'requirements', '.', '--format', 'csv'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    const [header, ...rows] = parseCsv(ran.stdout);
    assert.deepEqual(header, ['Exigence', 'Intitulé', 'Chapitre', 'État', 'Statut au registre', 'Responsable', 'Dernière revue', 'Preuves', 'Constats', 'Note']);
    assert.deepEqual(rows.map((row) => row[0]), EXI);
    const exi02 = rows.find((row) => row[0] === 'EXI-02')!;
    assert.deepEqual(exi02.slice(2, 8), ['5', 'satisfaite', 'satisfaite', 'RSSI', '2026-09-15', '']);
    assert.equal(rows.find((row) => row[0] === 'EXI-21')![3], 'vérifiée par les règles');
  });

  it('in English when asked, with the state, the findings and the evidence missing; never refused for errors', async () => {
    const copy = copyExamples();
    const register = path.join(copy, 'broken', 'requirements.hds.yaml');
    fs.writeFileSync(register, fs.readFileSync(register, 'utf8').replace('EXI-02: { status: met, owner: RSSI, reviewed: 2026-09-15 }', 'EXI-02: { status: met, owner: RSSI, reviewed: 2026-09-15, evidence: [evidence/context.md] }'));
    const ran = await runCli(['export', 'requirements', 'broken', '--format', 'csv', '--lang', 'en'], copy);
    assert.equal(ran.code, 0, ran.stderr);
    const [header, ...rows] = parseCsv(ran.stdout);
    assert.equal(header[3], 'State');
    assert.equal(rows.length, 31);
    const exi07 = rows.find((row) => row[0] === 'EXI-07')!;
    assert.deepEqual(exi07.slice(3, 5), ['failing', 'not met']);
    assert.match(exi07[8], /\(requirement-not-met\)$/);
    assert.equal(rows.find((row) => row[0] === 'EXI-16')![3], 'unanswered');
    // Evidence the register names and the folder lacks: still owed (evidence-not-found, a warning).
    const exi02 = rows.find((row) => row[0] === 'EXI-02')!;
    assert.deepEqual([exi02[3], exi02[7]], ['still owed', 'evidence/context.md (not found)']);
    assert.match(exi02[8], /\(evidence-not-found\)$/);
    assert.ok(!ran.stdout.includes('DRAFT'));
  });

  it('as a workbook, read back with exceljs: title, headers, 31 rows', async () => {
    const ran = await runCli(['export', 'requirements', '.', '--output', 'requirements.xlsx', '--lang', 'en'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(folder, 'requirements.xlsx'));
    const sheet = workbook.worksheets[0];
    assert.equal(sheet.name, 'Requirements');
    assert.equal(String(sheet.getCell('A1').value), 'HDS requirements — Exemple Santé SAS — EXI-01 to EXI-31');
    assert.equal(String(sheet.getCell('D2').value), 'State');
    assert.equal(sheet.rowCount, 2 + 31);
    assert.deepEqual(Array.from({ length: 31 }, (_, index) => String(sheet.getRow(3 + index).getCell(1).value)), EXI);
    assert.equal(String(sheet.getRow(3 + 6).getCell(6).value), 'Responsable support');
  });

  it('as Markdown: the figures, then one table row per requirement', async () => {
    const ran = await runCli(['export', 'requirements', '.', '--format', 'md'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    assert.match(ran.stdout, /^# Exigences HDS — Exemple Santé SAS — EXI-01 à EXI-31\n/);
    assert.match(ran.stdout, /\nExigences satisfaites\u00a0: 31\/31 \(0 non conformes, 0 sans réponse\)\n/);
    const rows = ran.stdout.split('\n').filter((line) => /^\| EXI-\d{2} \|/.test(line));
    assert.deepEqual(rows.map((row) => row.slice(2, 8)), EXI);
  });

  it('is offered with its formats: xlsx, csv or md', async () => {
    const html = await runCli(['export', 'requirements', '.', '--format', 'html'], folder);
    assert.equal(html.code, 2);
    assert.match(html.stderr, /^hds-check: export requirements takes --format xlsx, csv or md, not “html”/);
  });
});
