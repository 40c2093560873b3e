// hds-check export guarantees|transfers-page: the HTML parsed back (tables, cells, text), the
// Markdown table, escaping, French headers, the refusal and the DRAFT banner of --force.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { markdownCell } from '../../../server/src/documents/markdown';
import { copyExamples, runCli } from './cliHarness';
import { tablesOf, textOf } from '../documentReaders';

/** What a standalone, print-ready page must be: one document, its language, nothing fetched or run. */
function assertStandalone(html: string, lang: string): void {
  assert.match(html, /^<!DOCTYPE html>\n<html lang="(en|fr)">/);
  assert.equal(/<html lang="([a-z]+)">/.exec(html)![1], lang);
  assert.match(html, /<meta charset="utf-8">/);
  assert.doesNotMatch(html, /<script|<link|<img|<iframe|src=|href=|url\(|@import|\son[a-z]+=/i);
  assert.match(html, /@media print/);
}

const headingsOf = (html: string) => [...html.matchAll(/<h[12]>([\s\S]*?)<\/h[12]>/g)].map(([, heading]) => textOf(heading));

describe('hds-check export guarantees and transfers-page', function () {
  this.timeout(60_000);
  let folder: string;
  before(() => {
    folder = copyExamples();
  });

  it('guarantees as HTML: one row per actor, the host first, the supervised subcontractor absent, every answer', async () => {
    const ran = await runCli(['export', 'guarantees', '.'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    assertStandalone(ran.stdout, 'en');
    assert.deepEqual(headingsOf(ran.stdout), ['Presentation of guarantees — Exemple Santé SAS', 'Actors', 'Storage locations']);
    const [actors, storage] = tablesOf(ran.stdout);
    assert.deepEqual(actors[0], ['Actor', 'Role', 'HDS certificate', 'SecNumCloud qualification', 'Activities performed', 'Access from outside the EEA (EXI-29)', 'Exposure to non-European law (EXI-30)']);
    assert.deepEqual(actors.slice(1).map((row) => row[0]), ['Exemple Santé SAS (host)', 'Datacentre Nord SAS (dc-nord)', 'Coffre-Fort Numérique GmbH (coffre-fort)', 'Base Solutions Inc. (support-sgbd)']);
    assert.ok(!ran.stdout.includes('Astreinte Ops'), 'the subcontractor under the host’s supervision has no row');
    const [host, dcNord, , vendor] = actors.slice(1);
    assert.equal(host[1], 'Host');
    assert.equal(host[2], 'HDS-2025-0117\nissued by LSTI\ncovers: 3. Virtual infrastructure, 4. Application hosting platform, 5. Administration and operation of the information system, 6. Health data backup\nvalid until 2 February 2028');
    assert.equal(host[3], 'no');
    assert.equal(host[5], 'Tunisia (TN): Standard contractual clauses (GDPR art. 46(2)(c)) — Level-1 support by Exemple Santé Tunisie, the group\'s own team in Tunis');
    assert.match(host[6], /^US CLOUD Act, through the parent company Exemple Health Inc\. \(Delaware\) — mitigations: Exemple Santé SAS alone operates/);
    assert.deepEqual(dcNord.slice(1), ['Colocation of racks and supply of dedicated servers', dcNord[2], 'no', '1. Physical sites, 2. Hardware infrastructure', 'none', 'none']);
    assert.match(dcNord[2], /^HDS-2024-0042\nissued by AFNOR Certification\n/);
    assert.equal(vendor[2], 'no HDS certificate');
    assert.equal(vendor[4], 'no HDS activity');
    assert.equal(vendor[5], 'Switzerland (CH): Adequacy decision (GDPR art. 45) — Level-3 support from the Geneva team\nUnited States (US): Standard contractual clauses (GDPR art. 46(2)(c)) — Escalation to the product team');
    assert.match(vendor[6], /^US CLOUD Act — mitigations: Sessions opened on request/);
    assert.deepEqual(storage, [
      ['Site', 'Country', 'In the EEA', 'Operator', 'Activities'],
      ['lille-1', 'France (FR)', 'yes', 'Datacentre Nord SAS (dc-nord)', '—'],
      ['lille-2', 'France (FR)', 'yes', 'Datacentre Nord SAS (dc-nord)', '—'],
      ['francfort-1', 'Germany (DE)', 'yes', 'Coffre-Fort Numérique GmbH (coffre-fort)', '6. Health data backup'],
      ['saint-denis-1', 'La Réunion (RE)', 'yes', 'Datacentre Nord SAS (dc-nord)', '6. Health data backup'],
    ]);
  });

  it('guarantees in French: French headers, answers and dates, lang="fr"', async () => {
    const ran = await runCli(['export', 'guarantees', '.', '--lang', 'fr', '--output', 'garanties.html'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    const html = fs.readFileSync(path.join(folder, 'garanties.html'), 'utf8');
    assertStandalone(html, 'fr');
    const [actors, storage] = tablesOf(html);
    assert.deepEqual(actors[0], ['Acteur', 'Rôle', 'Certificat HDS', 'Qualification SecNumCloud', 'Activités réalisées', 'Accès depuis l’extérieur de l’EEE (EXI-29)', 'Exposition à des lois non européennes (EXI-30)']);
    assert.deepEqual(storage[0], ['Site', 'Pays', 'Dans l’EEE', 'Opérateur', 'Activités']);
    assert.equal(actors[1][0], 'Exemple Santé SAS (hébergeur)');
    assert.match(actors[1][2], /\nvalable jusqu’au 2\u00a0février 2028$/);
    assert.equal(actors[2][5], 'aucun');
    assert.equal(actors[2][6], 'aucune');
    assert.match(actors[4][5], /^Suisse \(CH\)\u00a0: Décision d’adéquation \(RGPD art\. 45\)/);
  });

  it('guarantees as Markdown: one table row per actor, cells escaped', async () => {
    const ran = await runCli(['export', 'guarantees', '.', '--format', 'md'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    const lines = ran.stdout.split('\n');
    const header = lines.indexOf('## Actors');
    const table = lines.slice(header + 2, lines.indexOf('', header + 2));
    assert.equal(table[0], '| Actor | Role | HDS certificate | SecNumCloud qualification | Activities performed | Access from outside the EEA (EXI-29) | Exposure to non-European law (EXI-30) |');
    assert.equal(table[1], '| --- | --- | --- | --- | --- | --- | --- |');
    assert.deepEqual(table.slice(2).map((row) => row.split(' | ')[0]), ['| Exemple Santé SAS (host)', '| Datacentre Nord SAS (dc-nord)', '| Coffre-Fort Numérique GmbH (coffre-fort)', '| Base Solutions Inc. (support-sgbd)']);
    for (const row of table) assert.equal(row.replace(/\\\|/g, '').split('|').length, 9, row);
    assert.equal(markdownCell('a | b\nc <d> & e'), 'a \\| b<br>c &lt;d&gt; &amp; e');
  });

  it('escapes every text: a < in a name shows as text', async () => {
    const copy = copyExamples();
    const file = path.join(copy, 'subcontractors.hds.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('name: Datacentre Nord SAS', 'name: "Datacentre <b>Nord</b> & \\"Co\\""'));
    const ran = await runCli(['export', 'guarantees', '.'], copy);
    assert.equal(ran.code, 0, ran.stderr);
    assert.ok(!ran.stdout.includes('<b>'), 'no markup from the declaration');
    assert.ok(ran.stdout.includes('Datacentre &lt;b&gt;Nord&lt;/b&gt; &amp; &quot;Co&quot; (dc-nord)'));
    const [actors, storage] = tablesOf(ran.stdout);
    assert.equal(actors[2][0], 'Datacentre <b>Nord</b> & "Co" (dc-nord)');
    assert.equal(storage[1][3], 'Datacentre <b>Nord</b> & "Co" (dc-nord)');
    const markdown = await runCli(['export', 'guarantees', '.', '--format', 'md'], copy);
    assert.ok(markdown.stdout.includes('| Datacentre &lt;b&gt;Nord&lt;/b&gt; &amp; "Co" (dc-nord) |'));
  });

  it('transfers-page: each access and storage outside the EEA, with its basis and GDPR article', async () => {
    const ran = await runCli(['export', 'transfers-page', '.'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    assertStandalone(ran.stdout, 'en');
    const [transfers] = tablesOf(ran.stdout);
    assert.deepEqual(transfers, [
      ['Actor', 'Country', 'In the EEA', 'Transfer', 'Legal basis (GDPR)', 'Purpose'],
      ['Exemple Santé SAS (host)', 'Tunisia (TN)', 'no', 'remote access', 'Standard contractual clauses (GDPR art. 46(2)(c))', 'Level-1 support by Exemple Santé Tunisie, the group\'s own team in Tunis'],
      ['Base Solutions Inc. (support-sgbd)', 'Switzerland (CH)', 'no', 'remote access', 'Adequacy decision (GDPR art. 45)', 'Level-3 support from the Geneva team'],
      ['Base Solutions Inc. (support-sgbd)', 'United States (US)', 'no', 'remote access', 'Standard contractual clauses (GDPR art. 46(2)(c))', 'Escalation to the product team'],
    ]);
    assert.ok(!ran.stdout.includes('only in the European Economic Area'));
    const french = await runCli(['export', 'transfers-page', '.', '--lang', 'fr'], folder);
    assertStandalone(french.stdout, 'fr');
    assert.deepEqual(tablesOf(french.stdout)[0][0], ['Acteur', 'Pays', 'Dans l’EEE', 'Transfert', 'Base légale (RGPD)', 'Finalité']);
  });

  it('transfers-page of a declaration with everything in the EEA: the no-transfer statement', async () => {
    const copy = copyExamples();
    const main = path.join(copy, 'declaration.hds.yaml');
    fs.writeFileSync(main, fs.readFileSync(main, 'utf8').replace(/ {2}remote_access:[^\n]*\n(?: {4}[^\n]*\n)+/, '  remote_access: none\n'));
    const subcontractors = path.join(copy, 'subcontractors.hds.yaml');
    fs.writeFileSync(subcontractors, fs.readFileSync(subcontractors, 'utf8').replace(/ {4}remote_access:\n(?: {6}[^\n]*\n| {10}[^\n]*\n)+/, '    remote_access: none\n'));
    const ran = await runCli(['export', 'transfers-page', '.'], copy);
    assert.equal(ran.code, 0, ran.stderr);
    assertStandalone(ran.stdout, 'en');
    assert.deepEqual(tablesOf(ran.stdout), []);
    assert.ok(ran.stdout.includes('<p>Exemple Santé SAS stores health data only in the European Economic Area, and no one accesses it from outside the European Economic Area.</p>'));
    const french = await runCli(['export', 'transfers-page', '.', '--lang', 'fr'], copy);
    assert.ok(french.stdout.includes('<p>Exemple Santé SAS stocke les données de santé uniquement dans l’Espace économique européen, et personne n’y accède depuis l’extérieur de l’Espace économique européen.</p>'));
    const guarantees = tablesOf((await runCli(['export', 'guarantees', '.'], copy)).stdout)[0];
    assert.deepEqual(guarantees.slice(1).map((row) => row[5]), ['none', 'none', 'none', 'none']);
  });

  it('refuses a declaration with errors; --force gives a red DRAFT banner; formats per kind', async () => {
    const refused = await runCli(['export', 'guarantees', 'broken'], folder);
    assert.equal(refused.code, 1);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /^hds-check: not exported: the declaration has \d+ errors( and \d+ undecided answers?)?\./);
    for (const kind of ['guarantees', 'transfers-page']) {
      const forced = await runCli(['export', kind, 'broken', '--force', '--as-of', '2026-11-22'], folder);
      assert.equal(forced.code, 0, forced.stderr);
      assertStandalone(forced.stdout, 'en');
      assert.match(forced.stdout, /<body>\n<p class="draft" role="alert">DRAFT — the declaration has \d+ errors( and \d+ undecided answers?)? on 22 November 2026: not a document to hand out\.<\/p>\n<h1>/);
      assert.match(forced.stdout, /\.draft\{background:#c00000;color:#fff/);
    }
    const markdown = await runCli(['export', 'guarantees', 'broken', '--force', '--format', 'md', '--lang', 'fr'], folder);
    assert.match(markdown.stdout, /^> \*\*BROUILLON — la déclaration comporte \d+\u00a0erreurs et \d+\u00a0réponses en suspens au /);
    const wrong = await runCli(['export', 'transfers-page', '.', '--format', 'md'], folder);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /^hds-check: export transfers-page takes --format html, not “md”/);
    const workbook = await runCli(['export', 'soa', '.', '--format', 'html'], folder);
    assert.equal(workbook.code, 2);
    assert.match(workbook.stderr, /^hds-check: export soa takes --format xlsx or csv, not “html”/);
  });
});
