// The table editor's model (every Annex A control, or every risk, with the export's cells and the
// filters each row passes) and its edits (text edits of the YAML that keep comments, order and
// formatting), on the example declaration as users have it.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver';
import { checkDeclaration, type Declaration, type Locale } from '../../../server/src/engine';
import { controls } from '../../../server/src/engine/catalog';
import { soaTable, risksTable } from '../../../server/src/documents/tables';
import { risksTableModel, soaTableModel, tableEdit } from '../../../server/src/services/tableEditor';
import type { TableEditParams } from '../../../server/src/protocol';
import { EXAMPLE_FILES, example } from './serviceFixtures';
import { TODAY } from '../fixtures';

const URI = (name: string) => `file:///workspace/decl/${name}`;

/** The example declaration with some of its files replaced. */
function declarationWith(overrides: Record<string, string> = {}, locale: Locale = 'en'): Declaration {
  const texts: Record<string, string> = { ...Object.fromEntries(EXAMPLE_FILES.map((name) => [name, example(name)])), ...overrides };
  return checkDeclaration(Object.entries(texts).map(([name, text]) => ({ uri: URI(name), text })), { today: TODAY, locale }).declaration;
}

function replaced(text: string, search: string | RegExp, replacement: string): string {
  const result = text.replace(search, replacement);
  assert.notEqual(result, text, `${String(search)} is in the text`);
  return result;
}

/** The text of `name` once `edit` is applied, as an editor would. */
function applied(declaration: Declaration, params: Pick<TableEditParams, 'kind' | 'keys' | 'set'>, name: string, locale: Locale = 'en'): string {
  const result = tableEdit(declaration, params, locale);
  assert.equal(result.message, undefined, result.message);
  const edits = result.edit?.changes?.[URI(name)] as TextEdit[] | undefined;
  assert.ok(edits, `an edit of ${name}`);
  const file = declaration.files.find((candidate) => candidate.uri === URI(name))!;
  return TextDocument.applyEdits(TextDocument.create(file.uri, 'hds-yaml', 1, file.text), edits);
}

const comments = (text: string) => text.split('\n').flatMap((line) => (/#/.test(line) ? [line.slice(line.indexOf('#'))] : []));

describe('table editor', () => {
  describe('the SoA model', () => {
    it('has one row per Annex A control, listed or not, with the export’s headers and cells', () => {
      const soa = replaced(example('soa.hds.yaml'), /^ {2}- \{ control: "5\.3".*\n/m, '');
      for (const locale of ['en', 'fr'] as const) {
        const declaration = declarationWith({ 'soa.hds.yaml': soa }, locale);
        const model = soaTableModel(declaration, locale);
        const table = soaTable(declaration, locale);
        assert.equal(model.rows.length, 93);
        assert.deepEqual(model.rows.map((row) => row.key), controls.map((control) => control.id));
        assert.deepEqual(model.columns.map((column) => column.header), table.headers);
        assert.deepEqual(model.rows.map((row) => row.cells), table.rows);
        assert.equal(model.locale, locale);
      }
      const model = soaTableModel(declarationWith({ 'soa.hds.yaml': soa }), 'en');
      const unlisted = model.rows.find((row) => row.key === '5.3')!;
      assert.deepEqual(unlisted.flags, ['undecided']);
      assert.deepEqual(unlisted.values, {});
      assert.equal(unlisted.location, undefined);
      assert.equal(unlisted.cells[3], 'not stated in the SoA');
      assert.deepEqual(model.progress, { label: '92/93 Annex A controls decided', done: 92, total: 93 });
      // Editors: applicable yes/no, status from the schema in words, dates, free text.
      const status = model.columns.find((column) => column.id === 'status')!;
      assert.deepEqual(status.choices, [
        { value: 'implemented', label: 'implemented' },
        { value: 'partial', label: 'partially implemented' },
        { value: 'planned', label: 'planned' },
        { value: 'not-implemented', label: 'not implemented' },
      ]);
      assert.equal(model.columns.find((column) => column.id === 'applicable')!.editor, 'boolean');
      assert.equal(model.columns.find((column) => column.id === 'due')!.editor, 'date');
      assert.equal(model.columns.find((column) => column.id === 'title')!.editor, undefined);
    });

    it('counts a placeholder as undecided: no value, the undecided filter, out of the progress', () => {
      let soa = replaced(example('soa.hds.yaml'), '{ control: "5.2", applicable: true, status: implemented }', '{ control: "5.2", applicable: TODO, status: TBD }');
      soa = replaced(soa, '{ control: "5.4", applicable: true, status: implemented }', '{ control: "5.4", applicable: false, justification: N/A }');
      const model = soaTableModel(declarationWith({ 'soa.hds.yaml': soa }), 'en');
      const row = (id: string) => model.rows.find((candidate) => candidate.key === id)!;
      assert.deepEqual(row('5.2').values, {});
      assert.deepEqual(row('5.2').flags, ['undecided']);
      assert.equal(row('5.2').cells[3], '—');
      // Excluded with a placeholder justification: excluded, but not decided.
      assert.deepEqual(row('5.4').values, { applicable: false });
      assert.deepEqual(row('5.4').flags, ['undecided', 'excluded']);
      assert.equal(model.progress.done, 91);
      assert.deepEqual(model.filters.find((filter) => filter.id === 'undecided'), { id: 'undecided', label: 'Undecided', count: 2 });
    });

    it('flags planned controls and applicable controls whose evidence is missing or not given', () => {
      const declaration = declarationWith();
      const probe = { fileExists: (uri: string) => !uri.endsWith('/pssi.md'), workspaceRoot: 'file:///workspace' };
      const model = soaTableModel(declaration, 'en', probe);
      const row = (id: string) => model.rows.find((candidate) => candidate.key === id)!;
      assert.ok(row('5.1').flags.includes('missingEvidence'), 'evidence/pssi.md is not found');
      assert.ok(!row('5.15').flags.includes('missingEvidence'), 'evidence/access-policy.md is found');
      assert.ok(row('5.2').flags.includes('missingEvidence'), 'no evidence given');
      assert.ok(row('5.23').flags.includes('planned'));
      assert.ok(!row('5.7').flags.includes('planned'), 'partial is not planned');
      const excluded = model.rows.filter((candidate) => candidate.flags.includes('excluded'));
      assert.ok(excluded.length > 0 && excluded.every((candidate) => candidate.values.applicable === false && !candidate.flags.includes('missingEvidence')));
    });
  });

  describe('SoA edits', () => {
    it('set status and owner on several rows at once, keeping every comment, its column and every other line', () => {
      const declaration = declarationWith();
      const original = example('soa.hds.yaml');
      const text = applied(declaration, { kind: 'soa', keys: ['5.2', '5.5', '5.7'], set: { status: 'planned', owner: 'RSSI' } }, 'soa.hds.yaml');
      assert.deepEqual(comments(text), comments(original));
      const before = original.split('\n');
      const after = text.split('\n');
      assert.equal(after.length, before.length);
      const changed = after.flatMap((line, index) => (line !== before[index] ? [line] : []));
      assert.deepEqual(changed, [
        '  - { control: "5.2", applicable: true, status: planned, owner: RSSI }          # Information security roles and responsibilities',
        '  - { control: "5.5", applicable: true, status: planned, owner: RSSI }          # Contact with authorities',
        '  - { control: "5.7", applicable: true, status: planned, due: 2027-06-30, owner: RSSI }  # Threat intelligence',
      ]);
      // The declaration reads the new values back.
      const again = soaTableModel(declarationWith({ 'soa.hds.yaml': text }), 'en');
      for (const id of ['5.2', '5.5', '5.7']) assert.equal(again.rows.find((row) => row.key === id)!.values.status, 'planned');
    });

    it('adds a control the SoA does not list as a new entry after its predecessor, in the style of its neighbours', () => {
      let soa = replaced(example('soa.hds.yaml'), /^ {2}- \{ control: "5\.3".*\n/m, '');
      soa = replaced(soa, /^ {2}- \{ control: "8\.1".*\n/m, '');
      const text = applied(declarationWith({ 'soa.hds.yaml': soa }), { kind: 'soa', keys: ['8.1', '5.3', '5.4'], set: { status: 'planned', due: '2027-03-31' } }, 'soa.hds.yaml', 'fr');
      const lines = text.split('\n');
      const at = (id: string) => lines.findIndex((line) => line.includes(`control: "${id}"`));
      assert.equal(at('5.3'), at('5.2') + 1);
      assert.equal(at('8.1'), at('7.14') + 1);
      assert.match(lines[at('5.3')], /^ {2}- \{ control: "5\.3", applicable: TODO, status: planned, due: 2027-03-31 \} +# Séparation des tâches$/);
      assert.match(lines[at('5.4')], /^ {2}- \{ control: "5\.4", applicable: true, status: planned, due: 2027-03-31 \} +# Management responsibilities$/);
      const model = soaTableModel(declarationWith({ 'soa.hds.yaml': text }), 'en');
      assert.deepEqual(model.rows.find((row) => row.key === '5.3')!.flags, ['undecided', 'planned']);
      assert.equal(model.progress.done, 91, 'the added entries are still undecided (applicable: TODO)');
    });

    it('decides an undecided entry by replacing its placeholder', () => {
      const soa = replaced(example('soa.hds.yaml'), '{ control: "5.2", applicable: true, status: implemented }', '{ control: "5.2", applicable: TODO, status: implemented }');
      const text = applied(declarationWith({ 'soa.hds.yaml': soa }), { kind: 'soa', keys: ['5.2'], set: { applicable: false, justification: 'Une seule personne: pas de séparation possible' } }, 'soa.hds.yaml');
      assert.ok(text.includes('  - { control: "5.2", applicable: false, status: implemented, justification: "Une seule personne: pas de séparation possible" }  # Information security roles and responsibilities\n'));
      const model = soaTableModel(declarationWith({ 'soa.hds.yaml': text }), 'en');
      assert.deepEqual(model.rows.find((row) => row.key === '5.2')!.flags, ['excluded']);
      assert.equal(model.progress.done, 93);
    });

    it('removes a key when its value is emptied, and keeps the comment in its column', () => {
      const text = applied(declarationWith(), { kind: 'soa', keys: ['5.7'], set: { due: null } }, 'soa.hds.yaml');
      const line = (source: string) => source.split('\n').find((candidate) => candidate.includes('control: "5.7"'))!;
      assert.match(line(text), /^ {2}- \{ control: "5\.7", applicable: true, status: partial \} +# Threat intelligence$/);
      assert.equal(line(text).indexOf('#'), line(example('soa.hds.yaml')).indexOf('#'));
    });

    it('writes into block-style entries with their indentation, keeping quotes', () => {
      const soa = [
        '# SoA in block style',
        'soa:',
        '  - control: "5.1"',
        '    applicable: true',
        "    owner: 'Jean Dupont'   # named in the PSSI",
        '  # the others follow',
        ...controls.slice(1).map((control) => `  - control: "${control.id}"\n    applicable: true\n    status: implemented`),
        '',
      ].join('\n');
      const text = applied(declarationWith({ 'soa.hds.yaml': soa }), { kind: 'soa', keys: ['5.1', '5.2'], set: { status: 'partial', owner: "Marie l'RSSI", due: '2027-01-15' } }, 'soa.hds.yaml');
      assert.ok(text.startsWith([
        '# SoA in block style',
        'soa:',
        '  - control: "5.1"',
        '    applicable: true',
        '    status: partial',
        '    due: 2027-01-15',
        "    owner: 'Marie l''RSSI'  # named in the PSSI",
        '  # the others follow',
        '  - control: "5.2"',
        '    applicable: true',
        '    status: partial',
        '    due: 2027-01-15',
        "    owner: Marie l'RSSI",
        '  - control: "5.3"',
      ].join('\n')), text.slice(0, 400));
    });

    it('refuses what does not fit, writing nothing', () => {
      const declaration = declarationWith();
      const refused = (set: TableEditParams['set'], keys = ['5.1'], locale: Locale = 'en') => {
        const result = tableEdit(declaration, { kind: 'soa', keys, set }, locale);
        assert.equal(result.edit, undefined);
        return result.message;
      };
      assert.equal(refused({ status: 'done' }), '"done" is not a value of Status.');
      assert.equal(refused({ due: '2027-02-30' }), '"2027-02-30" is not a value of Due date.');
      assert.equal(refused({ applicable: null }), 'Applicable cannot be emptied: the entry needs it.');
      assert.equal(refused({ applicable: 'yes' }), '"yes" is not a value of Applicable.');
      assert.equal(refused({ title: 'x' }), 'Column Title cannot be edited from the table.');
      assert.equal(refused({ status: 'planned' }, ['9.9']), 'Row 9.9 is no longer in the table: it changed in the text; try again.');
      assert.equal(refused({ applicable: null }, ['5.1'], 'fr'), 'Applicable ne peut pas être vidé\u00a0: l’entrée en a besoin.');
      // A file with a syntax error is never edited from the table.
      const broken = declarationWith({ 'soa.hds.yaml': `${example('soa.hds.yaml')}\n  - { control: "9.1"\n` });
      const model = soaTableModel(broken, 'en');
      assert.match(model.readOnly ?? '', /^soa\.hds\.yaml cannot be edited from the table until its syntax errors are fixed/);
      assert.equal(tableEdit(broken, { kind: 'soa', keys: ['5.1'], set: { status: 'planned' } }, 'en').message, model.readOnly);
    });
  });

  describe('the risk register', () => {
    it('has one row per risk with the export’s cells, and sets owner and treatment in the schema’s key order', () => {
      const declaration = declarationWith();
      const model = risksTableModel(declaration, 'en');
      assert.deepEqual(model.rows.map((row) => row.cells), risksTable(declaration, 'en').rows);
      // One column per cell, headed as in the export: the page draws a cell per column.
      assert.deepEqual(model.columns.map((column) => column.header), risksTable(declaration, 'en').headers);
      for (const row of model.rows) assert.equal(row.cells.length, model.columns.length);
      assert.deepEqual(model.columns.filter((column) => column.numeric).map((column) => column.id), ['likelihood', 'impact', 'level', 'residualLevel', 'residualLikelihood', 'residualImpact']);
      assert.equal(model.rows[0].key, '0:R-01');
      assert.deepEqual(model.progress, { label: '13/13 risks assessed', done: 13, total: 13 });
      const original = example('risks.hds.yaml');
      const text = applied(declaration, { kind: 'risks', keys: [model.rows[0].key, model.rows[1].key], set: { owner: 'DSI', treatment: 'transfer' } }, 'risks.hds.yaml');
      assert.deepEqual(comments(text), comments(original));
      assert.ok(text.includes('    treatment: transfer\n    controls: ["7.5", "8.13", "8.14"]\n    residual: { likelihood: 1, impact: 2 }\n    owner: DSI\n'));
      // R-02 had no owner: it goes after controls, where the schema puts it.
      assert.ok(text.includes('    treatment: transfer\n    controls: ["7.10", "8.12"]\n    owner: DSI\n\n  - id: R-03'));
      assert.equal(tableEdit(declaration, { kind: 'risks', keys: ['0:R-02'], set: { owner: 'x' } }, 'en').message, 'Row R-02 is no longer in the table: it changed in the text; try again.');
      assert.equal(tableEdit(declaration, { kind: 'risks', keys: ['0:R-01'], set: { likelihood: 5 } }, 'en').message, '5 is not a value of Likelihood.');
    });

    it('offers the levels of the declared scales, labelled, and writes a level only the declared scale has', () => {
      const five = replaced(example('declaration.hds.yaml'), /(\n {4}- level: 4\n {6}label: Almost certain\n)/, '$1    - level: 5\n      label: Frequent\n');
      const declaration = declarationWith({ 'declaration.hds.yaml': five });
      const likelihood = risksTableModel(declaration, 'en').columns.find((column) => column.id === 'likelihood')!;
      assert.deepEqual(likelihood.choices?.map((choice) => choice.label), ['1 — Rare', '2 — Unlikely', '3 — Likely', '4 — Almost certain', '5 — Frequent']);
      const text = applied(declaration, { kind: 'risks', keys: ['0:R-01'], set: { likelihood: '5' } }, 'risks.hds.yaml');
      assert.ok(/id: R-01[\s\S]*?likelihood: 5\n/.test(text));
      // Without that level, 5 is refused: the table offers only what the scale has.
      assert.equal(tableEdit(declarationWith(), { kind: 'risks', keys: ['0:R-01'], set: { likelihood: 5 } }, 'en').message, '5 is not a value of Likelihood.');
    });

    it('counts risks still to assess', () => {
      const risks = replaced(example('risks.hds.yaml'), /(id: R-02[\s\S]*?)likelihood: 2/, '$1likelihood: TODO');
      const model = risksTableModel(declarationWith({ 'risks.hds.yaml': risks }), 'fr');
      assert.deepEqual(model.rows[1].flags.includes('unassessed'), true);
      assert.equal(model.rows[1].values.likelihood, undefined);
      assert.equal(model.progress.label, '12/13 risques évalués');
      const text = applied(declarationWith({ 'risks.hds.yaml': risks }), { kind: 'risks', keys: [model.rows[1].key], set: { likelihood: '3' } }, 'risks.hds.yaml');
      assert.ok(/id: R-02[\s\S]*?likelihood: 3\n/.test(text));
    });
  });
});
