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

  it('guarantees as HTML: one row per actor by its display name, the host first, the supervised subcontractor last and exempt, every answer', async () => {
    const ran = await runCli(['export', 'guarantees', '.'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    assertStandalone(ran.stdout, 'en');
    assert.deepEqual(headingsOf(ran.stdout), ['Presentation of guarantees — Exemple Santé SAS', 'Actors', 'Storage locations']);
    const [actors, storage] = tablesOf(ran.stdout);
    assert.deepEqual(actors[0], ['Actor’s legal name\n(Raison sociale de l’acteur)', 'Role in the hosting service\n(Rôle dans le cadre de la prestation d’hébergement)', 'HDS certified\n(Certifié HDS)', 'SecNumCloud 3.2 qualified\n(Qualifié SecNumCloud 3.2)', 'Hosting activities the actor performs\n(Activités d’hébergement sur lesquelles l’acteur intervient)', 'Requirement no. 29 of the HDS referential (access from outside the EEA)\n(Exigence n°\u00a029 du référentiel HDS)', 'Requirement no. 30 of the HDS referential (non-European laws)\n(Exigence n°\u00a030 du référentiel HDS)']);
    assert.deepEqual(actors.slice(1).map((row) => row[0]), ['Exemple Santé SAS', 'Datacentre Nord SAS', 'Coffre-Fort Numérique GmbH', 'Base Solutions Inc.', 'Astreinte Ops SARL']);
    for (const id of ['dc-nord', 'coffre-fort', 'support-sgbd', 'astreinte-ops']) assert.ok(!ran.stdout.includes(id), `no internal id: ${id}`);
    const [host, dcNord, , vendor, supervised] = actors.slice(1);
    assert.equal(host[1], 'Host');
    assert.equal(host[2], 'Yes: HDS-2025-0117\nissued by LSTI\ncovers: 3. Virtual infrastructure, 4. Application hosting platform, 5. Administration and operation of the information system, 6. Health data backup\nvalid until 2 February 2028');
    assert.equal(host[3], 'no');
    assert.equal(host[5], 'Tunisia (TN): Standard contractual clauses (GDPR art. 46(2)(c)) — Level-1 support by Exemple Santé Tunisie, the group\'s own team in Tunis\ncustomer informed: Contrat d\'hébergement, art. 8.4 (accès depuis la Tunisie)');
    assert.match(host[6], /^Law: US CLOUD Act, through the parent company Exemple Health Inc\. \(Delaware\)\nMitigations: Exemple Santé SAS alone operates[^\n]*\nResidual risks: A US order addressed to the parent company[^\n]*\nCustomer informed: Contrat d'hébergement, art\. 8\.5 et annexe 5$/);
    assert.deepEqual(dcNord.slice(1), ['Subcontractor: Colocation of racks and supply of dedicated servers', dcNord[2], 'no', '1. Physical sites, 2. Hardware infrastructure', 'none', 'none']);
    assert.match(dcNord[2], /^Yes: HDS-2024-0042\nissued by AFNOR Certification\n/);
    assert.equal(vendor[2], 'No: no HDS certificate');
    assert.equal(vendor[4], 'no HDS activity');
    // The access without a clause of its own is told by the contract's EXI-29 clause.
    assert.equal(vendor[5], 'Switzerland (CH): Adequacy decision (GDPR art. 45) — Level-3 support from the Geneva team\ncustomer informed: Contrat d\'hébergement, art. 8.4 (accès à distance depuis la Tunisie, la Suisse et les États-Unis)\n\nUnited States (US): Standard contractual clauses (GDPR art. 46(2)(c)) — Escalation to the product team\ncustomer informed: Contrat d\'hébergement, art. 8.4 et annexe 5');
    assert.match(vendor[6], /^Law: US CLOUD Act\nMitigations: Sessions opened on request/);
    assert.deepEqual(supervised.slice(2), ['Exempt: acts under the host’s security policy and supervision, within its certified scope', 'no', '5. Administration and operation of the information system', 'none', 'none']);
    assert.deepEqual(storage, [
      ['Site', 'Country', 'In the EEA', 'Operator', 'Activities'],
      ['lille-1', 'France (FR)', 'yes', 'Datacentre Nord SAS', '—'],
      ['lille-2', 'France (FR)', 'yes', 'Datacentre Nord SAS', '—'],
      ['francfort-1', 'Germany (DE)', 'yes', 'Coffre-Fort Numérique GmbH', '6. Health data backup'],
      ['saint-denis-1', 'La Réunion (RE)', 'yes', 'Datacentre Nord SAS', '6. Health data backup'],
    ]);
  });

  it('guarantees in French: the referential’s headings, answers and dates, lang="fr"', async () => {
    const ran = await runCli(['export', 'guarantees', '.', '--lang', 'fr', '--output', 'garanties.html'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    const html = fs.readFileSync(path.join(folder, 'garanties.html'), 'utf8');
    assertStandalone(html, 'fr');
    const [actors, storage] = tablesOf(html);
    assert.deepEqual(actors[0], ['Raison sociale de l’acteur', 'Rôle dans le cadre de la prestation d’hébergement', 'Certifié HDS', 'Qualifié SecNumCloud 3.2', 'Activités d’hébergement sur lesquelles l’acteur intervient', 'Exigence n°\u00a029 du référentiel HDS', 'Exigence n°\u00a030 du référentiel HDS']);
    assert.deepEqual(storage[0], ['Site', 'Pays', 'Dans l’EEE', 'Opérateur', 'Activités']);
    assert.deepEqual(actors[1].slice(0, 2), ['Exemple Santé SAS', 'Hébergeur']);
    assert.match(actors[5][2], /^Exempté\u00a0: /);
    assert.match(actors[1][6], /^Loi\u00a0: US CLOUD Act[^\n]*\nMesures d’atténuation\u00a0: [^\n]+\nRisques résiduels\u00a0: [^\n]+\nClient informé\u00a0: Contrat d'hébergement, art\. 8\.5 et annexe 5$/);
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
    assert.equal(table[0], '| Actor’s legal name<br>(Raison sociale de l’acteur) | Role in the hosting service<br>(Rôle dans le cadre de la prestation d’hébergement) | HDS certified<br>(Certifié HDS) | SecNumCloud 3.2 qualified<br>(Qualifié SecNumCloud 3.2) | Hosting activities the actor performs<br>(Activités d’hébergement sur lesquelles l’acteur intervient) | Requirement no. 29 of the HDS referential (access from outside the EEA)<br>(Exigence n°\u00a029 du référentiel HDS) | Requirement no. 30 of the HDS referential (non-European laws)<br>(Exigence n°\u00a030 du référentiel HDS) |');
    assert.equal(table[1], '| --- | --- | --- | --- | --- | --- | --- |');
    assert.deepEqual(table.slice(2).map((row) => row.split(' | ')[0]), ['| Exemple Santé SAS', '| Datacentre Nord SAS', '| Coffre-Fort Numérique GmbH', '| Base Solutions Inc.', '| Astreinte Ops SARL']);
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
    assert.ok(ran.stdout.includes('<td>Datacentre &lt;b&gt;Nord&lt;/b&gt; &amp; &quot;Co&quot;</td>'));
    const [actors, storage] = tablesOf(ran.stdout);
    assert.equal(actors[2][0], 'Datacentre <b>Nord</b> & "Co"');
    assert.equal(storage[1][3], 'Datacentre <b>Nord</b> & "Co"');
    const markdown = await runCli(['export', 'guarantees', '.', '--format', 'md'], copy);
    assert.ok(markdown.stdout.includes('| Datacentre &lt;b&gt;Nord&lt;/b&gt; &amp; "Co" |'));
  });

  it('transfers-page: per certified activity, the chapter 8 information and each access outside the EEA, supervised subcontractors included', async () => {
    const ran = await runCli(['export', 'transfers-page', '.'], folder);
    assert.equal(ran.code, 0, ran.stderr);
    assertStandalone(ran.stdout, 'en');
    assert.match(ran.stdout, /<p class="subtitle">[^<]*Last updated on \d+ \w+ \d{4}\.<\/p>/);
    assert.deepEqual(headingsOf(ran.stdout), [
      'Transfers of health data outside the EEA — Exemple Santé SAS',
      'Storage locations',
      ...[3, 4, 5, 6].flatMap((number) => {
        const name = ['Virtual infrastructure', 'Application hosting platform', 'Administration and operation of the information system', 'Health data backup'][number - 3];
        return [`Certified activity ${number}. ${name}`, `Certified activity ${number}. ${name}: transfers outside the EEA`];
      }),
    ]);
    assert.ok(ran.stdout.includes('<p>Health data is stored in: France (FR), Germany (DE), La Réunion (RE).</p>'));
    const tables = tablesOf(ran.stdout);
    assert.equal(tables.length, 8, 'per activity, the chapter 8 table and the transfers table');
    // Administration: the supervised on-call operator takes part, exempt.
    assert.deepEqual(tables[4].slice(1).map((row) => row[0]), ['Exemple Santé SAS', 'Base Solutions Inc.', 'Astreinte Ops SARL']);
    assert.deepEqual(tables[5], [
      ['Actor', 'Country', 'Transfer', 'Legal basis (GDPR)', 'Purpose'],
      ['Exemple Santé SAS', 'Tunisia (TN)', 'remote access', 'Standard contractual clauses (GDPR art. 46(2)(c))', 'Level-1 support by Exemple Santé Tunisie, the group\'s own team in Tunis'],
      ['Base Solutions Inc.', 'Switzerland (CH)', 'remote access', 'Adequacy decision (GDPR art. 45)', 'Level-3 support from the Geneva team'],
      ['Base Solutions Inc.', 'United States (US)', 'remote access', 'Standard contractual clauses (GDPR art. 46(2)(c))', 'Escalation to the product team'],
    ]);
    for (const id of ['dc-nord', 'coffre-fort', 'support-sgbd', 'astreinte-ops']) assert.ok(!ran.stdout.includes(id), `no internal id: ${id}`);
    assert.ok(!ran.stdout.includes('Aucun transfert'));

    // The on-call operator, under the host's supervision, working from Morocco: a transfer of administration.
    const copy = copyExamples();
    const subcontractors = path.join(copy, 'subcontractors.hds.yaml');
    const text = fs.readFileSync(subcontractors, 'utf8');
    const edited = text.replace(/(under_host_supervision: true\n {4})remote_access: none/, '$1remote_access:\n      - { from: MA, basis: scc, purpose: Night on-call from Casablanca, customer_informed: "Contrat, art. 8.4" }');
    assert.notEqual(edited, text);
    fs.writeFileSync(subcontractors, edited);
    const supervised = await runCli(['export', 'transfers-page', '.', '--lang', 'fr'], copy);
    assert.equal(supervised.code, 0, supervised.stderr);
    const french = tablesOf(supervised.stdout);
    assert.deepEqual(french[5][0], ['Acteur', 'Pays', 'Transfert', 'Base légale (RGPD)', 'Finalité']);
    assert.deepEqual(french[5].at(-1), ['Astreinte Ops SARL', 'Maroc (MA)', 'accès à distance', 'Clauses contractuelles types (RGPD art. 46(2)(c))', 'Night on-call from Casablanca']);
    assert.ok(!french[3].some((row) => row[0] === 'Astreinte Ops SARL'), 'not a transfer of the platform, where it takes no part');
  });

  it('transfers-page with no remote access anywhere but a declared CLOUD Act exposure: the chapter 8 information, never “no transfer”', async () => {
    const copy = copyExamples();
    const main = path.join(copy, 'declaration.hds.yaml');
    fs.writeFileSync(main, fs.readFileSync(main, 'utf8').replace(/ {2}remote_access:[^\n]*\n(?: {4}[^\n]*\n)+/, '  remote_access: none\n'));
    const subcontractors = path.join(copy, 'subcontractors.hds.yaml');
    fs.writeFileSync(subcontractors, fs.readFileSync(subcontractors, 'utf8').replace(/ {4}remote_access:\n(?: {6}[^\n]*\n| {10}[^\n]*\n)+/, '    remote_access: none\n'));
    const ran = await runCli(['export', 'transfers-page', '.'], copy);
    assert.equal(ran.code, 0, ran.stderr);
    assertStandalone(ran.stdout, 'en');
    assert.ok(!/no one accesses|Aucun transfert|No transfer/.test(ran.stdout));
    assert.deepEqual(headingsOf(ran.stdout).slice(1), ['Storage locations', 'Certified activity 3. Virtual infrastructure', 'Certified activity 4. Application hosting platform', 'Certified activity 5. Administration and operation of the information system', 'Certified activity 6. Health data backup']);
    const tables = tablesOf(ran.stdout);
    assert.equal(tables.length, 4, 'one chapter 8 table per activity, and no transfers table');
    assert.deepEqual(tables[0][1].slice(0, 2), ['Exemple Santé SAS', 'Host']);
    assert.equal(tables[0][1][5], 'none');
    assert.match(tables[0][1][6], /^Law: US CLOUD Act, through the parent company[^\n]*\nMitigations: [^\n]+\nResidual risks: [^\n]+\nCustomer informed: [^\n]+$/);
    const guarantees = tablesOf((await runCli(['export', 'guarantees', '.'], copy)).stdout)[0];
    assert.deepEqual(guarantees.slice(1).map((row) => row[5]), ['none', 'none', 'none', 'none', 'none']);
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
