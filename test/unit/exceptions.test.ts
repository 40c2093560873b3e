// Accepted exceptions: a finding an exception is about is shown as information, saying who
// accepted it, until when and why; once the end date has passed it is back at its severity; an
// incomplete exception accepts nothing.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from '../../server/src/services/diagnostics';
import { ACCEPT_EXCEPTION_KIND, codeActions } from '../../server/src/services/codeActions';
import { check, cleanDeclaration, documentsOf, type Yaml } from './fixtures';
import { checkDeclaration } from '../../server/src/engine';

const record = { justification: 'Reviewed in the 2027 risk workshop.', approved_by: 'Claire Martin, RSSI', until: '2027-03-31' };

function unassessed(exceptions?: Yaml[]): Yaml {
  const declaration = cleanDeclaration();
  delete declaration.risks[0].likelihood;
  if (exceptions) declaration.exceptions = exceptions;
  return declaration;
}

const about = (declaration: Yaml, options = {}) => check(declaration, options).findings.filter((finding) => finding.code === 'risk-unassessed');

describe('accepted exceptions', () => {
  it('show the finding as information, with who accepted it, until when and why', () => {
    const [finding] = about(unassessed([{ rule: 'risk-unassessed', target: 'R-01', ...record }]));
    assert.equal(finding.severity, 'information');
    assert.equal(finding.message, 'Risk ‘R-01’ is not assessed yet: ‘likelihood’ to decide. Until it is, it covers no EXI-05 event. [ISO/IEC 27001 6.1.2] — accepted by Claire Martin, RSSI until 31 March 2027, because Reviewed in the 2027 risk workshop.');
    assert.deepEqual({ ...finding.accepted, location: undefined }, { severity: 'warning', approvedBy: 'Claire Martin, RSSI', until: '2027-03-31', justification: 'Reviewed in the 2027 risk workshop.', location: undefined });
    assert.equal(finding.accepted!.location.range.start.line, 537);
  });

  it('say it in French, the date written the French way', () => {
    const [finding] = about(unassessed([{ rule: 'risk-unassessed', target: 'R-01', ...record }]), { locale: 'fr' });
    assert.match(finding.message, / — accepté par Claire Martin, RSSI jusqu’au 31\u00a0mars 2027, car Reviewed in the 2027 risk workshop\.$/);
  });

  it('hold on their last day, and give the finding back its severity the day after', () => {
    const declaration = unassessed([{ rule: 'risk-unassessed', target: 'R-01', ...record }]);
    assert.equal(about(declaration, { today: '2027-03-31' })[0].severity, 'information');
    const [after] = about(declaration, { today: '2027-04-01' });
    assert.equal(after.severity, 'warning');
    assert.equal(after.accepted, undefined);
    assert.match(after.message, /\(the exception that accepted it ended on 31 March 2027\)$/);
  });

  it('keep the severity a setting gives the rule', () => {
    const declaration = unassessed([{ rule: 'risk-unassessed', target: 'R-01', ...record }]);
    const [finding] = about(declaration, { rules: { 'risk-unassessed': 'error' } });
    assert.equal(finding.accepted!.severity, 'error');
    assert.equal(about(declaration, { rules: { 'risk-unassessed': 'error' }, today: '2028-01-01' })[0].severity, 'error');
  });

  it('accept nothing while incomplete, and only the finding they name', () => {
    assert.equal(about(unassessed([{ rule: 'risk-unassessed', target: 'R-01', justification: 'TODO' }]))[0].severity, 'warning');
    const declaration = unassessed([{ rule: 'risk-unassessed', target: 'R-01', ...record }]);
    delete declaration.risks[1].impact;
    assert.deepEqual(about(declaration).map((finding) => [finding.data?.risk, finding.severity]), [['R-01', 'information'], ['R-02', 'warning']]);
  });

  it('match a control written as a number the way it is written', () => {
    const declaration = cleanDeclaration();
    const text = checkDeclaration(documentsOf(declaration), { today: '2026-11-22', locale: 'en' }).declaration.files[0].text
      .replace('  - control: "5.16"', '  - control: 5.16')
      .concat('exceptions:\n  - { rule: unquoted-control-id, target: 5.16, justification: Written by another tool., approved_by: Claire Martin, until: 2027-03-31 }\n');
    const findings = check({ 'main.hds.yaml': text }).findings.filter((finding) => finding.code.startsWith('unquoted') || finding.code.startsWith('exception'));
    assert.deepEqual(findings.map((finding) => [finding.code, finding.severity]), [['unquoted-control-id', 'information']]);
  });

  it('are written by the quick fix "Accept as an exception…", with TODO where only the approver can answer', () => {
    const declaration = unassessed();
    const result = check(declaration);
    const finding = result.findings.find((candidate) => candidate.code === 'risk-unassessed')!;
    const actions = codeActions(result, { uri: finding.uri, range: finding.range, diagnostics: [toDiagnostic(finding)] }, 'en');
    assert.deepEqual(actions.map((action) => [action.kind, action.title]), [[ACCEPT_EXCEPTION_KIND, 'Accept ‘risk-unassessed’ on ‘R-01’ as an exception…']]);
    const file = result.declaration.files[0];
    const text = TextDocument.applyEdits(TextDocument.create(file.uri, 'hds-yaml', 1, file.text), actions[0].edit!.changes![file.uri]);
    assert.equal(text.slice(file.text.length), '\nexceptions:\n  - rule: risk-unassessed\n    target: R-01\n    justification: TODO why this finding is accepted\n    approved_by: TODO name and role of who approved it\n    until: TODO last day (YYYY-MM-DD)\n');
    const after = check({ 'main.hds.yaml': text });
    // R-01 unassessed leaves event A uncovered: that error is a finding of its own, not accepted here.
    assert.deepEqual(after.findings.map((candidate) => [candidate.code, candidate.severity]), [
      ['risk-event-uncovered', 'error'],
      ['risk-unassessed', 'warning'],
      ['placeholder-left', 'warning'], ['placeholder-left', 'warning'], ['placeholder-left', 'warning'],
      ['exception-incomplete', 'error'],
    ]);
    // Answered, it accepts the finding.
    const answered = text.replace('TODO why this finding is accepted', 'Reviewed in the 2027 risk workshop.').replace('TODO name and role of who approved it', '"Claire Martin, RSSI"').replace('TODO last day (YYYY-MM-DD)', '2027-03-31');
    assert.deepEqual(check({ 'main.hds.yaml': answered }).findings.map((candidate) => [candidate.code, candidate.severity]), [['risk-event-uncovered', 'error'], ['risk-unassessed', 'information']]);
  });

  it('writes French placeholders for a French user', () => {
    const declaration = cleanDeclaration();
    declaration.risks[0].controls = ['5.16'];
    Object.assign(declaration.soa.find((entry: Yaml) => entry.control === '5.16'), { status: 'planned' });
    const result = check(declaration, { locale: 'fr' });
    const finding = result.findings.find((candidate) => candidate.code === 'risk-control-not-implemented')!;
    const [action] = codeActions(result, { uri: finding.uri, range: finding.range, diagnostics: [toDiagnostic(finding)] }, 'fr');
    assert.equal(action.title, 'Accepter «\u00a0risk-control-not-implemented\u00a0» sur «\u00a0R-01\u00a0» comme exception…');
    const file = result.declaration.files[0];
    const text = TextDocument.applyEdits(TextDocument.create(file.uri, 'hds-yaml', 1, file.text), action.edit!.changes![file.uri]);
    assert.match(text, /\n {4}justification: TODO pourquoi ce constat est accepté\n {4}approved_by: TODO nom et fonction de qui l’a approuvé\n {4}until: TODO dernier jour \(AAAA-MM-JJ\)\n$/);
  });
});
