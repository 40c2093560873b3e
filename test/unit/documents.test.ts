// exportDocument (server/src/documents): the one function behind `hds-check export` and the
// editor's "HDS: Export…". Every kind and format read back (the workbook opened with exceljs, the
// CSV parsed, the HTML's tables read), the refusal of a declaration with errors and the DRAFT
// banner of force, on the examples as the command line checks them.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { blockingFindings, draftBanner, exportDocument, EXPORT_KINDS, formatOf, KIND_FORMATS, type ExportedDocument, type ExportOptions } from '../../server/src/documents';
import { collectDeclarations } from '../../server/src/cli/declarations';
import { fileExists } from '../../server/src/cli/console';
import { checkAll } from '../../server/src/cli/report';
import { adequacyDecision, controls } from '../../server/src/engine/catalog';
import transfersPage from '../../server/catalog/transfers-page.json';
import { isUndecided, starterDeclaration, type CheckResult } from '../../server/src/engine';
import { parseCsv, tablesOf, textOf } from './documentReaders';
import { check, cleanDeclaration, REPO, TODAY, type Files } from './fixtures';

async function checked(folder: string): Promise<CheckResult> {
  const found = await collectDeclarations([folder], REPO);
  const own = found.filter((declaration) => declaration.root === `file://${path.join(REPO, folder)}`);
  assert.equal(own.length, 1, `one declaration at ${folder}`);
  return checkAll(own, { today: TODAY, locale: 'en', rules: {} }, fileExists)[0].result;
}

/** A row's cells by column, an empty cell as null (a row's `values` skips empty cells). */
const cells = (sheet: ExcelJS.Worksheet, row: number): ExcelJS.CellValue[] => Array.from({ length: sheet.columnCount }, (_, index) => sheet.getRow(row).getCell(index + 1).value ?? null);
/** The cells of the first row whose cell in `column` starts with `first`. */
function rowOf(sheet: ExcelJS.Worksheet, first: string, column = 1): ExcelJS.CellValue[] {
  for (let row = 1; row <= sheet.rowCount; row++) if (String(sheet.getRow(row).getCell(column).value ?? '').startsWith(first)) return cells(sheet, row);
  assert.fail(`no row starts with ${first}`);
}

/** Landscape A4, fitted to one page wide, the header row repeated on each page, frozen under it, filtered. */
function assertLaidOut(sheet: ExcelJS.Worksheet, header: number, rows: number): void {
  const setup = sheet.pageSetup;
  assert.deepEqual([setup.orientation, setup.paperSize, setup.fitToPage, setup.fitToWidth, setup.fitToHeight, setup.printTitlesRow], ['landscape', 9, true, 1, 0, `${header}:${header}`]);
  assert.deepEqual(sheet.views.map((view) => [view.state, (view as ExcelJS.WorksheetViewFrozen).ySplit]), [['frozen', header]]);
  const last = String.fromCharCode(64 + sheet.columnCount);
  assert.equal(sheet.autoFilter, `A${header}:${last}${header + rows}`);
  // Each row is as tall as its wrapped text needs: at least a line for each of its cell's lines.
  for (let row = header + 1; row <= header + rows; row++) {
    const lines = Math.max(...cells(sheet, row).map((value) => String(value ?? '').split('\n').length));
    assert.ok((sheet.getRow(row).height ?? 0) >= Math.min(409, 15 * lines), `row ${row}: ${sheet.getRow(row).height} for ${lines} lines`);
    assert.ok((sheet.getRow(row).height ?? 0) <= 409, 'no taller than Excel allows');
    assert.ok(sheet.getRow(row).getCell(1).alignment?.wrapText, `row ${row} wraps`);
  }
}

const options = (kind: ExportOptions['kind'], format?: ExportOptions['format'], extra: Partial<ExportOptions> = {}): ExportOptions => ({ kind, format, locale: 'en', today: TODAY, creator: 'test', ...extra });

async function exported(result: CheckResult, kind: ExportOptions['kind'], format?: ExportOptions['format'], extra?: Partial<ExportOptions>): Promise<ExportedDocument> {
  const built = await exportDocument(result, options(kind, format, extra));
  assert.ok(!built.refused, `${kind} ${format} was refused`);
  return built;
}

async function worksheet(content: ExportedDocument['content']): Promise<ExcelJS.Worksheet> {
  assert.ok(content instanceof Uint8Array, 'a workbook is bytes');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(content) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  assert.equal(workbook.worksheets.length, 1);
  return workbook.worksheets[0];
}

describe('exportDocument, shared by the command line and the server', function () {
  this.timeout(60_000);
  let clean: CheckResult;
  let broken: CheckResult;
  before(async () => {
    clean = await checked('examples');
    broken = await checked('examples/broken');
  });

  it('offers every kind in its formats, the default first, and names the file after them', () => {
    assert.deepEqual(EXPORT_KINDS.map((kind) => [kind, formatOf(kind, undefined)]), [['soa', 'xlsx'], ['risks', 'xlsx'], ['requirements', 'xlsx'], ['guarantees', 'html'], ['transfers-page', 'html']]);
    assert.equal(formatOf('requirements', 'md'), 'md');
    assert.equal(formatOf('soa', 'csv'), 'csv');
    assert.equal(formatOf('transfers-page', 'md'), undefined);
    assert.equal(formatOf('soa', 'html'), undefined);
  });

  it('soa and risks as workbooks and CSV, read back', async () => {
    const soa = await exported(clean, 'soa');
    assert.equal(soa.fileName, 'hds-soa.xlsx');
    assert.equal(soa.mediaType, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(soa.errors, 0);
    const sheet = await worksheet(soa.content);
    assert.equal(sheet.name, 'Statement of Applicability');
    assert.equal(String(sheet.getCell('A1').value), soa.title);
    assert.equal(sheet.rowCount, 2 + controls.length);

    const csv = await exported(clean, 'soa', 'csv', { locale: 'fr' });
    assert.equal(csv.fileName, 'hds-soa.csv');
    assert.equal(typeof csv.content, 'string');
    const records = parseCsv(csv.content as string);
    assert.equal(records[0][0], 'Mesure');
    assert.equal(records.length, 1 + controls.length);

    const risks = await worksheet((await exported(clean, 'risks')).content);
    assert.equal(risks.name, 'Risk register');
    const risksCsv = parseCsv((await exported(clean, 'risks', 'csv')).content as string);
    assert.equal(risksCsv.length, risks.rowCount - 1, 'the CSV has the workbook’s rows, without its title');
    assert.deepEqual(risksCsv[0], (risks.getRow(2).values as unknown[]).slice(1));
  });

  it('the risk register: ratings and levels are numbers, the residual level, who accepted the risk, when and why', async () => {
    const sheet = await worksheet((await exported(clean, 'risks')).content);
    assert.deepEqual(cells(sheet, 2), ['Event', 'Risk', 'Likelihood', 'Impact', 'Level (likelihood × impact)', 'Treatment', 'Controls', 'Owner', 'Residual level', 'Accepted by', 'Acceptance date', 'Acceptance justification', 'Activities', 'Residual likelihood', 'Residual impact']);
    const treated = rowOf(sheet, 'R-01', 2);
    assert.deepEqual(treated.slice(2), [1, 4, 4, 'reduce', '7.5, 8.13, 8.14', 'Directeur technique', 2, null, null, null, 'physical-sites, hardware', 1, 2]);
    const accepted = rowOf(sheet, 'R-13', 2);
    assert.deepEqual(accepted.slice(2), [1, 4, 4, 'accept', '5.19, 5.20, 8.24', 'Direction générale', 4, 'Claire Martin, directrice générale', '2026-01-15', 'Support sessions are supervised and the vendor never sees decrypted health data.', 'administration', 1, 4]);
    // Every level is a number (the column sorts), likelihood × impact.
    for (let row = 3; row <= sheet.rowCount; row++) {
      const [likelihood, impact, level] = cells(sheet, row).slice(2, 5);
      assert.ok(typeof likelihood === 'number' && typeof impact === 'number', `row ${row}`);
      assert.equal(level, likelihood * impact);
    }
    assertLaidOut(sheet, 2, sheet.rowCount - 2);
    // The CSV has the same columns and the same answers, numbers as written.
    const csv = parseCsv((await exported(clean, 'risks', 'csv')).content as string);
    assert.deepEqual(csv.find((record) => record[1].startsWith('R-13'))!.slice(2), accepted.slice(2).map((value) => String(value)));
    assert.deepEqual(csv.find((record) => record[1].startsWith('R-01'))!.slice(2), treated.slice(2).map((value) => (value === null ? '' : String(value))));
    const french = await worksheet((await exported(clean, 'risks', 'xlsx', { locale: 'fr' })).content);
    assert.deepEqual(cells(french, 2).slice(8), ['Niveau résiduel', 'Accepté par', 'Date d’acceptation', 'Justification de l’acceptation', 'Activités', 'Vraisemblance résiduelle', 'Impact résiduel']);
  });

  it('the risk register shows no placeholder as an answer: owner, acceptance, residual', async () => {
    const declaration = cleanDeclaration();
    Object.assign(declaration.risks[0], { owner: 'TODO', treatment: 'accept', residual: { likelihood: 1, impact: 1 }, acceptance: { by: 'TBD', date: '2099-12-31', justification: '...' } });
    Object.assign(declaration.risks[1], { owner: 'Head of IT', treatment: 'accept', acceptance: { by: 'Jeanne Roux, CEO', date: '2026-02-01', justification: 'Low level, costly treatment.' } });
    declaration.risks[2].title = 'A very long title. '.repeat(2000);
    const result = check(declaration);
    assert.ok(blockingFindings(result.findings).length > 0, 'placeholders keep it a draft');
    const sheet = await worksheet((await exported(result, 'risks', 'xlsx', { force: true })).content);
    assert.equal(String(sheet.getCell('A3').value), 'Event');
    assert.deepEqual(rowOf(sheet, 'R-01', 2).slice(5, 12), ['accept', '5.15', null, 1, null, null, null]);
    assert.deepEqual(rowOf(sheet, 'R-02', 2).slice(5, 12), ['accept', '5.15', 'Head of IT', null, 'Jeanne Roux, CEO', '2026-02-01', 'Low level, costly treatment.']);
    assertLaidOut(sheet, 3, declaration.risks.length);
  });

  it('the SoA: owner, due date, status, each evidence file with whether it exists, last review; CSV the same columns', async () => {
    const root = `file://${path.join(REPO, 'examples')}`;
    const probe = { workspaceRoot: root, fileExists: (uri: string) => fileExists(uri, root) };
    const sheet = await worksheet((await exported(clean, 'soa', 'xlsx', probe)).content);
    assert.deepEqual(cells(sheet, 2), ['Control', 'Title', 'Theme', 'Applicable', 'Justification', 'Status', 'Due date', 'Owner', 'Evidence', 'Last review', 'Linked risks']);
    assert.deepEqual(rowOf(sheet, '5.1').slice(3), ['yes', null, 'implemented', null, 'RSSI', 'evidence/pssi.md (found)', '2026-09-15', null]);
    assert.deepEqual(rowOf(sheet, '5.7').slice(5, 7), ['partially implemented', '2027-06-30']);
    assert.deepEqual(rowOf(sheet, '5.23').slice(5, 7), ['planned', '2027-03-31']);
    assert.deepEqual(rowOf(sheet, '8.12').slice(5, 7), ['implemented', null]);
    assertLaidOut(sheet, 2, controls.length);

    // Whether a file exists is asked of the caller's probe, never of the disk: missing, led outside, not probed.
    const missing = await worksheet((await exported(clean, 'soa', 'xlsx', { workspaceRoot: root, fileExists: (uri) => !uri.endsWith('/pssi.md') })).content);
    assert.equal(rowOf(missing, '5.1')[8], 'evidence/pssi.md (not found)');
    assert.equal(rowOf(missing, '5.30')[8], 'evidence/continuity-plan.md (found)');
    const outside = await worksheet((await exported(clean, 'soa', 'xlsx', { workspaceRoot: `${root}/evidence/sub`, fileExists: () => true })).content);
    assert.equal(rowOf(outside, '5.1')[8], 'evidence/pssi.md (outside the workspace)');
    const linked = await worksheet((await exported(clean, 'soa', 'xlsx', { workspaceRoot: root, fileExists: () => 'outside' })).content);
    assert.equal(rowOf(linked, '5.1')[8], 'evidence/pssi.md (outside the workspace)');
    const unprobed = await worksheet((await exported(clean, 'soa')).content);
    assert.equal(rowOf(unprobed, '5.1')[8], 'evidence/pssi.md (not checked)');

    const csv = parseCsv((await exported(clean, 'soa', 'csv', { ...probe, locale: 'fr' })).content as string);
    assert.deepEqual(csv[0], ['Mesure', 'Intitulé', 'Thème', 'Applicable', 'Justification', 'Statut', 'Échéance', 'Responsable', 'Preuves', 'Dernière revue', 'Risques liés']);
    assert.deepEqual(csv.find((record) => record[0] === '5.1')!.slice(3), ['oui', '', 'mise en œuvre', '', 'RSSI', 'evidence/pssi.md (trouvée)', '2026-09-15', '']);
    assert.deepEqual(csv.find((record) => record[0] === '5.7')!.slice(5, 7), ['partiellement mise en œuvre', '2027-06-30']);
  });

  it('a workbook with the DRAFT banner repeats and freezes the header row below it', async () => {
    const sheet = await worksheet((await exported(broken, 'soa', 'xlsx', { force: true })).content);
    assert.equal(String(sheet.getCell('A3').value), 'Control');
    assertLaidOut(sheet, 3, controls.length);
  });

  it('guarantees as HTML and Markdown, the transfers page as HTML, read back', async () => {
    const html = await exported(clean, 'guarantees');
    assert.equal(html.fileName, 'hds-guarantees.html');
    assert.equal(html.title, 'Presentation of guarantees — Exemple Santé SAS');
    const [actors] = tablesOf(html.content as string);
    assert.deepEqual(actors.slice(1).map((row) => row[0]), ['Exemple Santé SAS', 'Datacentre Nord SAS', 'Coffre-Fort Numérique GmbH', 'Base Solutions Inc.', 'Astreinte Ops SARL']);
    const markdown = await exported(clean, 'guarantees', 'md');
    assert.equal(markdown.fileName, 'hds-guarantees.md');
    assert.match(markdown.content as string, /^# Presentation of guarantees — Exemple Santé SAS\n/);
    assert.ok((markdown.content as string).includes('| Exemple Santé SAS | Host |'));
    const transfers = await exported(clean, 'transfers-page', undefined, { locale: 'fr' });
    assert.equal(transfers.fileName, 'hds-transfers-page.html');
    assert.match(transfers.content as string, /<html lang="fr">/);
    assert.equal(textOf(/<h1>([\s\S]*?)<\/h1>/.exec(transfers.content as string)![1]), transfers.title);
    assert.ok(tablesOf(transfers.content as string)[0].length > 1, 'the example has transfers outside the EEA');
  });

  it('refuses a declaration with errors, counting them and naming the first in file order', async () => {
    // The requirements checklist lists what fails: it is never refused (readiness tests).
    for (const kind of EXPORT_KINDS.filter((candidate) => candidate !== 'requirements')) {
      for (const format of KIND_FORMATS[kind]) {
        const refused = await exportDocument(broken, options(kind, format));
        assert.ok(refused.refused, `${kind} ${format} is refused`);
        assert.equal(refused.count, blockingFindings(broken.findings).length);
        assert.equal(refused.undecided, blockingFindings(broken.findings).filter((finding) => finding.severity !== 'error').length);
        assert.ok(refused.count > 20);
        assert.equal(refused.errors.length, 20);
        assert.ok(refused.errors.every((finding) => (finding.severity === 'error' || isUndecided(finding)) && !finding.accepted));
        assert.match(refused.errors[0].uri, /\/broken\/conflict\.hds\.yaml$/);
      }
    }
  });

  it('refuses the starter, whose answers are all undecided, as it refuses errors; with force, marks it DRAFT', async () => {
    const starter = check(starterDeclaration({ locale: 'en', split: false }) as Files);
    const checklist = await exportDocument(starter, options('requirements', 'csv'));
    assert.ok(!checklist.refused, 'the requirements checklist says what is unanswered instead');
    assert.ok(!(checklist.content as string).includes('DRAFT'));
    for (const kind of EXPORT_KINDS.filter((candidate) => candidate !== 'requirements')) {
      const refused = await exportDocument(starter, options(kind));
      assert.ok(refused.refused, `${kind} is refused`);
      // The 93 undecided controls are errors; the placeholders of optional answers and the 13 unassessed risks block it too.
      assert.ok(refused.count - refused.undecided >= 93 && refused.undecided >= 13, `${refused.count} / ${refused.undecided}`);
    }
    const draft = await exported(starter, 'soa', 'csv', { force: true });
    assert.match(parseCsv(draft.content as string)[0][0], /^DRAFT — the declaration has \d+ errors and \d+ undecided answers on /);
  });

  it('refuses a clean declaration whose one gap is a placeholder in an optional answer (a risk owner)', async () => {
    const declaration = cleanDeclaration();
    declaration.risks[0].owner = 'TODO';
    const result = check(declaration);
    assert.deepEqual(result.findings.map((finding) => `${finding.code} ${finding.severity}`), ['placeholder-left warning']);
    const refused = await exportDocument(result, options('risks'));
    assert.ok(refused.refused);
    assert.deepEqual([refused.count, refused.undecided, refused.errors.map((finding) => finding.code)], [1, 1, ['placeholder-left']]);
  });

  it('with force, every document opens with the one DRAFT banner, in its language', async () => {
    const blocking = blockingFindings(broken.findings);
    const count = blocking.length;
    const undecided = blocking.filter((finding) => finding.severity !== 'error').length;
    assert.ok(undecided > 1, 'the broken example leaves answers undecided');
    const english = draftBanner(blocking, TODAY, 'en');
    const french = draftBanner(blocking, TODAY, 'fr');
    assert.equal(english, `DRAFT — the declaration has ${count - undecided} errors and ${undecided} undecided answers on 22 November 2026: not a document to hand out.`);
    assert.equal(french, `BROUILLON — la déclaration comporte ${count - undecided}\u00a0erreurs et ${undecided}\u00a0réponses en suspens au 22\u00a0novembre 2026\u00a0: document à ne pas remettre.`);
    const sheet = await worksheet((await exported(broken, 'soa', 'xlsx', { force: true })).content);
    assert.equal(String(sheet.getCell('A2').value), english);
    const csv = await exported(broken, 'risks', 'csv', { force: true, locale: 'fr' });
    assert.equal(csv.errors, count);
    assert.deepEqual(parseCsv(csv.content as string).slice(0, 2), [[french], ['']]);
    const html = (await exported(broken, 'guarantees', 'html', { force: true })).content as string;
    assert.equal(textOf(/<p class="draft" role="alert">([\s\S]*?)<\/p>/.exec(html)![1]), english);
    assert.ok(((await exported(broken, 'guarantees', 'md', { force: true, locale: 'fr' })).content as string).startsWith(`> **${french}**`));
    assert.match((await exported(broken, 'transfers-page', 'html', { force: true })).content as string, /<p class="draft"/);
    // Without errors there is no banner, forced or not.
    assert.doesNotMatch((await exported(clean, 'guarantees', 'html', { force: true })).content as string, /class="draft"/);
  });

  describe('the EXI-31 page, per certified activity, and the chapter 8 table', () => {
    const { secnumcloud, noTransfer } = transfersPage.prescribed;
    const quoted = (sentence: string) => `«\u00a0${sentence}\u00a0»`;
    const page = async (declaration: ReturnType<typeof cleanDeclaration>, locale: 'en' | 'fr' = 'en') => {
      const result = check(declaration);
      assert.deepEqual(blockingFindings(result.findings).map((finding) => finding.code), [], 'the declaration is clean');
      return (await exported(result, 'transfers-page', 'html', { locale })).content as string;
    };
    const sectionsOf = (html: string) => html.split(/<h2>/).slice(1).map((part) => ({ heading: textOf(part.slice(0, part.indexOf('</h2>'))), paragraphs: [...part.matchAll(/<p>([\s\S]*?)<\/p>/g)].map(([, text]) => textOf(text)), tables: tablesOf(part) }));
    const exposure = { law: 'US CLOUD Act', mitigations: 'Keys held in France', residual_risks: 'A US order to the parent company', customer_informed: 'Contract, art. 8.5' };

    it('the prescribed sentences are the referential’s words, kept with their source', () => {
      assert.equal(secnumcloud.fr, 'Aucun risque d’accès imposé par la législation d’un pays tiers en violation du droit de l’Union');
      assert.equal(noTransfer.fr, 'Aucun transfert de données de santé à caractère personnel vers un pays tiers à l’espace économique européen');
      assert.match(transfersPage.source.citation, /EXI-31/);
    });

    it('(a) SecNumCloud 3.2 for the whole offer: the prescribed sentence for each certified activity, translated in English', async () => {
      const declaration = cleanDeclaration();
      declaration.host.secnumcloud = true;
      const english = sectionsOf(await page(declaration));
      assert.deepEqual(english.map((section) => section.heading), ['Storage locations', 'Certified activity 4. Application hosting platform', 'Certified activity 5. Administration and operation of the information system']);
      assert.deepEqual(english[0].paragraphs, ['Health data is stored in: France (FR).']);
      for (const section of english.slice(1)) assert.deepEqual([section.paragraphs, section.tables], [[quoted(secnumcloud.fr), `(translation) ${secnumcloud.translation}`], []]);
      const french = sectionsOf(await page(declaration, 'fr'));
      for (const section of french.slice(1)) assert.deepEqual(section.paragraphs, [quoted(secnumcloud.fr)]);
      // Some services only is not the certified activity qualified.
      declaration.host.secnumcloud = { services: ['Object storage'] };
      assert.deepEqual(sectionsOf(await page(declaration))[1].paragraphs, [quoted(noTransfer.fr), `(translation) ${noTransfer.translation}`]);
    });

    it('(b) no SecNumCloud, no transfer, no EXI-30 exposure: the no-transfer sentence, and the as-of date as the last update', async () => {
      const html = await page(cleanDeclaration(), 'fr');
      assert.match(textOf(/<p class="subtitle">([\s\S]*?)<\/p>/.exec(html)![1]), /Dernière mise à jour le 22\u00a0novembre 2026\.$/);
      const sections = sectionsOf(html);
      assert.equal(sections.length, 3);
      for (const section of sections.slice(1)) assert.deepEqual([section.paragraphs, section.tables], [[quoted(noTransfer.fr)], []]);
    });

    it('(c) an EXI-30 exposure without any remote access: the chapter 8 information, never the no-transfer sentence', async () => {
      const declaration = cleanDeclaration();
      declaration.host.third_country_laws = [exposure];
      const html = await page(declaration);
      assert.ok(!html.includes(noTransfer.fr) && !html.includes(secnumcloud.fr));
      assert.ok(!/no one accesses|personne n’y accède/.test(html));
      const [, platform] = sectionsOf(html);
      assert.equal(platform.tables.length, 1, 'no transfers table: nothing is transferred');
      const [headers, host] = platform.tables[0];
      assert.equal(headers[0], 'Actor’s legal name\n(Raison sociale de l’acteur)');
      assert.deepEqual(host.slice(0, 2), ['Clinique Test SAS', 'Host']);
      assert.equal(host[5], 'none');
      assert.equal(host[6], 'Law: US CLOUD Act\nMitigations: Keys held in France\nResidual risks: A US order to the parent company\nCustomer informed: Contract, art. 8.5');
    });

    it('(c) a supervised subcontractor’s access from outside the EEA is a transfer of the activity it takes part in', async () => {
      const declaration = cleanDeclaration();
      declaration.subcontractors.push({
        id: 'night-ops', name: 'Astreinte SARL', role: 'Night on-call', activities: ['administration'], under_host_supervision: true,
        remote_access: [{ from: 'TN', basis: 'scc', purpose: 'On-call from Tunis', customer_informed: 'Contract, art. 8.4' }], third_country_laws: 'none', secnumcloud: false,
      });
      const html = await page(declaration);
      const sections = sectionsOf(html);
      assert.deepEqual(sections.map((section) => section.heading), ['Storage locations', 'Certified activity 4. Application hosting platform', 'Certified activity 5. Administration and operation of the information system', 'Certified activity 5. Administration and operation of the information system: transfers outside the EEA']);
      assert.deepEqual(sections[1].paragraphs, [quoted(noTransfer.fr), `(translation) ${noTransfer.translation}`], 'the platform has no transfer');
      const chapter8 = sections[2].tables[0];
      assert.deepEqual(chapter8.slice(1).map((row) => row.slice(0, 3)), [
        ['Clinique Test SAS', 'Host', 'Yes: HDS-1\\nissued by LSTI\\ncovers: 4. Application hosting platform, 5. Administration and operation of the information system\\nvalid until 1 January 2028'.replace(/\\n/g, '\n')],
        ['Astreinte SARL', 'Subcontractor: Night on-call', 'Exempt: acts under the host’s security policy and supervision, within its certified scope'],
      ]);
      assert.equal(chapter8[2][5], 'Tunisia (TN): Standard contractual clauses (GDPR art. 46(2)(c)) — On-call from Tunis\ncustomer informed: Contract, art. 8.4');
      assert.deepEqual(sections[3].tables[0].slice(1), [['Astreinte SARL', 'Tunisia (TN)', 'remote access', 'Standard contractual clauses (GDPR art. 46(2)(c))', 'On-call from Tunis']]);
      assert.ok(!html.includes('night-ops'), 'no internal id on the public page');
    });

    it('chapter 8 in French: the referential’s headings, Exempté, EXI-29 with the adequacy scope and the contract clause, EXI-30 in four parts, no internal id', async () => {
      const declaration = cleanDeclaration();
      declaration.subcontractors.push({
        id: 'us-vendor', name: 'Vendor Inc.', role: 'Support', activities: [],
        remote_access: [{ from: 'US', basis: 'adequacy', dpf_certified: true, purpose: 'Support' }],
        third_country_laws: [{ law: 'US CLOUD Act', mitigations: 'Supervised sessions', residual_risks: 'Screen disclosure' }], secnumcloud: false,
      });
      declaration.contract['EXI-29'] = 'Contrat, art. 8.4';
      declaration.contract['EXI-30'] = 'Contrat, annexe 5';
      declaration.subcontractors.push({ id: 'night-ops', name: 'Astreinte SARL', role: 'Astreinte', activities: ['administration'], under_host_supervision: true, remote_access: 'none', third_country_laws: 'none', secnumcloud: false });
      const result = check(declaration);
      assert.deepEqual(blockingFindings(result.findings).map((finding) => finding.code), []);
      for (const format of ['html', 'md'] as const) {
        const content = (await exported(result, 'guarantees', format, { locale: 'fr' })).content as string;
        for (const id of ['(dc)', 'us-vendor', 'night-ops']) assert.ok(!content.includes(id), `${format}: no ${id}`);
      }
      const html = (await exported(result, 'guarantees', 'html', { locale: 'fr' })).content as string;
      const [actors] = tablesOf(html);
      assert.deepEqual(actors[0], ['Raison sociale de l’acteur', 'Rôle dans le cadre de la prestation d’hébergement', 'Certifié HDS', 'Qualifié SecNumCloud 3.2', 'Activités d’hébergement sur lesquelles l’acteur intervient', 'Exigence n°\u00a029 du référentiel HDS', 'Exigence n°\u00a030 du référentiel HDS']);
      assert.deepEqual(actors.slice(1).map((row) => row[0]), ['Clinique Test SAS', 'Datacentre SAS', 'Vendor Inc.', 'Astreinte SARL']);
      const [, , , vendor, supervised] = actors;
      assert.equal(vendor[2], 'Non\u00a0: aucun certificat HDS');
      assert.match(supervised[2], /^Exempté\u00a0: agit sous la politique de sécurité et la supervision de l’hébergeur/);
      assert.equal(vendor[5], `États-Unis (US)\u00a0: Décision d’adéquation (RGPD art. 45) — Support\nportée de la décision d’adéquation\u00a0: ${adequacyDecision('US')!.scope!.fr.replace(/\.$/, '')}\u00a0; le destinataire déclare en relever\nclient informé\u00a0: Contrat, art. 8.4`);
      assert.equal(vendor[6], 'Loi\u00a0: US CLOUD Act\nMesures d’atténuation\u00a0: Supervised sessions\nRisques résiduels\u00a0: Screen disclosure\nClient informé\u00a0: Contrat, annexe 5');
    });

    describe('offers (transfers.offers): one table per offer', () => {
      /** Two offers: a platform run in-house, and one that also takes the datacentre's hardware; a US vendor, under the host's supervision, supports the platform only. */
      const withOffers = () => {
        const declaration = cleanDeclaration();
        declaration.subcontractors.push({
          id: 'us-vendor', name: 'Vendor Inc.', role: 'Support', activities: ['application-platform'], under_host_supervision: true,
          remote_access: [{ from: 'US', basis: 'adequacy', dpf_certified: true, purpose: 'Support', customer_informed: 'Contract, art. 8.4' }],
          third_country_laws: 'none', secnumcloud: false,
        });
        declaration.certification.hds.activities = ['application-platform', 'administration'];
        declaration.transfers.offers = [
          { id: 'platform', name: 'Patient record platform', activities: ['application-platform', 'administration'] },
          { id: 'managed', name: 'Managed servers', activities: ['administration', 'hardware'], subcontractors: ['dc'] },
        ];
        return declaration;
      };

      it('the presentation of guarantees: a table per offer, its actors only, their activities within the offer', async () => {
        const result = check(withOffers());
        assert.deepEqual(blockingFindings(result.findings).map((finding) => finding.code), []);
        const sections = sectionsOf((await exported(result, 'guarantees', 'html')).content as string);
        assert.deepEqual(sections.map((section) => section.heading), ['Offer: Patient record platform', 'Offer: Managed servers', 'Storage locations']);
        assert.deepEqual(sections[0].paragraphs, ['HDS activities of the offer: 4. Application hosting platform, 5. Administration and operation of the information system.']);
        const platform = sections[0].tables[0].slice(1);
        assert.deepEqual(platform.map((row) => [row[0], row[4]]), [
          ['Clinique Test SAS', '4. Application hosting platform, 5. Administration and operation of the information system'],
          ['Vendor Inc.', '4. Application hosting platform'],
        ], 'the datacentre performs none of the platform’s activities');
        const managed = sections[1].tables[0].slice(1);
        assert.deepEqual(managed.map((row) => [row[0], row[4]]), [
          ['Clinique Test SAS', '5. Administration and operation of the information system'],
          ['Datacentre SAS', '2. Hardware infrastructure'],
        ], 'the offer names its subcontractors: the vendor is not one');
      });

      it('the EXI-31 page: per offer and certified activity, the prescribed sentence or the offer’s chapter 8 table', async () => {
        const result = check(withOffers());
        const sections = sectionsOf((await exported(result, 'transfers-page', 'html', { locale: 'fr' })).content as string);
        assert.deepEqual(sections.map((section) => section.heading), [
          'Lieux de stockage',
          'Patient record platform — activité certifiée 4. Plateforme d’hébergement d’applications',
          'Patient record platform — activité certifiée 4. Plateforme d’hébergement d’applications\u00a0: transferts hors de l’EEE',
          'Patient record platform — activité certifiée 5. Administration et exploitation du système d’information',
          'Managed servers — activité certifiée 5. Administration et exploitation du système d’information',
        ]);
        assert.deepEqual(sections[1].tables[0].slice(1).map((row) => row[0]), ['Clinique Test SAS', 'Vendor Inc.']);
        assert.deepEqual(sections[2].tables[0].slice(1).map((row) => row.slice(0, 3)), [['Vendor Inc.', 'États-Unis (US)', 'accès à distance']]);
        assert.deepEqual(sections[4].paragraphs, [`«\u00a0${noTransfer.fr}\u00a0»`], 'the vendor takes no part in managed servers');
      });
    });
  });
});
