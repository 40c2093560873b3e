// Completion and hover for the sovereignty keys: the host's own row, remote access answers, the
// scope an adequacy decision requires, supervised subcontractors, and the EEA as a territory.
import * as assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver';
import { complete } from '../../../server/src/services/completion';
import { hover } from '../../../server/src/services/hover';
import { positionAt } from '../../../server/src/engine/yamlFile';
import { TODAY } from '../fixtures';
import { atCursor, exampleWith, type AtCursor } from './serviceFixtures';

const labels = (at: AtCursor, triggerCharacter?: string): string[] => (complete({ ...at, triggerCharacter })?.items ?? []).map((item: CompletionItem) => String(item.label));
function hoverText(at: AtCursor): string {
  const result = hover({ file: at.file, position: positionAt(at.file, at.offset), checked: at.checked, locale: at.locale, today: TODAY });
  assert.ok(result, 'no hover');
  return (result.contents as { value: string }).value;
}
/** The example file `name` with `original` replaced by `marked` (the cursor at `|`). */
const inExample = (name: string, original: string, marked: string, locale: 'en' | 'fr' = 'en') => atCursor(name, exampleWith(name, original, marked), { locale });

describe('sovereignty keys in completion and hover', () => {
  it('offers the host’s keys under host:, those already written left out', () => {
    const at = inExample('declaration.hds.yaml', '  secnumcloud: false\n', '  secnumcloud: false\n  |\n');
    const keys = labels(at);
    assert.ok(keys.includes('remote_access') === false && keys.includes('third_country_laws') === false, keys.join(', '));
    const empty = atCursor('main.hds.yaml', 'hds: 2\nhost:\n  |\n');
    assert.deepEqual(labels(empty).sort(), ['remote_access', 'secnumcloud', 'third_country_laws']);
  });

  it('offers none for remote_access and third_country_laws, and true/false for secnumcloud', () => {
    assert.deepEqual(labels(atCursor('main.hds.yaml', 'hds: 2\nhost:\n  remote_access: |\n'), ' '), ['none']);
    assert.deepEqual(labels(atCursor('main.hds.yaml', 'hds: 2\nhost:\n  third_country_laws: |\n'), ' '), ['none']);
    assert.deepEqual(labels(atCursor('main.hds.yaml', 'hds: 2\nhost:\n  secnumcloud: |\n'), ' ').sort(), ['false', 'true']);
  });

  it('offers the keys of an access: the scope answer the decision for its country requires, and customer_informed', () => {
    const scopeKeys = ['dpf_certified', 'pipeda_covered', 'appi_covered', 'pipa_covered'];
    const keys = labels(atCursor('main.hds.yaml', 'hds: 2\nhost:\n  remote_access:\n    - from: US\n      |\n'));
    for (const key of ['basis', 'purpose', 'dpf_certified', 'customer_informed']) assert.ok(keys.includes(key), `${key} in ${keys.join(', ')}`);
    // Only the scope of the US decision: the Canadian, Japanese and Korean ones ask about other recipients.
    assert.deepEqual(keys.filter((key) => scopeKeys.includes(key)), ['dpf_certified']);
    assert.deepEqual(labels(atCursor('main.hds.yaml', 'hds: 2\nhost:\n  remote_access:\n    - { from: CA, | }\n')).filter((key) => scopeKeys.includes(key)), ['pipeda_covered']);
    // Tunisia has no adequacy decision; an access with no country yet has none either.
    const tunisia = labels(atCursor('main.hds.yaml', 'hds: 2\nhost:\n  remote_access:\n    - from: TN\n      |\n'));
    assert.ok(tunisia.includes('basis'), tunisia.join(', '));
    assert.deepEqual(tunisia.filter((key) => scopeKeys.includes(key)), []);
    assert.deepEqual(labels(atCursor('main.hds.yaml', 'hds: 2\nhost:\n  remote_access:\n    - |\n')).filter((key) => scopeKeys.includes(key)), []);
    const subcontractor = labels(atCursor('subcontractors.hds.yaml', 'subcontractors:\n  - id: x\n    |\n'));
    assert.ok(subcontractor.includes('under_host_supervision'), subcontractor.join(', '));
  });

  it('says which treaty case a country falls under, with its source', () => {
    const reunion = hoverText(inExample('declaration.hds.yaml', 'country: RE,', 'country: R|E,'));
    assert.match(reunion, /\*\*La Réunion\*\* \(`RE`\)/);
    assert.match(reunion, /In the European Economic Area/);
    assert.match(reunion, /Case: \*\*Outermost region of the EU\*\* \(TFEU art\. 349 and art\. 355\(1\)\)/);
    assert.match(reunion, /Belongs to France \(`FR`\)/);
    const polynesia = hoverText(atCursor('main.hds.yaml', 'scope:\n  storage:\n    - { site: p, country: P|F }\n', { locale: 'fr' }));
    assert.match(polynesia, /Hors de l’EEE/);
    assert.match(polynesia, /Pays ou territoire d’outre-mer \(PTOM\)/);
  });

  it('says where sources disagree, and what an adequacy decision’s scope requires', () => {
    const barth = hoverText(atCursor('main.hds.yaml', 'scope:\n  storage:\n    - { site: b, country: B|L }\n'));
    assert.match(barth, /Note: Sources differ: the consolidated TFEU still names Saint-Barthélemy/);
    const us = hoverText(atCursor('main.hds.yaml', 'host:\n  remote_access:\n    - { from: U|S, basis: adequacy }\n'));
    assert.match(us, /2023\/1795/);
    assert.match(us, /`dpf_certified: true`/);
  });

  it('explains the new keys and the none answer, in both languages', () => {
    assert.match(hoverText(atCursor('main.hds.yaml', 'host:\n  remote_access:\n    - { from: US, basis: scc, dpf_cert|ified: false }\n')), /Data Privacy Framework/);
    assert.match(hoverText(atCursor('main.hds.yaml', 'host:\n  remote_access: no|ne\n')), /\*\*remote\\_access\*\*: `none` — The host.s own remote access/);
    assert.match(hoverText(atCursor('subcontractors.hds.yaml', 'subcontractors:\n  - id: x\n    under_host_super|vision: true\n', { locale: 'fr' })), /supervision de l’hébergeur/);
    assert.match(hoverText(atCursor('main.hds.yaml', 'hds: 2\nho|st:\n  secnumcloud: false\n')), /The host's own row of the presentation of guarantees/);
  });

  it('describes a supervised subcontractor where it is referenced', () => {
    const text = hoverText(inExample('declaration.hds.yaml', 'by: [astreinte-ops] }', 'by: [astreinte-o|ps] }'));
    assert.match(text, /Acts under the host’s security policy and supervision/);
  });
});
