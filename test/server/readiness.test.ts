// The Requirements view's data, with hds/coverage, on the bundled server over stdio: the chapters,
// EXI-01 to EXI-31 with their state and where a click leads, the figures, and how they follow an edit.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CoverageChangedParams, CoverageResult, RequirementItem } from '../../server/src/protocol';
import { CoverageChangedNotification, CoverageRequest } from '../../server/src/protocol';
import { examplesCopy, LspClient } from './lspClient';

const AS_OF = '2026-11-22';
const href = (file: string) => pathToFileURL(file).href;
const items = (result: CoverageResult, index = 0): RequirementItem[] => result.declarations[index].readiness.chapters.flatMap((chapter) => chapter.requirements);

describe('Requirements view data over stdio', function () {
  this.timeout(30_000);
  let client: LspClient | undefined;
  afterEach(async () => {
    await client?.shutdown();
    client = undefined;
  });

  async function start(folder: string, locale = 'en'): Promise<LspClient> {
    client = new LspClient();
    await client.initialize([folder], { locale, settings: { asOf: AS_OF } });
    await client.waitFor<CoverageChangedParams>(CoverageChangedNotification.method);
    return client;
  }

  it('gives each declaration its chapters, EXI-01 to EXI-31 with their state, the figures and where a click leads', async () => {
    const folder = examplesCopy('hds-readiness-');
    const lsp = await start(folder);
    const result = await lsp.request<CoverageResult>(CoverageRequest.method, {});
    const [clean, broken] = result.declarations;
    assert.deepEqual(clean.readiness.chapters.map((chapter) => `${chapter.label} · ${chapter.description}`), [
      'Chapter 4 — Certification requirements · 1/1 answered',
      'Chapter 5 — ISMS requirements supplementing ISO/IEC 27001 · 15/15 answered',
      'Chapter 6 — Hosting contract requirements · 11/11 answered',
      'Chapter 7 — Data sovereignty requirements · 4/4 answered',
    ]);
    assert.deepEqual(items(result).map((item) => item.id), Array.from({ length: 31 }, (_, index) => `EXI-${String(index + 1).padStart(2, '0')}`));
    // The server probes the evidence files, as the check does: all ten are found.
    assert.deepEqual(clean.readiness.figures, {
      requirements: { total: 31, answered: 31, failing: 0, unanswered: 0 },
      soa: { decided: 93, total: 93 },
      risks: { assessed: 13, total: 13 },
      evidence: { found: 7, missing: 0 },
      findings: { open: 1, overdue: 0 },
    });
    assert.equal(clean.readiness.line, 'Requirements 31/31 · SoA 93/93 · risks 13/13 · evidence 7/7 · findings 1 open, 0 overdue');
    const answer = items(result).find((item) => item.id === 'EXI-11')!;
    assert.equal(answer.state, 'answered');
    assert.equal(answer.location!.uri, href(path.join(folder, 'declaration.hds.yaml')));
    assert.match(fs.readFileSync(path.join(folder, 'declaration.hds.yaml'), 'utf8').split('\n')[answer.location!.range.start.line], /^ {2}EXI-11:/);

    const failing = items(result, 1).find((item) => item.id === 'EXI-07')!;
    assert.deepEqual([failing.state, failing.severity], ['failing', 'error']);
    assert.equal(failing.location!.uri, href(path.join(folder, 'broken', 'requirements.hds.yaml')));
    assert.match(fs.readFileSync(path.join(folder, 'broken', 'requirements.hds.yaml'), 'utf8').split('\n')[failing.location!.range.start.line], /EXI-07: \{ status: not-met/);
    assert.equal(items(result, 1).find((item) => item.id === 'EXI-16')!.state, 'unanswered');
    assert.equal(broken.readiness.figures.evidence.missing, 2);
  });

  it('speaks French when the editor does', async () => {
    const lsp = await start(examplesCopy('hds-readiness-'), 'fr');
    const result = await lsp.request<CoverageResult>(CoverageRequest.method, {});
    assert.equal(result.declarations[0].readiness.chapters[0].label, 'Chapitre 4 — Exigences de certification');
    assert.equal(items(result)[0].description, 'vérifiée par les règles');
    assert.match(result.declarations[0].readiness.tooltip, /^Exigences satisfaites\u00a0: 31\/31/);
  });

  it('follows the buffer: a requirement the register stops answering becomes unanswered', async () => {
    const folder = examplesCopy('hds-readiness-');
    const lsp = await start(folder);
    const file = path.join(folder, 'declaration.hds.yaml');
    const uri = href(file);
    const text = fs.readFileSync(file, 'utf8');
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text } });
    await lsp.waitFor<CoverageChangedParams>(CoverageChangedNotification.method, (params) => params.roots.includes(href(folder)), 10_000, lsp.notifications.length);
    const since = lsp.notifications.length;
    const edited = text.replace(/( {2}EXI-13:\n {4}status: )met/, '$1TODO');
    assert.notEqual(edited, text);
    lsp.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    await lsp.waitFor<CoverageChangedParams>(CoverageChangedNotification.method, (params) => params.roots.includes(href(folder)), 10_000, since);
    const result = await lsp.request<CoverageResult>(CoverageRequest.method, { uri });
    const item = items(result).find((candidate) => candidate.id === 'EXI-13')!;
    assert.equal(item.state, 'unanswered');
    assert.equal(item.location!.range.start.line, edited.split('\n').findIndex((line) => line === '    status: TODO' ) );
    assert.equal(result.declarations[0].readiness.figures.requirements.answered, 30);
  });
});
