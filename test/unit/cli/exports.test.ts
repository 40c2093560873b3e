// hds-check export soa|risks: workbooks opened back with exceljs, CSV parsed back, the refusal of
// a declaration with errors and the banner of --force.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { controls, riskEvents } from '../../../server/src/engine/catalog';
import { csvField, toCsv } from '../../../server/src/documents/csv';
import { copyExamples, runCli } from './cliHarness';
import { parseCsv } from '../documentReaders';

async function openWorkbook(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  assert.equal(workbook.worksheets.length, 1);
  return workbook.worksheets[0];
}

/** A row's cells as text, an empty cell as '' (read by column: a row's values skip its empty cells). */
const rowValues = (sheet: ExcelJS.Worksheet, number: number) => Array.from({ length: sheet.columnCount }, (_, index) => sheet.getRow(number).getCell(index + 1).value).map((value) => (value === undefined || value === null ? '' : String(value)));

describe('hds-check export', function () {
  this.timeout(60_000);
  let folder: string;
  before(() => {
    folder = copyExamples();
  });

  it('soa as a workbook: one row per Annex A control, English headers, what the SoA says', async () => {
    const ran = await runCli(['export', 'soa', '.', '--output', 'soa.xlsx'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    assert.equal(ran.stderr, 'hds-check: written soa.xlsx\n');
    const sheet = await openWorkbook(path.join(folder, 'soa.xlsx'));
    assert.equal(sheet.name, 'Statement of Applicability');
    assert.match(String(sheet.getCell('A1').value), /^Statement of Applicability — Exemple Santé SAS — ISO\/IEC 27001:2022 Annex A$/);
    assert.deepEqual(rowValues(sheet, 2), ['Control', 'Title', 'Theme', 'Applicable', 'Justification', 'Status', 'Due date', 'Owner', 'Evidence', 'Last review', 'Linked risks']);
    assert.equal(sheet.rowCount, 2 + controls.length);
    // The evidence file exists in the folder exported: the command line probed it as the check does.
    assert.deepEqual(rowValues(sheet, 3), ['5.1', 'Policies for information security', 'Organizational controls', 'yes', '', 'implemented', '', 'RSSI', 'evidence/pssi.md (found)', '2026-09-15', '']);
    const excluded = [...Array(controls.length).keys()].map((index) => rowValues(sheet, 3 + index)).find((row) => row[0] === '7.9')!;
    assert.equal(excluded[3], 'no');
    assert.match(excluded[4], /^Aucun équipement de production/);
    assert.equal(excluded[5], '—');
    const crypto = [...Array(controls.length).keys()].map((index) => rowValues(sheet, 3 + index)).find((row) => row[0] === '8.24')!;
    assert.match(crypto[10], /\bR-05\b/, 'risk R-05 relies on 8.24');
    const threat = [...Array(controls.length).keys()].map((index) => rowValues(sheet, 3 + index)).find((row) => row[0] === '5.7')!;
    assert.deepEqual([threat[5], threat[6]], ['partially implemented', '2027-06-30'], 'a partial control and when it is due');
    assert.deepEqual(sheet.views[0], { ...sheet.views[0], state: 'frozen', ySplit: 2 });
  });

  it('soa as CSV says which evidence file is missing: the warning does not block the export, the document shows it', async () => {
    const copy = copyExamples();
    fs.rmSync(path.join(copy, 'evidence', 'backup-plan.md'));
    const ran = await runCli(['export', 'soa', '.', '--format', 'csv', '--as-of', '2026-11-22'], copy);
    assert.equal(ran.code, 0, ran.stderr);
    const records = parseCsv(ran.stdout);
    assert.equal(records.find((record) => record[0] === '8.13')![8], 'evidence/backup-plan.md (not found)');
    assert.equal(records.find((record) => record[0] === '5.30')![8], 'evidence/continuity-plan.md (found)');
    fs.rmSync(copy, { recursive: true });
  });

  it('risks as a workbook in French: one row per risk, level, treatment, controls, owner, acceptance', async () => {
    const ran = await runCli(['export', 'risks', 'declaration.hds.yaml', '--lang', 'fr', '-o', 'risques.xlsx'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    const sheet = await openWorkbook(path.join(folder, 'risques.xlsx'));
    assert.equal(sheet.name, 'Registre des risques');
    assert.deepEqual(rowValues(sheet, 2), ['Événement', 'Risque', 'Vraisemblance', 'Impact', 'Niveau (vraisemblance × impact)', 'Traitement', 'Mesures', 'Propriétaire', 'Niveau résiduel', 'Accepté par', 'Date d’acceptation', 'Justification de l’acceptation', 'Activités', 'Vraisemblance résiduelle', 'Impact résiduel']);
    const risks = fs.readFileSync(path.join(folder, 'risks.hds.yaml'), 'utf8').match(/^ {2}- id: /gm)!.length;
    assert.equal(sheet.rowCount, 2 + risks);
    assert.deepEqual(rowValues(sheet, 3), ['A — Défaillance physique ou environnementale des supports', rowValues(sheet, 3)[1], '1', '4', '4', 'réduire', '7.5, 8.13, 8.14', 'Directeur technique', '2', '', '', '', 'physical-sites, hardware', '1', '2']);
    assert.deepEqual([3, 4, 5, 9].map((column) => typeof sheet.getRow(3).getCell(column).value), ['number', 'number', 'number', 'number'], 'ratings and levels are numbers');
    assert.match(rowValues(sheet, 3)[1], /^R-01 — /);
    const rows = [...Array(risks).keys()].map((index) => rowValues(sheet, 3 + index));
    const accepted = rows.filter((row) => row[5] === 'accepter');
    assert.deepEqual(accepted.map((row) => row.slice(8)), [['4', 'Claire Martin, directrice générale', '2026-01-15', 'Support sessions are supervised and the vendor never sees decrypted health data.', 'administration', '1', '4']], 'the accepted risk: who, when, why, its activities and its residual rating');
    const events = new Set(rows.flatMap((row) => row[0].split('\n').map((line) => line.split(' — ')[0])));
    for (const event of riskEvents) assert.ok(events.has(event.id), event.id);
  });

  it('soa as CSV that French Excel opens: BOM, semicolons, CRLF, quoting, French headers', async () => {
    const ran = await runCli(['export', 'soa', '.', '--format', 'csv', '--lang', 'fr'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    assert.deepEqual([...ran.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const records = parseCsv(ran.stdout);
    assert.deepEqual(records[0], ['Mesure', 'Intitulé', 'Thème', 'Applicable', 'Justification', 'Statut', 'Échéance', 'Responsable', 'Preuves', 'Dernière revue', 'Risques liés']);
    assert.equal(records.length, 1 + controls.length);
    assert.ok(records.every((record) => record.length === 11));
    assert.deepEqual(records[1].slice(5, 10), ['mise en œuvre', '', 'RSSI', 'evidence/pssi.md (trouvée)', '2026-09-15']);
    assert.equal(records.find((record) => record[0] === '5.23')![6], '2027-03-31');
    const excluded = records.find((record) => record[0] === '7.9')!;
    assert.equal(excluded[3], 'non');
    assert.equal(excluded[4], 'Aucun équipement de production n\'est utilisé hors des locaux : les serveurs restent dans les salles de Datacentre Nord.');
    assert.ok(ran.stdout.includes('"Aucun équipement') || !excluded[4].includes(';'));
  });

  it('CSV fields: separators, quotes and line breaks quoted; formulas defused', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a;b'), '"a;b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"');
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    const table = { sheet: 's', title: 't', headers: ['a', 'b'], rows: [['1;2', 'x\r\ny'], ['"', '']], widths: [1, 1] };
    assert.deepEqual(parseCsv(toCsv(table)), [['a', 'b'], ['1;2', 'x\r\ny'], ['"', '']]);
  });

  it('refuses the starter, whose SoA is undecided, and writes nothing: undecided is not decided', async () => {
    const starter = path.join(folder, 'starter');
    assert.equal((await runCli(['init', 'starter'], folder)).code, 0);
    const refused = await runCli(['export', 'soa', 'starter', '--output', 'starter-soa.xlsx'], folder);
    assert.equal(refused.code, 1);
    assert.ok(!fs.existsSync(path.join(folder, 'starter-soa.xlsx')), 'nothing written');
    assert.match(refused.stderr, /^hds-check: not exported: the declaration has \d+ errors and \d+ undecided answers\./);
    assert.match(refused.stderr, /‘expires’ is still a placeholder \(‘2099-12-31’\): it counts as missing until you write the answer\. \(missing-key\)/);
    fs.rmSync(starter, { recursive: true });
  });

  it('refuses a declaration with errors, naming them; --force exports it with a visible banner', async () => {
    const refused = await runCli(['export', 'soa', 'broken', '--output', 'broken.xlsx'], folder);
    assert.equal(refused.code, 1);
    assert.equal(refused.stdout, '');
    assert.ok(!fs.existsSync(path.join(folder, 'broken.xlsx')));
    const lines = refused.stderr.split('\n');
    assert.match(lines[0], /^hds-check: not exported: the declaration has \d+ errors and \d+ undecided answers\. Fix what is listed below, or export anyway with --force \(the document will say so\):$/);
    assert.match(lines[1], /^ {2}broken\/conflict\.hds\.yaml:2:1 ‘organization’ is already defined .*\(conflicting-definition\)$/);
    assert.match(refused.stderr, /\n {2}… and \d+ more\n$/);

    const forced = await runCli(['export', 'soa', 'broken', '--force', '--output', 'broken.xlsx', '--as-of', '2026-11-22'], folder);
    assert.equal(forced.code, 0, forced.stderr);
    const sheet = await openWorkbook(path.join(folder, 'broken.xlsx'));
    assert.match(String(sheet.getCell('A2').value), /^DRAFT — the declaration has \d+ errors and \d+ undecided answers on 22 November 2026: not a document to hand out\.$/);
    assert.equal((sheet.getCell('A2').fill as ExcelJS.FillPattern).fgColor?.argb, 'FFC00000');
    assert.deepEqual(rowValues(sheet, 3)[0], 'Control');
    assert.equal(rowValues(sheet, 4 + controls.findIndex((control) => control.id === '5.4'))[3], 'not stated in the SoA');

    const csv = await runCli(['export', 'risks', 'broken', '--force', '--format', 'csv', '--lang', 'fr', '--as-of', '2026-11-22'], folder);
    const records = parseCsv(csv.stdout);
    assert.match(records[0][0], /^BROUILLON — la déclaration comporte \d+\u00a0erreurs et \d+\u00a0réponses en suspens au 22\u00a0novembre 2026\u00a0: document à ne pas remettre\.$/);
    assert.deepEqual(records[1], ['']);
    assert.equal(records[2][0], 'Événement');
  });

  it('asks for one declaration and a known kind', async () => {
    const several = await runCli(['export', 'soa', 'broken', 'declaration.hds.yaml'], folder);
    assert.equal(several.code, 2);
    assert.match(several.stderr, /^hds-check: export takes one declaration; these paths hold several: /);
    const kind = await runCli(['export', 'guarantee', '.'], folder);
    assert.equal(kind.code, 2);
    assert.match(kind.stderr, /^hds-check: export takes soa, risks, requirements, guarantees or transfers-page, not “guarantee”/);
  });
});
