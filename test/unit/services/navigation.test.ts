// Navigation over the examples' split declaration: definition, references and rename across
// files, the outline, workspace symbols and folding.
import * as assert from 'node:assert/strict';
import type { Location, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDeclaration, parseFile, positionAt } from '../../../server/src/engine';
import { foldingRanges } from '../../../server/src/services/folding';
import { definitionAt, prepareRename, referencesAt, rename } from '../../../server/src/services/references';
import { documentSymbols, workspaceSymbols } from '../../../server/src/services/symbols';
import { TODAY } from '../fixtures';
import { atCursor, example, EXAMPLE_FILES, exampleWith } from './serviceFixtures';

/** The cursor at `|` in `name`, written in place of `search` by `replacement`. */
function cursor(name: string, search: string, replacement: string, locale: 'en' | 'fr' = 'en') {
  const at = atCursor(name, exampleWith(name, search, replacement), { locale });
  return { ...at, position: positionAt(at.file, at.offset), uri: at.file.uri };
}

const fileName = (location: Location) => location.uri.split('/').pop();
const lineOf = (location: Location) => location.range.start.line;

function applied(edit: WorkspaceEdit, texts: Record<string, string>): Record<string, string> {
  const result = { ...texts };
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const name = uri.split('/').pop()!;
    result[name] = TextDocument.applyEdits(TextDocument.create(uri, 'hds-yaml', 1, result[name]), edits);
  }
  return result;
}

const exampleTexts = () => Object.fromEntries(EXAMPLE_FILES.map((name) => [name, example(name)]));
const checkTexts = (texts: Record<string, string>) =>
  checkDeclaration(Object.entries(texts).map(([name, text]) => ({ uri: `file:///workspace/decl/${name}`, text })), { today: TODAY, locale: 'en' });

describe('navigation', () => {
  describe('definition and references', () => {
    it('goes from a subcontractor in the scope to its declaration in another file', () => {
      const at = cursor('declaration.hds.yaml', 'by: [dc-nord, coffre-fort], sites', 'by: [dc-n|ord, coffre-fort], sites');
      const [definition, ...more] = definitionAt(at.checked, at.uri, at.position);
      assert.deepEqual(more, []);
      assert.equal(fileName(definition), 'subcontractors.hds.yaml');
      assert.equal(lineOf(definition), 2);
      assert.equal(example('subcontractors.hds.yaml').split('\n')[2].slice(definition.range.start.character, definition.range.end.character), 'dc-nord');
    });

    it('finds every use of a subcontractor: activities and storage operators, with or without its declaration', () => {
      const at = cursor('subcontractors.hds.yaml', '  - id: dc-nord', '  - id: dc-|nord');
      const all = referencesAt(at.checked, at.uri, at.position, true);
      assert.deepEqual(all.map((location) => `${fileName(location)}:${lineOf(location) + 1}`), [
        'subcontractors.hds.yaml:3',
        'declaration.hds.yaml:52',
        'declaration.hds.yaml:53',
        'declaration.hds.yaml:59',
        'declaration.hds.yaml:60',
        'declaration.hds.yaml:62',
      ]);
      assert.equal(referencesAt(at.checked, at.uri, at.position, false).length, 5);
    });

    it('finds the uses of a storage site and the definition of a risk', () => {
      const site = cursor('declaration.hds.yaml', 'sites: [francfort-1, saint-denis-1] }', 'sites: [francfort|-1, saint-denis-1] }');
      assert.deepEqual(referencesAt(site.checked, site.uri, site.position, true).map(lineOf), [60, 51, 56]);
      const risk = cursor('risks.hds.yaml', '  - id: R-02', '  - id: R-0|2');
      assert.deepEqual(definitionAt(risk.checked, risk.uri, risk.position).map(lineOf), [risk.position.line]);
    });

    it('goes from a control a risk relies on to its SoA entry', () => {
      const at = cursor('risks.hds.yaml', 'controls: ["7.5", "8.13", "8.14"]', 'controls: ["7.5", "8.1|3", "8.14"]');
      const [definition] = definitionAt(at.checked, at.uri, at.position);
      assert.equal(fileName(definition), 'soa.hds.yaml');
      assert.match(example('soa.hds.yaml').split('\n')[lineOf(definition)], /"8\.13"/);
    });

    it('answers nothing away from ids', () => {
      const at = cursor('risks.hds.yaml', 'title: Fire or flooding', 'title: Fire or fl|ooding');
      assert.deepEqual(definitionAt(at.checked, at.uri, at.position), []);
      assert.deepEqual(referencesAt(at.checked, at.uri, at.position, true), []);
    });
  });

  describe('rename', () => {
    it('renames a subcontractor in every file, and the declaration still checks clean', () => {
      const at = cursor('subcontractors.hds.yaml', '  - id: dc-nord', '  - id: |dc-nord');
      assert.deepEqual(prepareRename(at.checked, at.file, at.position, 'en'), { range: { start: { line: 2, character: 8 }, end: { line: 2, character: 15 } }, placeholder: 'dc-nord' });
      const edit = rename(at.checked, at.file, at.position, 'dc-north', 'en') as WorkspaceEdit;
      assert.deepEqual(Object.keys(edit.changes!).map((uri) => uri.split('/').pop()).sort(), ['declaration.hds.yaml', 'subcontractors.hds.yaml']);
      const texts = applied(edit, exampleTexts());
      assert.match(texts['declaration.hds.yaml'], /by: \[dc-north, coffre-fort\]/);
      assert.match(texts['declaration.hds.yaml'], /operator: dc-north \}/);
      assert.deepEqual(checkTexts(texts).findings.map((finding) => finding.message), []);
    });

    it('keeps the quotes of a quoted id', () => {
      const texts = { ...exampleTexts(), 'risks.hds.yaml': example('risks.hds.yaml').replace('  - id: R-02', '  - id: "R-02"') };
      const checked = checkTexts(texts);
      const file = checked.declaration.files.find((candidate) => candidate.uri.endsWith('risks.hds.yaml'))!;
      const offset = texts['risks.hds.yaml'].indexOf('"R-02"') + 2;
      const edit = rename(checked, file, positionAt(file, offset), 'R-20', 'en') as WorkspaceEdit;
      assert.match(applied(edit, texts)['risks.hds.yaml'], / {2}- id: "R-20"\n/);
    });

    it('renames a risk in the exceptions that name it, which still accept its finding', () => {
      const risks = example('risks.hds.yaml').replace('    likelihood: 2\n    impact: 4\n    treatment: reduce\n    controls: ["7.10", "8.12"]', '    impact: 4\n    treatment: reduce\n    controls: ["7.10", "8.12"]');
      const exception = 'exceptions:\n  - { rule: risk-unassessed, target: R-02, justification: Set at the March committee., approved_by: Claire Martin, until: 2027-03-31 }\n';
      const texts = { ...exampleTexts(), 'risks.hds.yaml': risks, 'declaration.hds.yaml': example('declaration.hds.yaml') + exception };
      const checked = checkTexts(texts);
      const file = checked.declaration.files.find((candidate) => candidate.uri.endsWith('risks.hds.yaml'))!;
      const edit = rename(checked, file, positionAt(file, risks.indexOf('R-02') + 1), 'R-20', 'en') as WorkspaceEdit;
      const renamed = applied(edit, texts);
      assert.match(renamed['declaration.hds.yaml'], /target: R-20,/);
      const accepted = checkTexts(renamed).findings.filter((finding) => finding.code === 'risk-unassessed');
      assert.deepEqual(accepted.map((finding) => [finding.data?.risk, finding.severity]), [['R-20', 'information']]);
    });

    it('refuses catalog ids, text that is no id, invalid and taken names, in the user language', () => {
      const control = cursor('risks.hds.yaml', 'controls: ["7.5", "8.13", "8.14"]', 'controls: ["7.5", "8.1|3", "8.14"]');
      assert.match((prepareRename(control.checked, control.file, control.position, 'en') as { error: string }).error, /Annex A control/);
      const activity = cursor('declaration.hds.yaml', '    hardware:               {', '    hard|ware:               {', 'fr');
      assert.match((prepareRename(activity.checked, activity.file, activity.position, 'fr') as { error: string }).error, /ne se renomme pas/);
      const title = cursor('risks.hds.yaml', 'title: Fire or flooding', 'title: Fire or fl|ooding');
      assert.match((prepareRename(title.checked, title.file, title.position, 'en') as { error: string }).error, /Only the ids this declaration defines/);
      const subcontractor = cursor('subcontractors.hds.yaml', '  - id: dc-nord', '  - id: dc-|nord');
      assert.match((rename(subcontractor.checked, subcontractor.file, subcontractor.position, 'dc nord', 'en') as { error: string }).error, /not a valid id/);
      assert.match((rename(subcontractor.checked, subcontractor.file, subcontractor.position, 'coffre-fort', 'en') as { error: string }).error, /already has a subcontractor ‘coffre-fort’/);
    });
  });

  describe('document symbols', () => {
    it('outlines the sections of a file, with the activities numbered and their provision', () => {
      const file = parseFile({ uri: 'file:///d/declaration.hds.yaml', text: example('declaration.hds.yaml') });
      const symbols = documentSymbols(file, 'en');
      assert.deepEqual(symbols.map((symbol) => symbol.name), ['hds', 'organization', 'certification', 'scope', 'transfers', 'contract', 'host', 'isms', 'requirements', 'risk_criteria']);
      const activities = symbols.find((symbol) => symbol.name === 'scope')!.children!.find((symbol) => symbol.name === 'activities')!;
      assert.deepEqual(activities.children!.map((symbol) => `${symbol.name}: ${symbol.detail}`).slice(0, 2), [
        'physical-sites: 1. Physical sites · subcontracted',
        'hardware: 2. Hardware infrastructure · subcontracted',
      ]);
      const storage = symbols.find((symbol) => symbol.name === 'scope')!.children!.find((symbol) => symbol.name === 'storage')!;
      assert.deepEqual(storage.children!.map((symbol) => symbol.name), ['lille-1', 'lille-2', 'francfort-1', 'saint-denis-1']);
    });

    it('names risks by id and title, SoA entries by control and title, with ranges that hold their selection', () => {
      const risks = documentSymbols(parseFile({ uri: 'file:///d/risks.hds.yaml', text: example('risks.hds.yaml') }), 'fr')[0];
      assert.equal(risks.children![0].name, 'R-01');
      assert.match(risks.children![0].detail!, /Fire or flooding/);
      const soa = documentSymbols(parseFile({ uri: 'file:///d/soa.hds.yaml', text: example('soa.hds.yaml') }), 'fr')[0];
      assert.equal(soa.children!.length, 93);
      assert.match(soa.children!.find((symbol) => symbol.name === '8.24')!.detail!, /^Utilisation de la cryptographie/);
      for (const symbol of [...risks.children!, ...soa.children!]) {
        assert.ok(symbol.range.start.line <= symbol.selectionRange.start.line && symbol.selectionRange.end.line <= symbol.range.end.line, symbol.name);
      }
    });

    it('never throws on broken or half-typed files', () => {
      for (const text of ['', 'risks:\n  - id: R-1\n    title: [', '- a\n- b\n', 'soa:\n  - control\n  -\n', '{ risks: [ { id: ']) {
        assert.doesNotThrow(() => documentSymbols(parseFile({ uri: 'file:///d/x.hds.yaml', text }), 'en'));
      }
    });
  });

  describe('workspace symbols', () => {
    it('finds subcontractors, sites and risks by id or description', () => {
      const checked = checkTexts(exampleTexts());
      assert.deepEqual(workspaceSymbols([checked], 'nord').map((symbol) => symbol.name), ['dc-nord']);
      // R-01's title speaks of the Lille data centre.
      assert.deepEqual(workspaceSymbols([checked], 'lille').map((symbol) => symbol.name), ['lille-1', 'lille-2', 'R-01']);
      assert.ok(workspaceSymbols([checked], 'usb').some((symbol) => symbol.name === 'R-02'));
      assert.ok(workspaceSymbols([checked], '').length > 10);
    });
  });

  describe('folding', () => {
    it('folds each multi-line entry and the opening comment block', () => {
      const text = example('risks.hds.yaml');
      const ranges = foldingRanges(parseFile({ uri: 'file:///d/risks.hds.yaml', text }));
      const lines = text.split('\n');
      assert.deepEqual(ranges[0], { startLine: 0, endLine: 2, kind: 'comment' });
      const risk = ranges.find((range) => lines[range.startLine] === '  - id: R-01')!;
      assert.equal(lines[risk.endLine].trim(), 'owner: Directeur technique');
      for (const range of ranges) assert.ok(range.endLine > range.startLine);
    });

    it('folds what the parser recovers of a file with a syntax error, and its comments', () => {
      const ranges = foldingRanges(parseFile({ uri: 'file:///d/x.hds.yaml', text: '# one\n# two\nrisks: [\n  - {' }));
      assert.deepEqual(ranges, [{ startLine: 0, endLine: 1, kind: 'comment' }, { startLine: 2, endLine: 3 }]);
    });

    it('folds only comments in an unreadable file', () => {
      const ranges = foldingRanges(parseFile({ uri: 'file:///d/x.hds.yaml', text: '# one\n# two\nrisks:\n  - \u0000\u0001\u0002' }));
      assert.deepEqual(ranges, [{ startLine: 0, endLine: 1, kind: 'comment' }]);
    });
  });
});
