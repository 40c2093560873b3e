// Request `hds/exportDocument` (the editor's "HDS: Export…"), on the bundled server over stdio: the
// document of the declaration as checked now (open buffers included), the workbook in base64, the
// refusal of a declaration with errors as data, and force.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { CoverageChangedParams, ExportDocumentResult } from '../../server/src/protocol';
import { CoverageChangedNotification, ExportDocumentRequest } from '../../server/src/protocol';
import { parseCsv } from '../unit/documentReaders';
import { examplesCopy, LspClient } from './lspClient';
import { spelledDate } from '../../server/src/engine/dates';

const AS_OF = '2026-11-22';
const href = (file: string) => pathToFileURL(file).href;

describe('hds/exportDocument over stdio', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  async function start(locale = 'en'): Promise<{ lsp: LspClient; folder: string }> {
    const folder = examplesCopy('hds-export-');
    client = new LspClient();
    await client.initialize([folder], { locale, settings: { asOf: AS_OF } });
    await client.waitFor<CoverageChangedParams>(CoverageChangedNotification.method);
    return { lsp: client, folder };
  }

  it('gives the SoA as CSV in the server’s language, following an open buffer, and as a workbook in base64', async () => {
    const { lsp, folder } = await start('fr');
    const file = path.join(folder, 'soa.hds.yaml');
    const uri = href(file);
    const text = fs.readFileSync(file, 'utf8');
    const justification = /justification: "(Aucun équipement de production[^"]*)"/.exec(text)?.[1];
    assert.ok(justification, 'the example justifies excluding 7.9');
    const edited = text.replace(justification, 'Exclue\u00a0: rien hors des locaux.');
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text: edited } });
    const csv = await lsp.request<ExportDocumentResult | null>(ExportDocumentRequest.method, { uri, kind: 'soa', format: 'csv' });
    assert.ok(csv && !csv.refused, JSON.stringify(csv?.refused));
    assert.equal(csv.fileName, 'hds-soa.csv');
    assert.equal(csv.encoding, 'utf8');
    assert.equal(csv.mediaType, 'text/csv; charset=utf-8');
    assert.equal(csv.errors, 0);
    const records = parseCsv(csv.content);
    assert.equal(records[0][0], 'Mesure');
    assert.equal(records.find((record) => record[0] === '7.9')?.[4], 'Exclue\u00a0: rien hors des locaux.');
    // The server probes evidence as its check does: the file exists in the workspace.
    assert.equal(records.find((record) => record[0] === '5.1')?.[8], 'evidence/pssi.md (trouvée)');

    const workbook = await lsp.request<ExportDocumentResult | null>(ExportDocumentRequest.method, { uri, kind: 'soa', locale: 'en' });
    assert.ok(workbook && !workbook.refused);
    assert.equal(workbook.fileName, 'hds-soa.xlsx');
    assert.equal(workbook.encoding, 'base64');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(workbook.content, 'base64') as unknown as Parameters<typeof book.xlsx.load>[0]);
    assert.equal(book.worksheets[0].name, 'Statement of Applicability');
    assert.equal(String(book.worksheets[0].getCell('A1').value), workbook.title);
  });

  it('refuses a declaration with errors, naming the first; with force the document carries the DRAFT banner', async () => {
    const { lsp, folder } = await start();
    const uri = href(path.join(folder, 'broken', 'declaration.hds.yaml'));
    const refused = await lsp.request<ExportDocumentResult | null>(ExportDocumentRequest.method, { uri, kind: 'guarantees', format: 'md' });
    assert.ok(refused?.refused, 'refused');
    assert.deepEqual(Object.keys(refused), ['refused'], 'a refusal carries no document');
    assert.ok(refused.refused.count > 20);
    assert.equal(refused.refused.errors.length, 20);
    assert.match(refused.refused.errors[0].uri, /\/broken\/conflict\.hds\.yaml$/);
    assert.deepEqual([refused.refused.errors[0].line, refused.refused.errors[0].column, refused.refused.errors[0].code], [2, 1, 'conflicting-definition']);

    const forced = await lsp.request<ExportDocumentResult | null>(ExportDocumentRequest.method, { uri, kind: 'guarantees', format: 'md', force: true });
    assert.ok(forced && !forced.refused);
    assert.equal(forced.errors, refused.refused.count);
    const { count, undecided } = refused.refused;
    assert.ok(undecided > 0, 'the broken example leaves answers undecided');
    assert.ok(forced.content.startsWith(`> **DRAFT — the declaration has ${count - undecided} errors and ${undecided} undecided ${undecided === 1 ? 'answer' : 'answers'} on ${spelledDate(AS_OF).en}: not a document to hand out.**`), forced.content.slice(0, 300));
  });

  it('an undecided SoA entry is not decided: an error, out of the code lens count, and the export refused', async () => {
    const { lsp, folder } = await start();
    const file = path.join(folder, 'soa.hds.yaml');
    const uri = href(file);
    const text = fs.readFileSync(file, 'utf8').replace('{ control: "5.1", applicable: true,', '{ control: "5.1", applicable: TODO,');
    const since = lsp.notifications.length;
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text } });
    const published = await lsp.waitFor<{ uri: string; diagnostics: { code: string; severity: number; message: string }[] }>('textDocument/publishDiagnostics', (params) => params.uri === uri && params.diagnostics.length > 0, 10_000, since);
    assert.deepEqual(published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]), [['missing-key', 1]]);
    assert.match(published.diagnostics[0].message, /^Control 5\.1 \(Policies for information security\) is not decided yet/);
    const lenses = await lsp.request<{ command?: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses.map((lens) => lens.command?.title), ['92/93 Annex A controls decided']);
    for (const kind of ['soa', 'risks', 'guarantees', 'transfers-page']) {
      const refused = await lsp.request<ExportDocumentResult | null>(ExportDocumentRequest.method, { uri, kind });
      assert.ok(refused?.refused, `${kind} refused`);
      assert.deepEqual([refused.refused.count, refused.refused.undecided, refused.refused.errors.map((error) => [error.code, error.line])], [1, 0, [['missing-key', 5]]]);
    }
  });

  it('answers null for unknown kinds and formats and files outside every declaration', async () => {
    const { lsp, folder } = await start();
    const uri = href(path.join(folder, 'declaration.hds.yaml'));
    for (const params of [{ uri, kind: 'nope' }, { uri, kind: 'transfers-page', format: 'md' }, { uri, kind: 'soa', format: 42 }, { uri: href(path.join(folder, 'nowhere', 'x.hds.yaml')), kind: 'soa' }, {}, null]) {
      assert.equal(await lsp.request<ExportDocumentResult | null>(ExportDocumentRequest.method, params), null, JSON.stringify(params));
    }
  });

  it('answers a cancelled export with "cancelled" or its result, and keeps answering', async () => {
    const { lsp, folder } = await start();
    const uri = href(path.join(folder, 'declaration.hds.yaml'));
    const outcomes: string[] = [];
    const pending: Promise<void>[] = [];
    for (let i = 0; i < 5; i++) {
      const id = lsp.nextRequestId;
      const request = lsp.request(ExportDocumentRequest.method, { uri, kind: 'risks' });
      lsp.notify('$/cancelRequest', { id });
      pending.push(request.then(() => void outcomes.push('answered'), (error: Error) => void outcomes.push(/cancel/i.test(error.message) ? 'cancelled' : `failed: ${error.message}`)));
    }
    await Promise.all(pending);
    assert.deepEqual(outcomes.filter((outcome) => outcome !== 'answered' && outcome !== 'cancelled'), []);
    const after = await lsp.request<ExportDocumentResult | null>(ExportDocumentRequest.method, { uri, kind: 'transfers-page' });
    assert.ok(after && !after.refused);
    assert.equal(after.fileName, 'hds-transfers-page.html');
  });
});
