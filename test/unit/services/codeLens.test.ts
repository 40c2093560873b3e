// Coverage lenses over `risks:` and `soa:`, in the file where each section is written.
import * as assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { codeLenses } from '../../../server/src/services/codeLens';
import { check, cleanDeclaration, documentsOf, ROOT } from '../fixtures';

describe('code lenses', () => {
  it('count covered events and listed controls, and run the fix while incomplete', () => {
    const declaration = cleanDeclaration();
    declaration.risks = declaration.risks.slice(2);
    declaration.soa = declaration.soa.slice(3);
    const result = check(declaration);
    const uri = `${ROOT}/main.hds.yaml`;
    const lenses = codeLenses(result, uri, 'en');
    assert.deepEqual(lenses.map((lens) => lens.command), [
      { title: '11/13 HDS v2 risk events covered', command: 'hds.addMissingRiskEvents', arguments: [{ uri }] },
      { title: '90/93 Annex A controls decided', command: 'hds.addMissingControls', arguments: [{ uri }] },
    ]);
    const text = documentsOf(declaration)[0].text.split('\n');
    assert.equal(text[lenses[0].range.start.line], 'risks:');
    assert.equal(text[lenses[1].range.start.line], 'soa:');
    assert.deepEqual(codeLenses(result, uri, 'fr').map((lens) => lens.command!.title), ['11/13 événements de risque HDS v2 couverts', "90/93 mesures de l’annexe A tranchées"]);
  });

  it('only state the count when complete', () => {
    const uri = `${ROOT}/main.hds.yaml`;
    const lenses = codeLenses(check(cleanDeclaration()), uri, 'en');
    assert.deepEqual(lenses.map((lens) => lens.command), [
      { title: '13/13 HDS v2 risk events covered', command: '', arguments: undefined },
      { title: '93/93 Annex A controls decided', command: '', arguments: undefined },
    ]);
  });

  it('count listed but undecided controls as undecided: all listed, nothing to add, 92 decided', () => {
    const declaration = cleanDeclaration();
    declaration.soa[5].applicable = 'TODO';
    const uri = `${ROOT}/main.hds.yaml`;
    assert.deepEqual(codeLenses(check(declaration), uri, 'en')[1].command, { title: '92/93 Annex A controls decided', command: '', arguments: undefined });
  });

  it('offer the table editor on each section to a client that opens it, and only to one', () => {
    const uri = `${ROOT}/main.hds.yaml`;
    const result = check(cleanDeclaration());
    const lenses = codeLenses(result, uri, 'fr', { tableEditor: true });
    assert.deepEqual(lenses.map((lens) => lens.command), [
      { title: '13/13 événements de risque HDS v2 couverts', command: '', arguments: undefined },
      { title: 'Modifier sous forme de tableau', command: 'hds.editRisksTable', arguments: [{ uri }] },
      { title: '93/93 mesures de l’annexe A tranchées', command: '', arguments: undefined },
      { title: 'Modifier sous forme de tableau', command: 'hds.editSoaTable', arguments: [{ uri }] },
    ]);
    assert.deepEqual(lenses[1].range, lenses[0].range);
    assert.equal(codeLenses(result, uri, 'en', { tableEditor: false }).length, 2);
  });

  it('sit in the file that holds the section', () => {
    const { risks, soa, ...main } = cleanDeclaration();
    const result = check({ 'declaration.hds.yaml': main, 'risks.hds.yaml': `# risks\n${stringify({ risks })}`, 'soa.hds.yaml': { soa } });
    assert.deepEqual(codeLenses(result, `${ROOT}/declaration.hds.yaml`, 'en'), []);
    const risksLens = codeLenses(result, `${ROOT}/risks.hds.yaml`, 'en');
    assert.deepEqual(risksLens.map((lens) => [lens.range.start.line, lens.command!.title]), [[1, '13/13 HDS v2 risk events covered']]);
    assert.deepEqual(codeLenses(result, `${ROOT}/soa.hds.yaml`, 'en').map((lens) => lens.command!.title), ['93/93 Annex A controls decided']);
  });
});
