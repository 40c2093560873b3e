// Completion on half-typed declarations, in English and French.
import * as assert from 'node:assert/strict';
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { controls, countryCodes } from '../../../server/src/engine/catalog';
import { complete } from '../../../server/src/services/completion';
import { atCursor, example, exampleWith, type AtCursor } from './serviceFixtures';

function itemsAt(at: AtCursor, triggerCharacter?: string): CompletionItem[] {
  return complete({ ...at, triggerCharacter })?.items ?? [];
}
const labels = (items: CompletionItem[]) => items.map((item) => item.label);
const byLabel = (items: CompletionItem[], label: string) => {
  const item = items.find((candidate) => candidate.label === label);
  assert.ok(item, `no ${label} in ${labels(items).slice(0, 20).join(', ')}`);
  return item;
};
const newText = (item: CompletionItem) => (item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : item.insertText);
/** Items in the order the editor shows them before filtering. */
const sorted = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));

describe('completion', () => {
  describe('keys', () => {
    it('offers the keys a risk allows, minus those written, with their description', () => {
      const items = itemsAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    scenario: A\n    tre|\n'));
      assert.ok(!labels(items).includes('id') && !labels(items).includes('scenario'));
      const treatment = byLabel(items, 'treatment');
      assert.equal(treatment.kind, CompletionItemKind.Property);
      assert.equal(newText(treatment), 'treatment: $0');
      assert.equal(treatment.insertTextFormat, InsertTextFormat.Snippet);
      assert.deepEqual(treatment.command?.command, 'editor.action.triggerSuggest');
      assert.match(JSON.stringify(treatment.documentation), /Treatment decision/);
      assert.equal(newText(byLabel(items, 'controls')), 'controls: [$0]');
    });

    it('describes keys in French', () => {
      const items = itemsAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    |\n', { locale: 'fr' }));
      assert.match(JSON.stringify(byLabel(items, 'treatment').documentation), /Décision de traitement/);
    });

    it('offers top-level sections not yet written in the file, objects opening a block', () => {
      const items = itemsAt(atCursor('risks.hds.yaml', 'risks: []\n|\n'));
      assert.ok(!labels(items).includes('risks'));
      assert.equal(newText(byLabel(items, 'organization')), 'organization:\n  $0');
      assert.equal(newText(byLabel(items, 'subcontractors')), 'subcontractors:\n  - $0');
    });

    it('offers the six activities in legal order, with their number', () => {
      const at = atCursor('declaration.hds.yaml', exampleWith('declaration.hds.yaml', '    backup:                 { provided: in-house-and-subcontracted, by: [coffre-fort], sites: [francfort-1, saint-denis-1] }\n', '    |\n'));
      const items = sorted(itemsAt(at));
      assert.deepEqual(labels(items), ['backup']);
      assert.equal(items[0].detail, '6. Health data backup');
    });

    it('offers only the contract clauses EXI-17..27 the declaration lacks', () => {
      const at = atCursor('declaration.hds.yaml', exampleWith('declaration.hds.yaml', '  EXI-21: "Annexe 2 (indicateurs de qualité et de performance)"\n', '  EXI-2|\n'));
      const items = itemsAt(at);
      assert.deepEqual(labels(items), ['EXI-21']);
      assert.equal(newText(items[0]), 'EXI-21: ');
      assert.match(items[0].filterText!, /^EXI-21 /);
    });

    it('offers EXI-28, EXI-29 and EXI-30 under contract too, with their titles', () => {
      const text = example('declaration.hds.yaml').replace(/^ {2}EXI-(28|29|30):.*\n/gm, '').replace('  EXI-27: "Annexe 6 (plan de réversibilité)"\n', '  EXI-27: "Annexe 6 (plan de réversibilité)"\n  EXI-|\n');
      const items = itemsAt(atCursor('declaration.hds.yaml', text));
      assert.deepEqual(labels(items), ['EXI-28', 'EXI-29', 'EXI-30']);
      assert.equal(byLabel(items, 'EXI-29').detail, 'Remote access from outside the EEA');
    });

    it('does not add a colon when the key already has one', () => {
      const items = itemsAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    treat|: reduce\n'));
      assert.equal(newText(byLabel(items, 'treatment')), 'treatment');
    });
  });

  describe('values', () => {
    it('offers the values of an enumeration after `key: `', () => {
      const at = atCursor('declaration.hds.yaml', exampleWith('declaration.hds.yaml', '    backup:                 { provided: in-house-and-subcontracted, by: [coffre-fort], sites: [francfort-1, saint-denis-1] }', '    backup:\n      provided: |'));
      assert.deepEqual(labels(itemsAt(at, ' ')), ['in-house', 'subcontracted', 'in-house-and-subcontracted', 'not-provided']);
    });

    it('offers true and false for booleans and the enumerations of treatment and status', () => {
      assert.deepEqual(labels(itemsAt(atCursor('soa.hds.yaml', 'soa:\n  - control: "5.1"\n    applicable: |\n'))), ['true', 'false']);
      assert.deepEqual(labels(itemsAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    treatment: |\n'))), ['reduce', 'accept', 'avoid', 'transfer']);
      assert.deepEqual(labels(itemsAt(atCursor('soa.hds.yaml', 'soa:\n  - { control: "5.1", applicable: true, status: pl| }\n'))), ['implemented', 'partial', 'planned', 'not-implemented']);
    });

    it('names the legal bases for `basis`', () => {
      const items = itemsAt(atCursor('subcontractors.hds.yaml', exampleWith('subcontractors.hds.yaml', '{ from: US, basis: scc,', '{ from: US, basis: |,'), { locale: 'fr' }));
      assert.deepEqual(labels(items), ['adequacy', 'scc', 'bcr', 'derogation']);
      assert.match(byLabel(items, 'scc').detail!, /Clauses contractuelles types/);
    });

    it('finds 8.24 by its id or its title, quoting it when no quote is open', () => {
      const at = atCursor('soa.hds.yaml', 'soa:\n  - control: "5.1"\n    applicable: true\n  - control: 8.2|\n');
      const items = itemsAt(at);
      assert.equal(items.length, controls.length);
      const crypto = byLabel(items, '8.24');
      assert.equal(newText(crypto), '"8.24"');
      assert.equal(crypto.filterText, '8.24 Use of cryptography');
      assert.ok(crypto.filterText!.startsWith('8.2'));
      assert.ok(/crypto/i.test(crypto.filterText!));
      // Replaces exactly the typed `8.2`.
      assert.deepEqual(crypto.textEdit && 'range' in crypto.textEdit ? crypto.textEdit.range : undefined, { start: { line: 3, character: 13 }, end: { line: 3, character: 16 } });
    });

    it('brings the dash when a list item is typed on a line without one', () => {
      const inList = itemsAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    controls:\n      - "5.1"\n      |\n'));
      assert.equal(newText(byLabel(inList, '8.24')), '- "8.24"');
      assert.ok(!labels(inList).includes('5.1'), 'already in the list');
      const emptyList = itemsAt(atCursor('subcontractors.hds.yaml', 'subcontractors:\n  - id: a\n    storage_countries:\n      |\n'));
      assert.equal(newText(byLabel(emptyList, 'FR')), '- FR');
    });

    it('completes inside an opened quote without adding another', () => {
      const items = itemsAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    controls: ["8.2|"]\n'));
      assert.equal(newText(byLabel(items, '8.24')), '8.24');
      const unclosed = itemsAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    controls:\n      - "8.2|\n'));
      assert.equal(newText(byLabel(unclosed, '8.24')), '8.24"');
    });

    it('puts the SoA’s applicable controls first for a risk and leaves out those it already has', () => {
      const soa = 'soa:\n  - { control: "8.24", applicable: true, status: implemented }\n  - { control: "5.1", applicable: false, justification: n/a }\n';
      const items = sorted(itemsAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    controls: ["5.15", |]\n', { others: { 'soa.hds.yaml': soa } })));
      assert.equal(items[0].label, '8.24');
      assert.match(String(items[0].labelDetails?.description), /applicable · implemented/);
      assert.ok(!labels(items).includes('5.15'));
      assert.equal(items[items.length - 1].label, '5.1');
      assert.match(String(items[items.length - 1].labelDetails?.description), /excluded/);
    });

    it('puts the controls missing from the SoA first in the SoA', () => {
      const soa = exampleWith('soa.hds.yaml', '  - { control: "6.3", applicable: true, status: partial }                       # Information security awareness, education and training\n', '  - { control: "6|" }\n');
      const items = sorted(itemsAt(atCursor('soa.hds.yaml', soa)));
      // The SoA example lists every control but 6.3 once it is replaced: 6.3 comes first.
      assert.equal(items[0].label, '6.3');
      assert.match(String(items[0].labelDetails?.description), /not yet in the SoA/);
    });

    it('offers the EXI-05 risk events for `scenario`, those no risk covers first, then the families B and D', () => {
      const risks = exampleWith('risks.hds.yaml', '    scenario: B.c\n', '    scenario: |\n');
      const items = sorted(itemsAt(atCursor('risks.hds.yaml', risks)));
      assert.equal(items.length, 15);
      assert.equal(items[0].label, 'B.c');
      assert.match(String(items[0].labelDetails?.description), /not covered/);
      assert.equal(items[0].detail, 'Reallocation of storage space');
      assert.deepEqual(labels(items.slice(-2)), ['B', 'D']);
      assert.equal(items.at(-1)!.labelDetails?.description, 'family: covers none of D.a, D.b, D.c, D.d');
    });

    it('offers activities in legal order, leaving out those already in the list', () => {
      const items = sorted(itemsAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    activities: [hardware, |]\n')));
      assert.deepEqual(labels(items), ['physical-sites', 'virtual-infrastructure', 'application-platform', 'administration', 'backup']);
      assert.equal(items[1].detail, '3. Virtual infrastructure');
    });

    it('offers country codes, the EEA first, others marked outside it with their adequacy decision', () => {
      const en = sorted(itemsAt(atCursor('subcontractors.hds.yaml', exampleWith('subcontractors.hds.yaml', 'storage_countries: [DE]', 'storage_countries: [|]'))));
      assert.equal(en.length, countryCodes.length);
      assert.equal(en[0].label, 'AT');
      const firstOutside = en.findIndex((item) => /outside the EEA/.test(item.detail!));
      assert.ok(firstOutside >= 30 && en.slice(firstOutside).every((item) => /outside the EEA/.test(item.detail!)));
      assert.match(byLabel(en, 'CH').detail!, /Switzerland — outside the EEA · adequacy decision of \d{1,2} \w+ \d{4}/);
      assert.match(byLabel(en, 'FR').filterText!, /France/);
      const fr = itemsAt(atCursor('subcontractors.hds.yaml', exampleWith('subcontractors.hds.yaml', 'storage_countries: [DE]', 'storage_countries: [|]'), { locale: 'fr' }));
      assert.match(byLabel(fr, 'US').detail!, /États-Unis — hors de l’EEE/);
    });
  });

  describe('values the format knows (issue 22)', () => {
    it('offers 1 to 4 for likelihood and impact, with the scale', () => {
      const likelihood = sorted(itemsAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    likelihood: |\n'), ' '));
      assert.deepEqual(labels(likelihood), ['1', '2', '3', '4']);
      assert.deepEqual(likelihood.map((item) => item.detail), ['Rare', 'Unlikely', 'Likely', 'Almost certain']);
      assert.match(JSON.stringify(likelihood[0].documentation), /\*\*Rare\*\* \(risk\\\\_criteria of the declaration\)/, 'the example states its scales');
      const impact = sorted(itemsAt(atCursor('risks.hds.yaml', 'risks:\n  - { id: R-01, impact: | }\n', { locale: 'fr' })));
      assert.deepEqual(labels(impact), ['1', '2', '3', '4']);
      assert.match(JSON.stringify(impact[3].documentation), /\*\*Critical\*\* \(risk\\\\_criteria de la déclaration\)/);
      // Without risk_criteria: the default scale, its labels in the user's language.
      const alone = sorted(itemsAt(atCursor('main.hds.yaml', 'hds: 2\nrisks:\n  - { id: R-01, impact: | }\n', { locale: 'fr', alone: true })));
      assert.deepEqual(alone.map((item) => item.detail), ['Mineur', 'Significatif', 'Grave', 'Critique']);
      assert.match(JSON.stringify(alone[0].documentation), /\*\*Mineur\*\* \(échelle par défaut\)/);
      assert.equal(newText(impact[0]), '1');
    });

    it('offers the levels of the declaration’s own scale, with their labels', () => {
      const criteria = 'risk_criteria:\n  likelihood:\n    - { level: 1, label: Very rare }\n    - { level: 2, label: Rare }\n    - { level: 3, label: Possible }\n    - { level: 4, label: Likely }\n    - { level: 5, label: Frequent }\n';
      const likelihood = sorted(itemsAt(atCursor('main.hds.yaml', `hds: 2\n${criteria}risks:\n  - id: R-01\n    likelihood: |\n`, { alone: true }), ' '));
      assert.deepEqual(labels(likelihood), ['1', '2', '3', '4', '5']);
      assert.equal(likelihood[4].detail, 'Frequent');
      assert.match(JSON.stringify(likelihood[4].documentation), /risk\\\\_criteria of the declaration/);
    });

    it('offers referential 2 before 1, and the 2022 edition before 2013', () => {
      const hds = 'hds: 2\ncertification:\n  hds:\n    referential: |\n';
      assert.deepEqual(labels(sorted(itemsAt(atCursor('main.hds.yaml', hds, { alone: true })))), ['2', '1']);
      const iso = 'hds: 2\ncertification:\n  iso27001:\n    edition: |\n';
      assert.deepEqual(labels(sorted(itemsAt(atCursor('main.hds.yaml', iso, { alone: true })))), ['2022', '2013']);
    });

    it('offers the countries outside the EEA first where an access comes from, the EEA first elsewhere', () => {
      const from = sorted(itemsAt(atCursor('main.hds.yaml', 'hds: 2\nhost:\n  remote_access:\n    - from: |\n', { alone: true })));
      assert.equal(from.length, countryCodes.length);
      const firstInEea = from.findIndex((item) => !/outside the EEA/.test(item.detail!));
      assert.ok(firstInEea > 0 && from.slice(0, firstInEea).every((item) => /outside the EEA/.test(item.detail!)) && from.slice(firstInEea).every((item) => !/outside the EEA/.test(item.detail!)), labels(from).join(' '));
      const flow = sorted(itemsAt(atCursor('main.hds.yaml', 'hds: 2\nhost:\n  remote_access:\n    - { from: |, basis: scc }\n', { alone: true })));
      assert.match(flow[0].detail!, /outside the EEA/);
      const storage = sorted(itemsAt(atCursor('main.hds.yaml', 'hds: 2\nscope:\n  storage:\n    - site: a\n      country: |\n', { alone: true })));
      assert.match(storage[0].detail!, /— EEA$/);
    });
    it('offers an adequacy decision first as the basis of an access from a country that has one, last from one that has none', () => {
      const basis = (country: string, locale: 'en' | 'fr' = 'en') => sorted(itemsAt(atCursor('main.hds.yaml', `hds: 2\nhost:\n  remote_access:\n    - from: ${country}\n      basis: |\n`, { alone: true, locale })));
      const us = basis('US');
      assert.equal(us[0].label, 'adequacy');
      assert.match(us[0].detail!, /adequacy decision of/);
      const tunisia = basis('TN');
      assert.equal(tunisia[tunisia.length - 1].label, 'adequacy');
      assert.deepEqual(labels(tunisia).slice(0, 2), ['scc', 'bcr']);
      assert.match(tunisia[tunisia.length - 1].detail!, /no adequacy decision for Tunisia/);
      assert.match(basis('TN', 'fr').at(-1)!.detail!, /aucune décision d’adéquation pour la Tunisie|aucune décision d’adéquation pour Tunisie/);
    });

    it('offers the certification bodies of the catalog for a certificate’s body, saying the list is partial and where it comes from', () => {
      const hds = itemsAt(atCursor('main.hds.yaml', 'hds: 2\ncertification:\n  hds:\n    body: |\n', { alone: true }));
      assert.deepEqual(labels(hds).sort(), ['Bureau Veritas Certification', 'LSTI']);
      const lsti = byLabel(hds, 'LSTI');
      assert.match(lsti.detail!, /COFRAC/);
      const doc = JSON.stringify(lsti.documentation);
      assert.match(doc, /Partial list/);
      assert.match(doc, /7 in 2019, 8 at the end of 2021, 9 in 2024/);
      assert.match(doc, /lsti-certification\.fr/);
      const fr = itemsAt(atCursor('main.hds.yaml', 'hds: 2\ncertification:\n  iso27001:\n    body: |\n', { alone: true, locale: 'fr' }));
      assert.match(JSON.stringify(byLabel(fr, 'LSTI').documentation), /Liste partielle\u00a0: /);
      const subcontractor = itemsAt(atCursor('subcontractors.hds.yaml', 'subcontractors:\n  - id: x\n    certificate:\n      body: |\n', { alone: true }));
      assert.ok(labels(subcontractor).includes('LSTI'));
      // Other text: no body is offered for an owner.
      assert.ok(!labels(itemsAt(atCursor('soa.hds.yaml', 'soa:\n  - { control: "5.1", owner: | }\n', { alone: true }))).includes('LSTI'));
    });
  });

  describe('certification calendar', () => {
    const certification = (hds: string, iso = '    number: ISO-1\n') => `hds: 2\ncertification:\n  hds:\n    issued: 2025-02-03\n${hds}  iso27001:\n${iso}`;

    it('offers surveillance under the HDS certificate and edition under the ISO one, with their description', () => {
      const hdsKeys = itemsAt(atCursor('main.hds.yaml', certification('    |\n'), { alone: true }));
      assert.ok(!labels(hdsKeys).includes('issued'));
      assert.equal(newText(byLabel(hdsKeys, 'surveillance')), 'surveillance:\n  - $0');
      assert.match(JSON.stringify(byLabel(hdsKeys, 'surveillance').documentation), /yearly surveillance audits/);
      const isoKeys = itemsAt(atCursor('main.hds.yaml', certification('', '    |\n'), { alone: true, locale: 'fr' }));
      assert.match(JSON.stringify(byLabel(isoKeys, 'edition').documentation), /31 octobre 2025/);
      assert.ok(labels(isoKeys).includes('issued'));
    });

    it('offers the editions and the audit results', () => {
      assert.deepEqual(labels(itemsAt(atCursor('main.hds.yaml', certification('', '    edition: |\n'), { alone: true }))), ['2013', '2022']);
      assert.deepEqual(labels(itemsAt(atCursor('main.hds.yaml', certification('    surveillance:\n      - date: 2026-01-20\n        result: |\n'), { alone: true }))), ['passed', 'minor-nonconformities', 'major-nonconformities']);
    });

    it('offers the audit kinds, the finding levels, the internal audits’ topics and the isms keys', () => {
      assert.deepEqual(labels(itemsAt(atCursor('main.hds.yaml', certification('    audits:\n      - kind: |\n'), { alone: true }))), ['stage-1', 'stage-2', 'renewal']);
      assert.deepEqual(labels(itemsAt(atCursor('main.hds.yaml', certification('    surveillance:\n      - date: 2026-01-20\n        findings:\n          - level: |\n'), { alone: true }))), ['major-nonconformity', 'minor-nonconformity', 'observation', 'improvement']);
      const findingKeys = labels(itemsAt(atCursor('main.hds.yaml', certification('    audits:\n      - kind: renewal\n        findings:\n          - level: observation\n            |\n'), { alone: true })));
      for (const key of ['requirement', 'control', 'text', 'corrective_action', 'owner', 'due', 'closed', 'evidence']) assert.ok(findingKeys.includes(key), key);
      assert.deepEqual(labels(itemsAt(atCursor('main.hds.yaml', 'hds: 2\nisms:\n  internal_audits:\n    - date: 2026-01-10\n      covers: [|]\n', { alone: true }))), ['referential-conformity', 'access-traces']);
      const ismsKeys = itemsAt(atCursor('main.hds.yaml', 'hds: 2\nisms:\n  |\n', { alone: true, locale: 'fr' }));
      assert.deepEqual(labels(ismsKeys).sort(), ['internal_audits', 'management_reviews', 'started', 'technical_audit']);
      assert.match(JSON.stringify(byLabel(ismsKeys, 'technical_audit').documentation), /moins de trois ans/);
    });

    it('offers the dates the three-year cycle implies: the usual expiry, the surveillance anniversaries', () => {
      const expires = itemsAt(atCursor('main.hds.yaml', certification('    expires: |\n'), { alone: true }));
      assert.deepEqual(labels(expires), ['2028-02-02']);
      assert.equal(expires[0].detail, 'three years after issue, the day before');
      const audits = itemsAt(atCursor('main.hds.yaml', certification('    surveillance:\n      - date: |\n'), { alone: true, locale: 'fr' }));
      assert.deepEqual(labels(audits), ['2026-02-03', '2027-02-03']);
      assert.equal(audits[1].detail, 'audit de surveillance de l’année 2\u00a0: dû à cet anniversaire de la délivrance');
      assert.deepEqual(labels(itemsAt(atCursor('main.hds.yaml', 'hds: 2\ncertification:\n  hds:\n    expires: |\n', { alone: true }))), []);
    });
  });

  describe('references', () => {
    it('offers subcontractors defined in another file for `by:`, those performing the activity first', () => {
      const at = atCursor('declaration.hds.yaml', exampleWith('declaration.hds.yaml', 'hardware:               { provided: subcontracted, by: [dc-nord, coffre-fort] }', 'hardware:               { provided: subcontracted, by: [dc-nord, |] }'));
      const items = sorted(itemsAt(at));
      assert.deepEqual(labels(items), ['coffre-fort', 'astreinte-ops', 'support-sgbd']);
      assert.equal(items[0].detail, 'Coffre-Fort Numérique GmbH');
      assert.equal(items[0].kind, CompletionItemKind.Reference);
    });

    it('offers subcontractors for a storage operator and sites for `sites:`', () => {
      const operator = itemsAt(atCursor('declaration.hds.yaml', exampleWith('declaration.hds.yaml', 'city: Lille, operator: dc-nord }', 'city: Lille, operator: d| }')));
      assert.deepEqual(labels(operator).sort(), ['astreinte-ops', 'coffre-fort', 'dc-nord', 'support-sgbd']);
      const sites = itemsAt(atCursor('declaration.hds.yaml', exampleWith('declaration.hds.yaml', 'sites: [francfort-1, saint-denis-1] }', 'sites: [|] }')));
      assert.deepEqual(labels(sites), ['lille-1', 'lille-2', 'francfort-1', 'saint-denis-1']);
      assert.match(byLabel(sites, 'saint-denis-1').detail!, /La Réunion/);
      assert.match(byLabel(sites, 'francfort-1').detail!, /Germany/);
    });

    it('proposes the next free risk id', () => {
      const risks = exampleWith('risks.hds.yaml', '  - id: R-13\n', '  - id: R-13\n    owner: x\n  - id: |\n');
      assert.deepEqual(labels(itemsAt(atCursor('risks.hds.yaml', risks))), ['R-14']);
    });
  });

  describe('snippets', () => {
    it('offers a new risk after `- ` in risks, with the next id and uncovered events first', () => {
      const items = itemsAt(atCursor('risks.hds.yaml', exampleWith('risks.hds.yaml', '  - id: R-13\n    scenario: H\n', '  - |\n  - id: R-13\n    scenario: A\n')));
      const snippet = byLabel(items, 'New risk');
      assert.equal(snippet.kind, CompletionItemKind.Snippet);
      assert.equal(snippet.insertTextFormat, InsertTextFormat.Snippet);
      const text = newText(snippet)!;
      assert.match(text, /^id: \$\{1:R-14\}\n {2}scenario: \$\{2\|H,A,/);
      assert.match(text, /\n {2}treatment: \$\{7\|reduce,accept,avoid,transfer\|\}/);
      // Likelihood and impact: the levels of the declaration's scales (four each in the example).
      assert.match(text, /\n {2}likelihood: \$\{5\|1,2,3,4\|\}\n {2}impact: \$\{6\|1,2,3,4\|\}/);
      const fiveLevels = exampleWith('declaration.hds.yaml', '    - level: 4\n      label: Almost certain\n', '    - level: 4\n      label: Almost certain\n    - level: 5\n      label: Frequent\n');
      const onFive = itemsAt(atCursor('risks.hds.yaml', exampleWith('risks.hds.yaml', '  - id: R-13\n', '  - |\n  - id: R-13\n'), { others: { 'declaration.hds.yaml': fiveLevels } }));
      assert.match(newText(byLabel(onFive, 'New risk'))!, /\n {2}likelihood: \$\{5\|1,2,3,4,5\|\}\n {2}impact: \$\{6\|1,2,3,4\|\}/);
      // Also the keys of a risk, for those who write it by hand.
      assert.ok(labels(items).includes('title'));
    });

    it('writes the dash itself on an empty line of the section, in French too', () => {
      const items = itemsAt(atCursor('subcontractors.hds.yaml', 'subcontractors:\n  - id: a\n    name: A\n    activities: []\n  |\n', { locale: 'fr' }));
      const snippet = byLabel(items, 'Nouveau sous-traitant');
      assert.match(newText(snippet)!, /^- id: \$\{1:subcontractor-id\}\n {2}name: \$\{2:Raison sociale\}/);
    });

    it('offers an SoA entry choosing among the controls the SoA lacks', () => {
      const items = itemsAt(atCursor('soa.hds.yaml', 'soa:\n  - { control: "5.1", applicable: true }\n  - |\n'));
      const snippet = byLabel(items, 'New SoA entry');
      assert.match(newText(snippet)!, /^\{ control: "\$\{1\|5\.2,5\.3,/);
    });

    it('inserts entries that parse as the section expects, once the editor indents them like their line', () => {
      const cases: [string, string, string, RegExp][] = [
        ['risks.hds.yaml', 'risks:\n  - id: R-01\n    scenario: A\n    title: t\n  - |\n', 'New risk', /^R-02$/],
        ['risks.hds.yaml', 'risks:\n  - id: R-01\n    scenario: A\n    title: t\n  |\n', 'New risk', /^R-02$/],
        ['subcontractors.hds.yaml', 'subcontractors:\n- id: a\n  name: A\n  activities: []\n- |\n', 'New subcontractor', /^subcontractor-id$/],
        ['soa.hds.yaml', 'soa:\n    - { control: "5.1", applicable: true }\n    - |\n', 'New SoA entry', /^5\.2$/],
      ];
      for (const [name, marked, label, expectedId] of cases) {
        const at = atCursor(name, marked);
        const snippet = byLabel(itemsAt(at), label);
        const edit = snippet.textEdit as { range: { start: { line: number; character: number }; end: { character: number } }; newText: string };
        // What VS Code does: placeholders take their default (or first choice), continuation lines get the line's indentation.
        const body = edit.newText.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\}|\$\d+/g, '');
        const lines = at.file.text.split('\n');
        const line = lines[edit.range.start.line];
        const indentation = /^\s*/.exec(line)![0];
        lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + body.replace(/\n/g, `\n${indentation}`) + line.slice(edit.range.end.character);
        const result = atCursor(name, `${lines.join('\n')}|`, { alone: true });
        assert.deepEqual(result.file.problems, [], `${label}:\n${lines.join('\n')}`);
        const section = (result.file.value as Record<string, { id?: string; control?: string }[]>)[name.replace('.hds.yaml', '')];
        const added = section[section.length - 1];
        assert.match(String(added.id ?? added.control), expectedId, `${label}:\n${lines.join('\n')}`);
        assert.deepEqual(result.checked.findings.filter((finding) => ['unknown-key', 'invalid-value', 'yaml-syntax'].includes(finding.code)).map((finding) => finding.message), [], lines.join('\n'));
      }
    });

    it('offers no snippet in a section that has none', () => {
      const items = itemsAt(atCursor('declaration.hds.yaml', 'hds: 2\nscope:\n  storage:\n    - |\n'));
      assert.ok(items.every((item) => item.kind !== CompletionItemKind.Snippet));
      assert.ok(labels(items).includes('country'));
    });

    it('offers a whole starter declaration in an empty file that starts no declaration yet', () => {
      for (const locale of ['en', 'fr'] as const) {
        const items = itemsAt(atCursor('new.hds.yaml', '|', { alone: true, locale }));
        const starter = items.find((item) => item.kind === CompletionItemKind.Snippet)!;
        assert.ok(starter, locale);
        const text = newText(starter)!;
        assert.match(text, /^# .*\nhds: 2\n/);
        assert.match(text, /control: "8\.34"/);
        assert.ok(!/(?<!\\)\$\d|(?<!\\)\$\{/.test(text), 'no stray snippet syntax');
      }
      assert.match(itemsAt(atCursor('new.hds.yaml', '|', { alone: true, locale: 'fr' }))[0].label as string, /Déclaration HDS v2/);
    });

    it('offers no starter in an empty file of a declaration that already has its root', () => {
      const items = itemsAt(atCursor('extra.hds.yaml', '|'));
      assert.ok(items.every((item) => item.kind !== CompletionItemKind.Snippet));
      assert.ok(labels(items).includes('risks'));
    });
  });

  describe('without an AST (a large file right after an edit)', () => {
    it('answers from the text alone, with the ids of the previous check', () => {
      const at = atCursor('declaration.hds.yaml', exampleWith('declaration.hds.yaml', 'city: Lille, operator: dc-nord }', 'city: Lille, operator: coff| }'));
      const textOnly = { ...at.file, document: undefined, value: undefined };
      const items = complete({ ...at, file: textOnly })?.items ?? [];
      assert.deepEqual(labels(items).sort(), ['astreinte-ops', 'coffre-fort', 'dc-nord', 'support-sgbd']);
      const controlsAt = atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    controls:\n      - 8.2|\n');
      assert.equal(newText(byLabel(complete({ ...controlsAt, file: { ...controlsAt.file, document: undefined } })!.items, '8.24')), '"8.24"');
    });
  });

  describe('robustness', () => {
    it('stays quiet in comments and prose, and when a space is typed in a title', () => {
      assert.equal(complete({ ...atCursor('risks.hds.yaml', 'risks: # the risk| analysis\n') }), null);
      assert.equal(complete({ ...atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    title: A fire |\n'), triggerCharacter: ' ' }), null);
      assert.ok(itemsAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    treatment: |\n'), ' ').length > 0);
    });

    it('answers at every offset of broken and half-typed files without throwing', () => {
      const texts = [
        'risks:\n  - id: R-01\n    controls: [8.2, "5.\n  - scen\nsoa: {\n',
        'scope:\n  activities:\n    hardware: { provided: , by: [\n  storage:\n    - { site: a, country: \n',
        '	-\u00a0:\u00a0: -\n"unterminated\n[[[{{{\n&a *b\n---\nx: 1\n',
      ];
      for (const text of texts) {
        for (let offset = 0; offset <= text.length; offset++) {
          const at = atCursor('risks.hds.yaml', `${text.slice(0, offset)}|${text.slice(offset)}`);
          assert.doesNotThrow(() => complete(at), `${JSON.stringify(text)} at ${offset}`);
        }
      }
    });
  });

  describe('exceptions', () => {
    // R-01 left unassessed: a risk-unassessed finding to accept.
    const unassessed = { others: { 'risks.hds.yaml': example('risks.hds.yaml').replace('    likelihood: 1\n    impact: 4\n    treatment: reduce\n    controls: ["7.5", "8.13", "8.14"]', '    impact: 4\n    treatment: reduce\n    controls: ["7.5", "8.13", "8.14"]') } };

    it('offers the keys of an exception, described in the user language', () => {
      const items = itemsAt(atCursor('declaration.hds.yaml', `${example('declaration.hds.yaml')}exceptions:\n  - rule: evidence-not-found\n    |\n`, { locale: 'fr' }));
      assert.deepEqual(labels(items).sort(), ['approved_by', 'justification', 'target', 'until']);
      assert.match(String((byLabel(items, 'approved_by').documentation as { value: string }).value), /Qui a approuvé l’exception/);
    });

    it('offers rule codes, those with findings first, never the exception rules themselves', () => {
      const items = sorted(itemsAt(atCursor('declaration.hds.yaml', `${example('declaration.hds.yaml')}exceptions:\n  - rule: |\n`, unassessed)));
      // The half-typed exception itself has findings (missing-key); then R-01's.
      const first = items.filter((item) => item.sortText!.startsWith('0')).map((item) => item.label);
      assert.ok(first.includes('risk-unassessed') && first.includes('risk-event-uncovered'), first.join());
      assert.ok(labels(items).includes('storage-outside-eea'));
      for (const code of ['yaml-syntax', 'exception-stale', 'exception-incomplete']) assert.ok(!labels(items).includes(code), code);
      assert.match(String((byLabel(items, 'evidence-not-found').documentation as { value: string }).value), /evidence file named in the SoA, the requirements register, the audits’ findings or the ISMS’s cycle exists/);
    });

    it('offers as targets what the findings of the rule are about', () => {
      const items = itemsAt(atCursor('declaration.hds.yaml', `${example('declaration.hds.yaml')}exceptions:\n  - rule: risk-unassessed\n    target: |\n`, unassessed));
      assert.deepEqual(labels(items), ['R-01']);
      assert.match(items[0].detail!, /Risk ‘R-01’ is not assessed yet/);
    });
  });
});
