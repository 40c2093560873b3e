// hds-check import soa|risks: our own exports (xlsx and CSV, English and French) read back into
// an empty folder give the same SoA and risks and the same export; another tool's sheet is mapped
// where the meaning is certain and the rest reported with row numbers; unreadable files are refused
// and nothing is written; an existing file is merged into only with --force, in place.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { buildDeclaration, parseFile, type Declaration } from '../../../server/src/engine';
import { copyExamples, runCli, temporaryFolder } from './cliHarness';
import { REPO } from '../fixtures';

/** The SoA and the risks as data: what a declaration says, without where it says it. */
function sections(files: string[]): { soa: unknown[]; risks: unknown[] } {
  const declaration: Declaration = buildDeclaration(files.map((file) => parseFile({ uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') })));
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).filter(([key, item]) => key !== 'at' && key !== 'unquoted' && item !== undefined).map(([key, item]) => [key, strip(item)]));
  };
  return { soa: strip(declaration.soa) as unknown[], risks: strip(declaration.risks) as unknown[] };
}

async function cellsOf(file: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  return Array.from({ length: sheet.rowCount }, (_, row) => Array.from({ length: sheet.columnCount }, (__, column) => sheet.getRow(row + 1).getCell(column + 1).value ?? null));
}

describe('hds-check import', function () {
  this.timeout(120_000);
  let examples: string;
  const exported = new Map<string, string>();
  before(async () => {
    examples = copyExamples();
    fs.rmSync(path.join(examples, 'broken'), { recursive: true });
    for (const kind of ['soa', 'risks']) {
      for (const format of ['csv', 'xlsx']) {
        for (const lang of ['en', 'fr']) {
          const file = path.join(temporaryFolder('hds-import-'), `${kind}-${lang}.${format}`);
          const ran = await runCli(['export', kind, '.', '--format', format, '--lang', lang, '-o', file], examples);
          assert.equal(ran.code, 0, ran.stderr);
          exported.set(`${kind} ${format} ${lang}`, file);
        }
      }
    }
  });

  for (const kind of ['soa', 'risks'] as const) {
    for (const format of ['csv', 'xlsx']) {
      for (const lang of ['en', 'fr']) {
        it(`our ${kind} export (${format}, ${lang}) round-trips: same ${kind} in an empty folder, same export`, async () => {
          const sheet = exported.get(`${kind} ${format} ${lang}`)!;
          const empty = temporaryFolder('hds-import-empty-');
          const ran = await runCli(['import', kind, sheet, '--output', `${kind}.hds.yaml`, '--lang', lang], empty);
          assert.equal(ran.code, 0, ran.stderr);
          assert.deepEqual(fs.readdirSync(empty), [`${kind}.hds.yaml`]);
          const imported = sections([path.join(empty, `${kind}.hds.yaml`)]);
          const original = sections([path.join(REPO, 'examples', `${kind}.hds.yaml`)]);
          assert.ok(original[kind].length > 10);
          assert.deepEqual(imported[kind], original[kind]);

          // In place of the original file, beside the rest of the declaration: the same document again.
          const copy = copyExamples();
          fs.rmSync(path.join(copy, 'broken'), { recursive: true });
          fs.rmSync(path.join(copy, `${kind}.hds.yaml`));
          assert.equal((await runCli(['import', kind, sheet, '--output', `${kind}.hds.yaml`, '--lang', lang], copy)).code, 0);
          const again = path.join(temporaryFolder('hds-import-again-'), path.basename(sheet));
          const reexported = await runCli(['export', kind, '.', '--format', format, '--lang', lang, '-o', again], copy);
          assert.equal(reexported.code, 0, reexported.stderr);
          if (format === 'csv') assert.ok(fs.readFileSync(again).equals(fs.readFileSync(sheet)), 'the CSV is byte for byte the same');
          else assert.deepEqual(await cellsOf(again), await cellsOf(sheet));
        });
      }
    }
  }

  it('a sheet with other headers and odd values: maps what is certain, reports the rest with its row', async () => {
    const folder = temporaryFolder('hds-import-odd-');
    const rows = [
      'Référence;Applicabilité;État de mise en œuvre;Échéance;Responsable;Commentaire',
      'A.8.13;oui;En place;;RSSI;sauvegardes',
      '"8.14 ";Applicable;partiellement;31/12/2026;;',
      'A 5.1;x;Implemented;;;',
      'A.7.9;Exclue;;;;',
      '8.13;non;;;;',
      '9.9;oui;;;;',
      'A.5.7;peut-être;en cours;demain;;',
      ';oui;;;;orphan',
      'Annex A 8.24 Use of cryptography;N/A;;;;',
    ];
    fs.writeFileSync(path.join(folder, 'odd.csv'), rows.join('\n'));
    const ran = await runCli(['import', 'soa', 'odd.csv', '--output', 'soa.hds.yaml'], folder);
    assert.equal(ran.code, 1, 'written, with rows reported');
    const { soa } = sections([path.join(folder, 'soa.hds.yaml')]);
    assert.deepEqual(
      soa.map((entry) => entry as Record<string, unknown>).map(({ control, ...rest }) => [(control as { id: string }).id, rest]),
      [
        ['8.13', { applicable: true, status: 'implemented', owner: 'RSSI', evidence: [] }],
        ['8.14', { applicable: true, status: 'partial', due: '2026-12-31', evidence: [] }],
        ['5.1', { applicable: true, status: 'implemented', evidence: [] }],
        ['7.9', { applicable: false, evidence: [] }],
        ['5.7', { evidence: [] }],
        ['8.24', { evidence: [] }],
      ],
    );
    for (const expected of [
      /row 6, ‘Référence’: ‘8\.13’ — already on row 2/,
      /row 7, ‘Référence’: ‘9\.9’ — not a control of ISO\/IEC 27001:2022 Annex A/,
      /row 8, ‘Applicabilité’: ‘peut-être’ — not read as yes or no/,
      /row 8, ‘État de mise en œuvre’: ‘en cours’ — not a status/,
      /row 8, ‘Échéance’: ‘demain’ — not a date/,
      /row 9: no control id/,
      /row 10, ‘Applicabilité’: ‘N\/A’ — not read as yes or no/,
      /columns not read: ‘Commentaire’/,
    ]) {
      assert.match(ran.stderr, expected);
    }
    assert.equal(ran.stderr.match(/^ {2}row /gm)!.length, 7, ran.stderr);
  });

  it('a number cell 8.1 in a workbook may have been 8.10: reported, not guessed', async () => {
    const folder = temporaryFolder('hds-import-number-');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('SoA');
    sheet.addRow(['Control', 'Applicable', 'Status']);
    sheet.addRow([8.1, 'yes', 'implemented']);
    sheet.addRow([8.13, 'yes', 'planned']);
    sheet.addRow([6.3, true, 'implemented']); // there is no 6.30: certain
    await workbook.xlsx.writeFile(path.join(folder, 'numbers.xlsx'));
    const ran = await runCli(['import', 'soa', 'numbers.xlsx', '-o', 'soa.hds.yaml'], folder);
    assert.equal(ran.code, 1);
    assert.match(ran.stderr, /row 2, ‘Control’: ‘8\.1’ — a number cell reads 8\.1 \/ 8\.10: write the id as text/);
    assert.deepEqual(sections([path.join(folder, 'soa.hds.yaml')]).soa.map((entry) => (entry as { control: { id: string } }).control.id), ['8.13', '6.3']);
    assert.match(fs.readFileSync(path.join(folder, 'soa.hds.yaml'), 'utf8'), /control: "8\.13"/);
  });

  it('CISO Assistant’s risk assessment CSV: its columns, numeric ratings, treatments; level names and foreign threats reported', async () => {
    const folder = temporaryFolder('hds-import-ciso-');
    // The columns of RiskAssessmentViewSet.export_csv (catalog import-columns.json).
    const rows = [
      'ref_id;assets;threats;name;description;existing_applied_controls;current_impact;current_proba;current_risk;additional_controls;residual_impact;residual_proba;residual_risk;treatment;strength_of_knowledge',
      'R.1;Database;A,Ransomware;Fire in the server room;;8.13 Information backup,Firewall policy;4;2;High;A.7.5;2;1;Low;mitigate;High',
      'R.2;;B.a;USB copy;;;High;Likely;High;;--;--;--;open;Low',
      'R.3;;Erreur de conception;Bug;;;3;3;;;;;;cancelled;',
    ];
    fs.writeFileSync(path.join(folder, 'ciso.csv'), `\uFEFF${rows.join('\r\n')}\r\n`);
    const ran = await runCli(['import', 'risks', 'ciso.csv', '--output', 'risks.hds.yaml'], folder);
    assert.equal(ran.code, 1, ran.stderr);
    const { risks } = sections([path.join(folder, 'risks.hds.yaml')]);
    const plain = risks.map((risk) => {
      const { scenarios, controls, residual, ...rest } = risk as { scenarios: { value: string }[]; controls: { id: string }[]; residual?: Record<string, unknown> } & Record<string, unknown>;
      return { ...rest, scenarios: scenarios.map((scenario) => scenario.value), controls: controls.map((control) => control.id), residual };
    });
    assert.deepEqual(plain, [
      { id: 'R.1', title: 'Fire in the server room', activities: [], likelihood: 2, impact: 4, treatment: 'reduce', scenarios: ['A'], controls: ['8.13', '7.5'], residual: { likelihood: 1, impact: 2 } },
      { id: 'R.2', title: 'USB copy', activities: [], scenarios: ['B.a'], controls: [], residual: undefined },
      { id: 'R.3', title: 'Bug', activities: [], likelihood: 3, impact: 3, scenarios: [], controls: [], residual: undefined },
    ]);
    for (const expected of [
      /row 2, ‘threats’: ‘Ransomware’ — not an EXI-05 risk event/,
      /row 2, ‘existing_applied_controls’: ‘Firewall policy’ — not a control of Annex A/,
      /row 3, ‘current_impact’: ‘High’ — not a whole number from 1 to 4/,
      /row 3, ‘current_proba’: ‘Likely’ — not a whole number/,
      /row 4, ‘threats’: ‘Erreur de conception’ — not an EXI-05 risk event/,
      /row 4, ‘treatment’: ‘cancelled’ — not a treatment/,
    ]) {
      assert.match(ran.stderr, expected);
    }
    assert.match(ran.stderr, /columns not read: ‘assets’, ‘description’, ‘current_risk’, ‘strength_of_knowledge’/);
  });

  it('a corrupted workbook, an empty CSV, a sheet with no known header: refused, nothing written', async () => {
    const folder = temporaryFolder('hds-import-bad-');
    const valid = fs.readFileSync(exported.get('soa xlsx en')!);
    fs.writeFileSync(path.join(folder, 'broken.xlsx'), valid.subarray(0, Math.floor(valid.length / 2)));
    fs.writeFileSync(path.join(folder, 'empty.csv'), '');
    fs.writeFileSync(path.join(folder, 'bom.csv'), '\uFEFF\r\n;;\r\n');
    fs.writeFileSync(path.join(folder, 'other.csv'), 'Name;Price\nApple;3\n');
    fs.writeFileSync(path.join(folder, 'binary.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 1, 2]));
    const cases: [string, RegExp][] = [
      ['broken.xlsx', /^hds-check: broken\.xlsx cannot be read as an Excel workbook \(.+\): nothing imported\n$/],
      ['empty.csv', /^hds-check: empty\.csv is empty: nothing to import\n$/],
      ['bom.csv', /^hds-check: bom\.csv is empty: nothing to import\n$/],
      ['other.csv', /^hds-check: nothing in other\.csv could be read as SoA entries: soa\.hds\.yaml is not written\n.*no header row found/s],
      ['binary.xls', /neither an Excel workbook \(\.xlsx\) nor CSV text/],
      ['missing.csv', /^hds-check: missing\.csv: no such file\n$/],
    ];
    for (const [file, message] of cases) {
      const ran = await runCli(['import', 'soa', file, '--output', 'soa.hds.yaml'], folder);
      assert.equal(ran.code, 2, file);
      assert.match(ran.stderr, message);
      assert.equal(fs.existsSync(path.join(folder, 'soa.hds.yaml')), false, file);
    }
    // Usage: the kind, one file, an output that is a declaration file.
    assert.match((await runCli(['import', 'controls', 'a.csv', '-o', 'x.hds.yaml'], folder)).stderr, /import takes soa or risks, not “controls”/);
    assert.match((await runCli(['import', 'soa', 'empty.csv'], folder)).stderr, /import needs --output PATH\.hds\.yaml/);
    assert.match((await runCli(['import', 'soa', 'empty.csv', '-o', 'soa.yaml'], folder)).stderr, /--output soa\.yaml: declaration files end in \.hds\.yaml/);
    assert.deepEqual(fs.readdirSync(folder).sort(), ['binary.xls', 'bom.csv', 'broken.xlsx', 'empty.csv', 'other.csv']);
  });

  it('an existing file: refused without --force; with it, merged in place, comments and order kept', async () => {
    const folder = temporaryFolder('hds-import-force-');
    const risks = [
      '# Our risks',
      'risks:',
      '  - id: R-01   # the fire risk',
      '    scenario: A',
      '    title: Fire in Lille',
      '    likelihood: 1',
      '    impact: 4',
      '    treatment: reduce',
      '    owner: Someone   # to confirm',
      '    controls: ["7.5"]',
      '',
      '  # kept as it is: not in the sheet',
      '  - id: R-99',
      '    scenario: G',
      '    title: Kept',
      '',
    ].join('\n');
    fs.writeFileSync(path.join(folder, 'risks.hds.yaml'), risks);
    const sheet = ['Risk;Event;Likelihood;Impact;Treatment;Controls;Owner;Residual likelihood;Residual impact', 'R-01 — Fire in Lille;A;2;4;reduce;7.5, 8.13;;1;2', 'R-02 — New one;B.a;1;1;accept;;;;'].join('\n');
    fs.writeFileSync(path.join(folder, 'risks.csv'), sheet);

    const refused = await runCli(['import', 'risks', 'risks.csv', '--output', 'risks.hds.yaml'], folder);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /^hds-check: risks\.hds\.yaml exists: give --force to merge/);
    assert.equal(fs.readFileSync(path.join(folder, 'risks.hds.yaml'), 'utf8'), risks);

    const merged = await runCli(['import', 'risks', 'risks.csv', '--output', 'risks.hds.yaml', '--force'], folder);
    assert.equal(merged.code, 0, merged.stderr);
    assert.match(merged.stderr, /2 read, header on row 1; 1 added, 1 updated, 0 unchanged in risks\.hds\.yaml/);
    assert.equal(
      fs.readFileSync(path.join(folder, 'risks.hds.yaml'), 'utf8'),
      [
        '# Our risks',
        'risks:',
        '  - id: R-01   # the fire risk',
        '    scenario: A',
        '    title: Fire in Lille',
        '    likelihood: 2',
        '    impact: 4',
        '    treatment: reduce',
        '    controls: ["7.5", "8.13"]',
        '    residual: { likelihood: 1, impact: 2 }',
        '',
        '  # kept as it is: not in the sheet',
        '  - id: R-99',
        '    scenario: G',
        '    title: Kept',
        '',
        '  - id: R-02',
        '    scenario: B.a',
        '    title: New one',
        '    likelihood: 1',
        '    impact: 1',
        '    treatment: accept',
        '',
      ].join('\n'),
    );
    // The same sheet again: nothing to change, the file is not rewritten.
    const again = await runCli(['import', 'risks', 'risks.csv', '--output', 'risks.hds.yaml', '--force'], folder);
    assert.match(again.stderr, /0 added, 0 updated, 2 unchanged/);
    assert.match(again.stderr, /already holds what the spreadsheet says: not rewritten/);

    // A value not mapped leaves the file's as it is; an empty cell removes it.
    fs.writeFileSync(path.join(folder, 'odd.csv'), ['Risk;Treatment;Controls', 'R-01 — Fire in Lille;peut-être;'].join('\n'));
    const odd = await runCli(['import', 'risks', 'odd.csv', '--output', 'risks.hds.yaml', '--force'], folder);
    assert.equal(odd.code, 1);
    assert.match(odd.stderr, /row 2, ‘Treatment’: ‘peut-être’ — not a treatment/);
    const text = fs.readFileSync(path.join(folder, 'risks.hds.yaml'), 'utf8');
    assert.match(text, /^ {4}treatment: reduce$/m);
    assert.doesNotMatch(text, /controls: \["7\.5", "8\.13"\]/);
  });

  it('never writes through a symbolic link, nor over the spreadsheet read', async () => {
    const folder = temporaryFolder('hds-import-link-');
    fs.copyFileSync(exported.get('soa csv en')!, path.join(folder, 'soa.csv'));
    fs.writeFileSync(path.join(folder, 'elsewhere.txt'), 'untouched');
    fs.symlinkSync(path.join(folder, 'elsewhere.txt'), path.join(folder, 'soa.hds.yaml'));
    const ran = await runCli(['import', 'soa', 'soa.csv', '--output', 'soa.hds.yaml', '--force'], folder);
    assert.equal(ran.code, 2);
    assert.match(ran.stderr, /symbolic link/);
    assert.equal(fs.readFileSync(path.join(folder, 'elsewhere.txt'), 'utf8'), 'untouched');
  });
});
