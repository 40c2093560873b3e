// Hover on every kind of id, on keys and on diagnostics, in English and French.
import * as assert from 'node:assert/strict';
import { hover } from '../../../server/src/services/hover';
import { positionAt } from '../../../server/src/engine/yamlFile';
import { TODAY } from '../fixtures';
import { atCursor, example, exampleWith, type AtCursor } from './serviceFixtures';

function hoverAt(at: AtCursor, today = TODAY): { text: string; range?: unknown } | undefined {
  const result = hover({ file: at.file, position: positionAt(at.file, at.offset), checked: at.checked, locale: at.locale, today });
  if (!result) return undefined;
  return { text: (result.contents as { value: string }).value, range: result.range };
}

/** Hover over the example file `name`, with the cursor put where `marked` (containing `|`) shows. */
function hoverIn(name: string, marked: string, options: { locale?: 'en' | 'fr'; today?: string } = {}) {
  const at = atCursor(name, exampleWith(name, marked.replace('|', ''), marked), { locale: options.locale });
  const result = hoverAt(at, options.today);
  assert.ok(result, `no hover at ${marked}`);
  return result;
}

describe('hover', () => {
  it('names a likelihood or impact level on the scale that applies, and says which threshold applies to a risk', () => {
    // The example states its criteria (risk_criteria in declaration.hds.yaml): four levels each, threshold 8.
    assert.match(hoverIn('risks.hds.yaml', '    likelihood: |1\n    impact: 4\n    treatment: accept').text, /^Likelihood level 1: \*\*Rare\*\* \(risk\\_criteria of the declaration\)$/);
    assert.match(hoverIn('risks.hds.yaml', '    likelihood: 1\n    impact: |4\n    treatment: accept', { locale: 'fr' }).text, /^Impact, niveau 4\u00a0: \*\*Critical\*\*/);
    const risk = hoverIn('risks.hds.yaml', '  - id: R-1|3').text;
    assert.match(risk, /Level 4; acceptance threshold 8 \(risk\\_criteria of the declaration\), approved by Comité de direction on 12 January 2026: within it/);
  });

  it('explains the certification calendar keys and dates: validity, surveillance audits, edition', () => {
    assert.match(hoverIn('declaration.hds.yaml', '    surv|eillance:').text, /^\*\*surveillance\*\* — The yearly surveillance audits/);
    assert.match(hoverIn('declaration.hds.yaml', '    edi|tion: 2022', { locale: 'fr' }).text, /Édition de l’ISO\/IEC 27001 du certificat.*31 octobre 2025/);
    const issued = hoverIn('declaration.hds.yaml', '    issued: 2025-0|2-03').text;
    assert.match(issued, /valid until 3 February 2028 at the latest; its yearly surveillance audits fall due by 3 February 2026 and 3 February 2027/);
    assert.match(hoverIn('declaration.hds.yaml', '    expires: 2028-0|2-02').text, /The certificate expires 2 February 2028 \(437 days left\)\./);
    assert.match(hoverIn('declaration.hds.yaml', '{ date: 2027-01-|26 }', { locale: 'fr' }).text, /Audit prévu le 26\u00a0janvier 2027\./);
    assert.match(hoverIn('declaration.hds.yaml', '      - date: 2026-01-|27').text, /Audit done on 27 January 2026/);
  });

  it('explains an activity key: its number, what it covers and who provides it here', () => {
    const { text, range } = hoverIn('declaration.hds.yaml', '    phy|sical-sites:');
    assert.match(text, /\*\*Activity 1 — Physical sites\*\*/);
    assert.match(text, /premises/);
    assert.match(text, /subcontracted to `dc-nord` \(Datacentre Nord SAS\), `coffre-fort`/);
    assert.deepEqual(range, { start: { line: 51, character: 4 }, end: { line: 51, character: 18 } });
    assert.match(hoverIn('declaration.hds.yaml', '    virtual-infra|structure:', { locale: 'fr' }).text, /Activité 3 — .*\n\n.*\n\nIci : assurée en interne\./);
  });

  it('says how a numbered activity is read', () => {
    const at = atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    activities: [|3]\n');
    assert.match(hoverAt(at)!.text, /Activity 3 — Virtual infrastructure[\s\S]*legal order/);
  });

  it('gives a control’s title, theme and SoA status, applicable or excluded with its justification', () => {
    const { text } = hoverIn('risks.hds.yaml', 'controls: ["8.20", "8.|24", "5.14"]');
    assert.match(text, /\*\*8\.24 Use of cryptography\*\*/);
    assert.match(text, /Technological controls/);
    assert.match(text, /SoA: applicable — implemented/);
    const soa = 'soa:\n  - { control: "7.4", applicable: false, justification: No premises of our own }\n';
    const excluded = hoverAt(atCursor('soa.hds.yaml', soa.replace('"7.4"', '"7.|4"'), { locale: 'fr' }))!.text;
    assert.match(excluded, /DdA : exclue — No premises of our own/);
  });

  it('explains EXI requirements wherever they appear: contract keys, comments', () => {
    const key = hoverIn('declaration.hds.yaml', '  EXI-2|5:').text;
    assert.match(key, /\*\*EXI-25 — /);
    assert.match(key, /Chapter 6 of the HDS v2 referential/);
    assert.match(key, /art\. 14/);
    const comment = hoverIn('declaration.hds.yaml', '# EXI|-31, due in every declaration').text;
    assert.match(comment, /\*\*EXI-31 — /);
  });

  it('says on a register key whether the register must answer it: EXI-15 yes, EXI-16 not once isms: is written', () => {
    assert.match(hoverIn('declaration.hds.yaml', '  EXI-1|5:').text, /No rule can check it: answer it here/);
    const withAnswer = exampleWith('declaration.hds.yaml', '  EXI-15:\n', '  EXI-1|6: { status: met }\n  EXI-15:\n');
    assert.match(hoverAt(atCursor('declaration.hds.yaml', withAnswer))!.text, /The rules check it from `isms:`, which the declaration writes: it needs no answer here\./);
    const withoutIsms = withAnswer.replace(/\nisms:\n(?: {2}.*\n)+/, '\n');
    assert.match(hoverAt(atCursor('declaration.hds.yaml', withoutIsms))!.text, /No rule can check it: answer it here/);
  });

  it('explains the contract keys EXI-28 to EXI-30: the requirement, what the clause holds, and where the contract says it', () => {
    const locations = hoverIn('declaration.hds.yaml', '  EXI-2|8:').text;
    assert.match(locations, /\*\*EXI-28 — Health data stored only in the EEA\*\*/);
    assert.match(locations, /R\.1111-11, 3°/);
    assert.match(locations, /→ Contrat d'hébergement, art\. 4/);
    const access = hoverIn('declaration.hds.yaml', '  EXI-2|9:').text;
    assert.match(access, /\*\*EXI-29 — /);
    assert.match(access, /Stands for customer\\_informed on every access\./);
    const laws = hoverIn('declaration.hds.yaml', '  EXI-3|0:', { locale: 'fr' }).text;
    assert.match(laws, /\*\*EXI-30 — Exposition à des lois extra-européennes\*\*/);
    assert.match(laws, /Vaut customer\\_informed pour chaque loi\./);
    // EXI-17..27 keep the requirement alone: their key says nothing more.
    assert.doesNotMatch(hoverIn('declaration.hds.yaml', '  EXI-2|5:').text, /Reference of the clause/);
  });

  it('explains a risk event and names the risks that cover it', () => {
    const { text } = hoverIn('risks.hds.yaml', '    scenario: B|.c');
    assert.match(text, /EXI-05 risk event B\.c — Reallocation of storage space/);
    assert.match(text, /Covered here by: `R-04` Disk space reallocated/);
    const edited = hoverAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    title: Flood\n    scenario: |A\n    likelihood: 1\n    impact: 4\n    treatment: avoid\n'))!.text;
    assert.match(edited, /Covered here by: `R-01` Flood$/);
    const unassessed = hoverAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    title: Flood\n    scenario: |A\n'))!.text;
    assert.match(unassessed, /Named by `R-01` Flood, not assessed yet/);
    const family = hoverAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    title: Rights\n    scenario: |D\n'))!.text;
    assert.match(family, /\*\*EXI-05 risk event D — Failure to control granted access\*\*/);
    assert.match(family, /only risks naming D\.a, D\.b, D\.c, D\.d cover them\.\n\nNamed by `R-01` Rights, not assessed yet/);
  });

  it('tells whether a country is in the EEA and gives its adequacy decision', () => {
    assert.match(hoverIn('declaration.hds.yaml', 'country: D|E').text, /Germany[\s\S]*In the European Economic Area/);
    const swiss = hoverIn('subcontractors.hds.yaml', '{ from: C|H,').text;
    assert.match(swiss, /Switzerland[\s\S]*Outside the European Economic Area[\s\S]*Adequacy decision adopted on \d{1,2} \w+ \d{4}/);
    const us = hoverIn('subcontractors.hds.yaml', '{ from: U|S,', { locale: 'fr' }).text;
    assert.match(us, /États-Unis[\s\S]*Hors de l’EEE/);
  });

  it('describes a referenced subcontractor: name, certificate, activities, days left', () => {
    const { text } = hoverIn('declaration.hds.yaml', 'hardware:               { provided: subcontracted, by: [dc-nord, coffre-f|ort] }', { today: '2028-11-05' });
    assert.match(text, /Subcontractor Coffre-Fort Numérique GmbH\*\* \(`coffre-fort`\)/);
    assert.match(text, /HDS certificate HDS-2025-0310 \(BSI\), covers 1\. Physical sites, 2\. Hardware infrastructure, 6\. Health data backup; expires 15 November 2028 \(10 days left\)/);
    const expired = hoverIn('declaration.hds.yaml', 'operator: dc-n|ord }', { today: '2029-07-02', locale: 'fr' }).text;
    assert.match(expired, /a expiré le 30 juin 2029 \(il y a 2\u00a0jours\)/);
  });

  it('says when a referenced subcontractor is not declared, and shows the rule behind the diagnostic', () => {
    const at = atCursor('declaration.hds.yaml', exampleWith('declaration.hds.yaml', 'by: [dc-nord, coffre-fort] }', 'by: [dc-n|ordd, coffre-fort] }'));
    const { text } = hoverAt(at)!;
    assert.match(text, /No subcontractor `dc-nordd` is declared/);
    assert.match(text, /\*\*Rule `unknown-subcontractor`\*\*/);
    assert.match(text, /Activities, storage sites and offers refer only to subcontractors declared/);
  });

  it('says over a diagnostic where the texts its rule rests on disagree', () => {
    const uninformed = example('declaration.hds.yaml')
      .replace(/\n  EXI-29: .*\n/, '\n')
      .replace('      customer_informed: "Contrat d\'hébergement, art. 8.4 (accès depuis la Tunisie)"\n', '')
      .replace('      basis: scc\n      purpose: Level-1', '      basis: s|cc\n      purpose: Level-1');
    const { text } = hoverAt(atCursor('declaration.hds.yaml', uninformed))!;
    assert.match(text, /\*\*Rule `transfer-customer-uninformed`\*\*/);
    assert.match(text, /Note: Sources differ on what the customer must be told[\s\S]*only where no adequacy decision applies/);
    const fr = hoverAt(atCursor('declaration.hds.yaml', uninformed, { locale: 'fr' }))!.text;
    assert.match(fr, /À noter\u00a0: Les sources diffèrent/);
  });

  it('shows a rule’s docs in French over its diagnostic even where nothing else has a hover', () => {
    const at = atCursor('declaration.hds.yaml', example('declaration.hds.yaml').replace('hds: 2', 'hds: 2\norganizaton|: {}'), { locale: 'fr' });
    const { text } = hoverAt(at)!;
    assert.match(text, /Règle `unknown-key`/);
  });

  it('explains the ISMS cycle and the audits’ findings from the schema, in both languages', () => {
    assert.match(hoverIn('declaration.hds.yaml', '  star|ted: 2024-03-04').text, /^\*\*started\*\* — When the ISMS started running/);
    assert.match(hoverIn('declaration.hds.yaml', '  internal_au|dits:', { locale: 'fr' }).text, /EXI-16 en demande, au moins une fois par an/);
    assert.match(hoverIn('declaration.hds.yaml', '  technical_audit: { date: 2025-06-10, auditor: Cabinet Audit Sécurité, indep|endent: true }').text, /independent of the host, as EXI-15 asks/);
    assert.match(hoverIn('declaration.hds.yaml', '            level: minor-noncon|formity').text, /`minor-nonconformity` — major-nonconformity, minor-nonconformity, observation or improvement/);
    assert.match(hoverIn('declaration.hds.yaml', '      - kind: stage-|2').text, /stage-2 \(initial audit, on site\)/);
  });

  it('gives the description of keys and of enumerated values', () => {
    assert.match(hoverIn('risks.hds.yaml', '    likeli|hood: 1\n    impact: 4\n    treatment: accept').text, /\*\*likelihood\*\* — Likelihood, a level of the likelihood scale of risk\\_criteria \(1 rare to 4 almost certain/);
    assert.match(hoverIn('risks.hds.yaml', '    treatment: acc|ept', { locale: 'fr' }).text, /\*\*treatment\*\*: `accept` — Décision de traitement/);
    assert.match(hoverIn('subcontractors.hds.yaml', '{ from: US, basis: s|cc,').text, /Standard contractual clauses/);
  });

  it('describes a storage site and a risk by their ids', () => {
    assert.match(hoverIn('declaration.hds.yaml', 'sites: [lille-1, lille-2, francf|ort-1]').text, /Storage site francfort-1\*\*\n\nGermany \(`DE`\) EEA, operated by `coffre-fort` \(Coffre-Fort Numérique GmbH\)/);
    assert.match(hoverIn('risks.hds.yaml', '  - id: R-1|3').text, /Risk R-13\*\* — A US order[\s\S]*Risk events: H /);
  });

  it('returns nothing on plain text and never throws on broken input', () => {
    const at = atCursor('risks.hds.yaml', 'risks:\n  - id: R-01\n    title: A fi|re\n');
    assert.equal(hoverAt(at), undefined);
    const broken = 'risks:\n  - id: R-01\n    controls: [8.2, "5.\n  - scen\n	-\u00a0:\u00a0: -\n"unterminated\n[[[{{{\n';
    for (let offset = 0; offset <= broken.length; offset++) {
      assert.doesNotThrow(() => hoverAt(atCursor('risks.hds.yaml', `${broken.slice(0, offset)}|${broken.slice(offset)}`)));
    }
  });

  it('explains the rule an exception names, and whether a risk is assessed or accepted', () => {
    const rule = hoverAt(atCursor('declaration.hds.yaml', `${example('declaration.hds.yaml')}exceptions:\n  - rule: evidence-not-fo|und\n    target: x\n`))!.text;
    assert.match(rule, /^\*\*`evidence-not-found`\*\* \(warning · ISO\/IEC 27001 7\.5\)\n\nEach evidence file named in the SoA, the requirements register, the audits’ findings or the ISMS’s cycle exists/);
    const accepted = hoverIn('risks.hds.yaml', '  - id: R-1|3', { locale: 'fr' }).text;
    assert.match(accepted, /Risque résiduel accepté par Claire Martin, directrice générale le 15\u00a0janvier 2026\./);
    const unassessed = hoverAt(atCursor('risks.hds.yaml', 'risks:\n  - id: R-0|1\n    title: Flood\n    scenario: A\n    likelihood: TODO\n'))!.text;
    assert.match(unassessed, /Not assessed yet \(`likelihood`, `impact`, `treatment` to decide\): it covers no EXI-05 event until then\./);
  });
});
