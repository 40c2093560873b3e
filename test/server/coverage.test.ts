// Request `hds/coverage` and notification `hds/coverageChanged`, on the bundled server over stdio.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CoverageChangedParams, CoverageResult } from '../../server/src/protocol';
import { CoverageChangedNotification, CoverageRequest } from '../../server/src/protocol';
import { examplesCopy, LspClient, temporaryFolder } from './lspClient';

const AS_OF = '2026-11-22';

const copyExamples = () => examplesCopy('hds-coverage-');

const href = (file: string) => pathToFileURL(file).href;

describe('hds/coverage over stdio', function () {
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

  it('answers with every declaration of the workspace, its activities, risk events and subcontractors', async () => {
    const folder = copyExamples();
    const lsp = await start(folder);
    const result = await lsp.request<CoverageResult>(CoverageRequest.method, {});
    assert.equal(result.locale, 'en');
    assert.equal(result.today, AS_OF);
    assert.deepEqual(result.declarations.map((declaration) => declaration.root), [href(folder), href(path.join(folder, 'broken')), href(path.join(folder, 'broken', 'missing-sections'))]);

    const [clean, broken] = result.declarations;
    assert.equal(clean.name, 'Exemple Santé SAS');
    assert.deepEqual(clean.uris, ['declaration', 'risks', 'soa', 'subcontractors'].map((name) => href(path.join(folder, `${name}.hds.yaml`))));
    assert.deepEqual(clean.activities.map((activity) => `${activity.number} ${activity.state}`), ['1 covered', '2 covered', '3 covered', '4 covered', '5 covered', '6 covered']);
    assert.equal(clean.riskEventsCovered, 13);
    assert.deepEqual(clean.subcontractors.map((subcontractor) => subcontractor.id), ['dc-nord', 'coffre-fort', 'support-sgbd', 'astreinte-ops']);
    assert.deepEqual(clean.counts, { errors: 0, warnings: 0, information: 0, hints: 0, accepted: 0 });
    assert.equal(clean.summary.label, '6/6 · no errors');
    // Locations are LSP locations in the workspace's files.
    const physical = clean.activities[0].location!;
    assert.equal(physical.uri, href(path.join(folder, 'declaration.hds.yaml')));
    const line = fs.readFileSync(path.join(folder, 'declaration.hds.yaml'), 'utf8').split('\n')[physical.range.start.line];
    assert.match(line, /^\s+physical-sites:/);

    assert.ok(broken.counts.errors > 0);
    assert.equal(broken.activitiesCovered, 0);
    assert.deepEqual(broken.riskEvents.filter((event) => event.covered).map((event) => event.id), ['A', 'G']);
    assert.equal(result.summary.errors, result.declarations.reduce((total, declaration) => total + declaration.counts.errors, 0));
    const decided = result.declarations.reduce((total, declaration) => total + declaration.soa.decided, 0);
    assert.equal(result.summary.label, `6/${6 + broken.activitiesInScope + result.declarations[2].activitiesInScope} · SoA ${decided}/279 decided · ${result.summary.errors} errors · 1 accepted`);
    assert.equal(result.summary.accepted, 1);
  });

  it('answers for the declaration of one file when given its uri, in French when the editor is', async () => {
    const folder = copyExamples();
    const lsp = await start(folder, 'fr');
    const result = await lsp.request<CoverageResult>(CoverageRequest.method, { uri: href(path.join(folder, 'broken', 'risks.hds.yaml')) });
    assert.equal(result.locale, 'fr');
    assert.deepEqual(result.declarations.map((declaration) => declaration.root), [href(path.join(folder, 'broken'))]);
    const [broken] = result.declarations;
    assert.equal(broken.activities[0].label, '1. Sites physiques');
    assert.equal(broken.riskEvents[1].description, 'Aucun risque ne le couvre');
    assert.match(broken.summary.label, /^0\/6 · DdA \d+\/93 tranchées · \d+\u00a0erreurs · 1\u00a0accepté$/);
    // The certification calendar comes with the coverage, overdue first, with its status bar line.
    assert.deepEqual(broken.calendar.slice(0, 3).map((item) => [item.kind, item.state, item.short]), [['audit-finding', 'overdue', 'Lever «\u00a0NC-1\u00a0»'], ['surveillance-audit', 'overdue', 'Audit de surveillance (année 1)'], ['surveillance-audit', 'overdue', 'Audit de surveillance (année 2)']]);
    // Overdue: the certificates' dates, the ISMS cycle's and the audit findings'.
    assert.equal(broken.calendarSummary.label, '11 en retard · 1\u00a0exception terminée · Certificat de «\u00a0dc-sud1\u00a0» dans 54\u00a0j');
    assert.equal(broken.calendar[0].location.uri, href(path.join(folder, 'broken', 'declaration.hds.yaml')));
    const none = await lsp.request<CoverageResult>(CoverageRequest.method, { uri: href(path.join(folder, 'nowhere.hds.yaml')) });
    assert.deepEqual(none.declarations, []);
  });

  it('announces re-checks once per burst of edits, and the coverage follows the buffer', async () => {
    const folder = copyExamples();
    const lsp = await start(folder);
    const file = path.join(folder, 'risks.hds.yaml');
    const uri = href(file);
    const text = fs.readFileSync(file, 'utf8');
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text } });
    await lsp.waitFor<CoverageChangedParams>(CoverageChangedNotification.method, (params) => params.roots.includes(href(folder)), 10_000, lsp.notifications.length);

    // Ten keystrokes in a burst (each its own message, closer together than the server's shortest
    // typing pause of 50 ms even on a loaded machine), the last one dropping the only risk for event G.
    const since = lsp.notifications.length;
    const withoutG = text.replace(/scenario: G\b/, 'scenario: A');
    assert.notEqual(withoutG, text);
    const started = Date.now();
    for (let version = 2; version <= 11; version++) {
      lsp.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: version === 11 ? withoutG : `${text}\n${'#'.repeat(version)}` }] });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const typed = Date.now();
    await lsp.waitFor<CoverageChangedParams>(CoverageChangedNotification.method, (params) => params.roots.includes(href(folder)), 10_000, since);
    const announcedAfter = Date.now() - typed;
    const result = await lsp.request<CoverageResult>(CoverageRequest.method, { uri });
    assert.deepEqual(result.declarations[0].riskEvents.filter((event) => !event.covered).map((event) => event.id), ['G']);
    assert.equal(result.declarations[0].counts.errors, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const announcements = lsp.notifications.slice(since).filter((message) => message.method === CoverageChangedNotification.method);
    assert.equal(announcements.length, 1, `one notification for the burst of ${typed - started} ms`);
    // The server waits for a pause in typing (50 ms here), then announces within 20 ms; a loaded
    // machine may be slower, so the bound is loose and the figure is only logged.
    assert.ok(announcedAfter < 2000, `announced ${announcedAfter} ms after the last keystroke`);
    if (process.env.HDS_VERBOSE) console.log(`coverageChanged ${announcedAfter} ms after the last keystroke`);
  });

  it('answers with no declaration for an empty workspace, and survives odd parameters', async () => {
    const folder = temporaryFolder('hds-coverage-empty-');
    const lsp = new LspClient();
    client = lsp;
    await lsp.initialize([folder], { settings: { asOf: AS_OF } });
    for (const params of [{}, null, { uri: 42 }, { uri: 'not a uri' }]) {
      const result: CoverageResult = await lsp.request<CoverageResult>(CoverageRequest.method, params);
      assert.deepEqual(result.declarations, []);
      assert.equal(result.summary.label, '0/0 · no errors');
    }
  });
});
