// Each quick fix, source action and command edit: it lands in the right file and section, in the
// file's style; once applied, its finding is gone, nothing new appears, and it is not offered again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { stringify } from 'yaml';
import { checkDeclaration, groupDeclarations, type CheckResult, type Finding, type Locale, type SourceDocument } from '../../../server/src/engine';
import { controls, riskEvents } from '../../../server/src/engine/catalog';
import { toDiagnostic } from '../../../server/src/services/diagnostics';
import {
  ACCEPT_EXCEPTION_KIND,
  addMissingControlsEdit,
  addMissingRiskEventsEdit,
  addRiskForEventEdit,
  codeActions,
  FIX_ALL_KIND,
  nextRiskIds,
} from '../../../server/src/services/codeActions';
import { check, cleanDeclaration, documentsOf, REPO, ROOT, TODAY, type Files, type Yaml } from '../fixtures';

const checkDocuments = (documents: SourceDocument[], locale: Locale = 'en') => checkDeclaration(documents, { today: TODAY, locale, workspaceRoot: ROOT });

function applyEdit(documents: SourceDocument[], edit: WorkspaceEdit): SourceDocument[] {
  for (const uri of Object.keys(edit.changes ?? {})) assert.ok(documents.some((document) => document.uri === uri), `edit of an unknown file ${uri}`);
  return documents.map((document) => {
    const edits = edit.changes?.[document.uri];
    return edits ? { uri: document.uri, text: TextDocument.applyEdits(TextDocument.create(document.uri, 'hds-yaml', 1, document.text), edits) } : document;
  });
}

/** The quick fixes offered for `finding`, as an editor asks for them (the diagnostic and its range), but "Accept as an exception…". */
function fixesFor(result: CheckResult, finding: Finding, locale: Locale = 'en'): CodeAction[] {
  return allFixesFor(result, finding, locale).filter((action) => action.kind !== ACCEPT_EXCEPTION_KIND);
}

function allFixesFor(result: CheckResult, finding: Finding, locale: Locale = 'en'): CodeAction[] {
  return codeActions(result, { uri: finding.uri, range: finding.range, diagnostics: [toDiagnostic(finding)] }, locale);
}

/** What a risk added by a fix leaves until its owner assesses it. */
const TO_ASSESS = ['risk-event-uncovered', 'risk-unassessed', 'placeholder-left'];

/** Only the work the added risks leave: each event uncovered until its risk is assessed, and warnings on their TODOs. */
function assertOnlyToAssess(result: CheckResult, events: string[]): void {
  assert.deepEqual(result.findings.filter((finding) => !TO_ASSESS.includes(finding.code)).map((finding) => finding.message), []);
  assert.deepEqual(result.findings.filter((finding) => finding.code === 'risk-event-uncovered').map((finding) => [finding.data?.event, finding.messageId]), events.map((event) => [event, 'unassessed']));
  assert.equal(result.findings.filter((finding) => finding.code === 'risk-unassessed').length, events.length);
  assert.equal(result.findings.filter((finding) => finding.code === 'placeholder-left' && finding.severity === 'warning').length, 4 * events.length);
}

const codes = (result: CheckResult) => result.findings.map((finding) => `${finding.code} ${JSON.stringify(finding.data ?? {})}`);

/**
 * Applies the fix titled `title` for the first finding of `code`, then checks that the finding is
 * gone, that no other finding appeared (but the `leaves` the fix is meant to leave, such as the
 * placeholder-left warning on a TODO only the user can fill), and that no fix is offered for it any more.
 */
function applyFix(files: Files, code: string, title: string | RegExp, options: { locale?: Locale; pick?: (finding: Finding) => boolean; leaves?: string[] } = {}) {
  const documents = documentsOf(files);
  const before = checkDocuments(documents, options.locale);
  const finding = before.findings.find((candidate) => candidate.code === code && (options.pick?.(candidate) ?? true));
  assert.ok(finding, `no ${code} among ${codes(before).join('\n')}`);
  const actions = fixesFor(before, finding, options.locale);
  const action = actions.find((candidate) => (typeof title === 'string' ? candidate.title === title : title.test(candidate.title)));
  assert.ok(action, `no fix ${title} among ${actions.map((candidate) => candidate.title)}`);
  assert.equal(action.kind, 'quickfix');
  const fixed = applyEdit(documents, action.edit!);
  const after = checkDocuments(fixed, options.locale);
  const expected = [...before.findings.filter((candidate) => candidate !== finding).map((candidate) => candidate.code), ...(options.leaves ?? [])];
  const same = (result: CheckResult) => result.findings.filter((candidate) => candidate.code === code && JSON.stringify(candidate.data) === JSON.stringify(finding.data)).length;
  assert.equal(same(after), same(before) - 1, 'the finding is still there');
  assert.deepEqual(after.findings.map((candidate) => candidate.code).filter((candidate) => !expected.includes(candidate)), [], `new findings: ${codes(after).join('\n')}`);
  return { before, after, documents, fixed, action, text: (name = 'main.hds.yaml') => fixed.find((document) => document.uri.endsWith(`/${name}`))!.text };
}

function without(declaration: Yaml, events: string[]): Yaml {
  declaration.risks = declaration.risks.filter((risk: Yaml) => !events.includes(risk.scenario));
  return declaration;
}

describe('code actions', () => {
  describe('risk-event-uncovered', () => {
    it('adds a risk for the event with TODO answers: the event stays uncovered, and warnings stay, until the risk is assessed', () => {
      const declaration = without(cleanDeclaration(), ['B.c']);
      const { text, after, fixed } = applyFix(declaration, 'risk-event-uncovered', 'Add a risk for event B.c', { leaves: TO_ASSESS });
      assert.deepEqual(after.findings.map((finding) => [finding.code, finding.messageId, finding.severity, finding.data]), [
        ['risk-event-uncovered', 'unassessed', 'error', { event: 'B.c', unassessed: ['R-14'] }],
        ['risk-unassessed', 'missing', 'warning', { risk: 'R-14', missing: ['likelihood', 'impact', 'treatment'] }],
        ...['TODO', 'TODO', 'TODO', 'TODO'].map(() => ['placeholder-left', 'placeholder', 'warning', undefined]),
      ]);
      assert.deepEqual(fixesFor(after, after.findings[0]), [], 'no second risk is offered for an event a risk already names');
      // Half an answer is not an assessment: the event stays uncovered.
      const half = fixed.map((document) => ({ ...document, text: document.text.replace('likelihood: TODO', 'likelihood: 2').replace('impact: TODO', 'impact: 3') }));
      assert.deepEqual(codes(checkDocuments(half)).slice(0, 2), ['risk-event-uncovered {"event":"B.c","unassessed":["R-14"]}', 'risk-unassessed {"risk":"R-14","missing":["treatment"]}']);
      // Once the owner answers, the risk covers B.c and nothing is left to say.
      const answered = half.map((document) => ({ ...document, text: document.text.replace('treatment: TODO', 'treatment: reduce').replace('controls: [TODO]', 'controls: ["8.10"]') }));
      assert.deepEqual(codes(checkDocuments(answered)), []);
      const added = after.declaration.risks.find((risk) => risk.scenarios.some((scenario) => scenario.value === 'B.c'))!;
      assert.equal(added.id, 'R-14');
      assert.equal(added.title, riskEvents.find((event) => event.id === 'B.c')!.title.en);
      // The clean declaration subcontracts physical sites and hardware and runs two activities in-house.
      assert.deepEqual(added.activities.map((activity) => activity.id), ['physical-sites', 'hardware', 'application-platform', 'administration']);
      assert.match(text(), /\n {2}- id: R-14\n {4}scenario: B\.c\n {4}title: Reallocation of storage space\n {4}activities: \[physical-sites, hardware, application-platform, administration\]\n {4}likelihood: TODO\n {4}impact: TODO\n {4}treatment: TODO\n {4}controls: \[TODO\] {2}# to assess: likelihood \(1-4\), impact \(1-4\), treatment \(reduce, accept, avoid, transfer\), controls\nsubcontractors:/);
    });

    it('the added risk says the scales it will be rated on: the declaration’s own', () => {
      const declaration = without(cleanDeclaration(), ['B.c']);
      declaration.risk_criteria = { likelihood: [1, 2, 3, 4, 5].map((level) => ({ level, label: `L${level}` })), impact: [1, 2, 3].map((level) => ({ level, label: `I${level}` })) };
      const edit = addRiskForEventEdit(check(declaration).declaration, 'B.c', 'en')!;
      const written = Object.values(edit.changes!).flat().map((change) => change.newText).join('');
      assert.match(written, /# to assess: likelihood \(1-5\), impact \(1-3\), treatment/);
    });

    it('writes the title in French for a French user', () => {
      const declaration = without(cleanDeclaration(), ['A']);
      const { after } = applyFix(declaration, 'risk-event-uncovered', "Ajouter un risque pour l’événement A", { locale: 'fr', leaves: TO_ASSESS });
      assert.equal(after.declaration.risks.at(-1)!.title, 'Défaillance physique ou environnementale des supports');
    });

    it('offers one fix per event and one that adds them all; that one clears every event', () => {
      const declaration = without(cleanDeclaration(), ['A', 'D.b', 'H']);
      const result = checkDocuments(documentsOf(declaration));
      const findings = result.findings.filter((finding) => finding.code === 'risk-event-uncovered');
      assert.equal(findings.length, 3);
      // The three findings share the `risks:` key: the editor sends them together.
      const actions = codeActions(result, { uri: findings[0].uri, range: findings[0].range, diagnostics: findings.map((finding) => toDiagnostic(finding)) }, 'en');
      assert.deepEqual(actions.map((action) => action.title), [
        'Add a risk for event A', 'Add a risk for each of the 3 uncovered HDS v2 risk events', 'Add a risk for event D.b', 'Add a risk for event H',
        'Accept ‘risk-event-uncovered’ on ‘A’ as an exception…', 'Accept ‘risk-event-uncovered’ on ‘D.b’ as an exception…', 'Accept ‘risk-event-uncovered’ on ‘H’ as an exception…',
      ]);
      const all = actions[1];
      const fixed = checkDocuments(applyEdit(documentsOf(declaration), all.edit!));
      assertOnlyToAssess(fixed, ['A', 'D.b', 'H']);
      // R-13 (event H) was removed: numbering continues after the highest id left, R-12.
      assert.deepEqual(fixed.declaration.risks.slice(-3).map((risk) => risk.id), ['R-13', 'R-14', 'R-15']);
      assert.equal(addMissingRiskEventsEdit(fixed.declaration, 'en'), undefined, 'a second application changes nothing');
      assert.equal(addRiskForEventEdit(fixed.declaration, 'A', 'en'), undefined);
    });

    it('offers adding them all as a source action and as the fix-all action, only when asked for', () => {
      const declaration = without(cleanDeclaration(), ['A', 'H']);
      const result = checkDocuments(documentsOf(declaration));
      const uri = result.declaration.files[0].uri;
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      assert.deepEqual(codeActions(result, { uri, range, diagnostics: [] }, 'en'), []);
      const source = codeActions(result, { uri, range, diagnostics: [], only: ['source'] }, 'en');
      assert.deepEqual(source.map((action) => [action.kind, action.title]), [['source', 'Add a risk for each of the 2 uncovered HDS v2 risk events']]);
      const fixAll = codeActions(result, { uri, range, diagnostics: [], only: ['source.fixAll'] }, 'en');
      assert.deepEqual(fixAll.map((action) => action.kind), [FIX_ALL_KIND]);
      assertOnlyToAssess(checkDocuments(applyEdit(documentsOf(declaration), fixAll[0].edit!)), ['A', 'H']);
      const clean = checkDocuments(documentsOf(cleanDeclaration()));
      assert.deepEqual(codeActions(clean, { uri, range, diagnostics: [], only: ['source'] }, 'en'), []);
    });

    it('continues the numbering in use and never reuses an id', () => {
      const declaration = without(cleanDeclaration(), ['A']);
      declaration.risks = declaration.risks.map((risk: Yaml, index: number) => ({ ...risk, id: `RISK-${index + 7}` }));
      declaration.risks.push({ ...declaration.risks[0], id: 'misc' });
      const result = checkDocuments(documentsOf(declaration));
      assert.deepEqual(nextRiskIds(result.declaration, 2), ['RISK-19', 'RISK-20']);
      const empty = checkDocuments(documentsOf({ ...cleanDeclaration(), risks: [] }));
      assert.deepEqual(nextRiskIds(empty.declaration, 2), ['R-01', 'R-02']);
    });

    it('adds the risk to the risks file of a split declaration, in its style', () => {
      const declaration = without(cleanDeclaration(), ['G']);
      const { risks, soa, subcontractors, ...main } = declaration;
      const files = {
        'declaration.hds.yaml': stringify(main),
        'risks.hds.yaml': `# Risks\nrisks:\n${risks.map((risk: Yaml) => `- { id: ${risk.id}, scenario: ${risk.scenario}, title: ${risk.title}, likelihood: 1, impact: 2, treatment: reduce, controls: ["5.15"] }\n`).join('')}`,
        'soa.hds.yaml': stringify({ soa }),
        'subcontractors.hds.yaml': stringify({ subcontractors }),
      };
      const { fixed, text } = applyFix(files, 'risk-event-uncovered', 'Add a risk for event G', { leaves: TO_ASSESS });
      assert.equal(fixed.find((document) => document.uri.endsWith('/declaration.hds.yaml'))!.text, files['declaration.hds.yaml']);
      assert.ok(text('risks.hds.yaml').startsWith(files['risks.hds.yaml']));
      assert.equal(
        text('risks.hds.yaml').slice(files['risks.hds.yaml'].length),
        '- { id: R-14, scenario: G, title: Unavailability of the service, activities: [physical-sites, hardware, application-platform, administration], likelihood: TODO, impact: TODO, treatment: TODO, controls: [TODO] }  # to assess: likelihood (1-4), impact (1-4), treatment (reduce, accept, avoid, transfer), controls\n'.replace('Unavailability of the service', riskEvents.find((event) => event.id === 'G')!.title.en),
      );
    });
  });

  describe('sections that do not exist yet', () => {
    it('creates the risks section at the end of the main file for the command, and the declaration then checks clean', () => {
      const { risks: _risks, soa, ...main } = cleanDeclaration();
      const documents = documentsOf({ 'declaration.hds.yaml': main, 'soa.hds.yaml': { soa } });
      const before = checkDocuments(documents);
      assert.deepEqual(codes(before), ['missing-section {"section":"risks"}']);
      const edit = addMissingRiskEventsEdit(before.declaration, 'en')!;
      assert.deepEqual(Object.keys(edit.changes!), [documents[0].uri]);
      const fixed = applyEdit(documents, edit);
      assert.ok(fixed[0].text.startsWith(documents[0].text));
      assert.match(fixed[0].text.slice(documents[0].text.length), /^\nrisks:\n {2}- id: R-01\n {4}scenario: A\n/);
      assertOnlyToAssess(checkDocuments(fixed), riskEvents.map((event) => event.id));
    });

    it('declares a subcontractor in a new subcontractors section', () => {
      const declaration = cleanDeclaration();
      delete declaration.subcontractors;
      declaration.scope.activities['physical-sites'].by = ['dc'];
      const documents = documentsOf(declaration);
      const result = checkDocuments(documents);
      const finding = result.findings.find((candidate) => candidate.code === 'unknown-subcontractor')!;
      const action = fixesFor(result, finding).find((candidate) => candidate.title === 'Declare subcontractor ‘dc’')!;
      const text = applyEdit(documents, action.edit!)[0].text;
      assert.match(text, /\nsubcontractors:\n {2}- id: dc\n {4}name: TODO legal name\n {4}activities: \[physical-sites\]\n$/);
    });
  });

  describe('soa-control-missing', () => {
    it('adds every missing control, each after its predecessor in Annex A order', () => {
      const declaration = cleanDeclaration();
      declaration.soa = declaration.soa.filter((entry: Yaml) => !['5.2', '5.3', '8.34', '5.1'].includes(entry.control));
      const { after, text } = applyFix(declaration, 'soa-control-missing', 'Add the 4 missing Annex A controls to the SoA', { leaves: ['missing-key'] });
      // Whether each applies is left to the user: listed, each control is still undecided, an error until decided.
      assert.deepEqual(after.findings.map((finding) => `${finding.code} ${finding.severity} ${finding.messageId} ${finding.data?.control}`), ['5.1', '5.2', '5.3', '8.34'].map((id) => `missing-key error undecided ${id}`));
      assert.deepEqual(after.declaration.soa.map((entry) => entry.control!.id), controls.map((control) => control.id));
      assert.match(text(), /\n {2}- control: "5\.1"  # Policies for information security\n {4}applicable: TODO\n {2}- control: "5\.2"  # Information security roles and responsibilities\n {4}applicable: TODO\n {2}- control: "5\.3"  # .+\n {4}applicable: TODO\n {2}- control: "5\.4"\n/);
      assert.equal(addMissingControlsEdit(after.declaration, 'en'), undefined);
    });

    it('fills an empty SoA (`soa: []`) with the 93 controls', () => {
      const declaration = cleanDeclaration();
      declaration.soa = [];
      const { after } = applyFix(declaration, 'soa-control-missing', 'Add the 93 missing Annex A controls to the SoA', { leaves: ['missing-key'] });
      assert.equal(after.declaration.soa.length, 93);
    });

    it('answers a request carrying the 93 diagnostics of an empty SoA with the fixes each one gets alone', () => {
      const declaration = cleanDeclaration();
      declaration.soa = [];
      const result = checkDocuments(documentsOf(declaration));
      const findings = result.findings.filter((finding) => finding.code === 'soa-control-missing');
      assert.equal(findings.length, 93);
      const together = codeActions(result, { uri: findings[0].uri, range: findings[0].range, diagnostics: findings.map((finding) => toDiagnostic(finding)) }, 'en');
      const alone = findings.flatMap((finding) => allFixesFor(result, finding));
      // Each title once, in the order of the diagnostics: the fixes first, then one acceptance per control.
      const once = (actions: CodeAction[]) => [...new Map(actions.map((action) => [action.title, action])).values()];
      const order = (actions: CodeAction[]) => [...actions.filter((action) => action.kind !== ACCEPT_EXCEPTION_KIND), ...actions.filter((action) => action.kind === ACCEPT_EXCEPTION_KIND)];
      const strip = (actions: CodeAction[]) => actions.map(({ title, kind, edit, isPreferred }) => ({ title, kind, edit, isPreferred }));
      assert.deepEqual(strip(together), strip(order(once(alone))));
      assert.equal(together.filter((action) => action.title === 'Add the 93 missing Annex A controls to the SoA').length, 1);
      assert.equal(together.filter((action) => action.kind === ACCEPT_EXCEPTION_KIND).length, 93);
      assert.deepEqual(together.find((action) => action.kind === 'quickfix')!.edit, addMissingControlsEdit(result.declaration, 'en'));
    });
  });

  describe('soa-justification-missing', () => {
    it('adds a justification placeholder to a flow entry, in the user language', () => {
      const declaration = cleanDeclaration();
      const text = stringify(declaration).replace(/soa:\n[\s\S]*?\nrisks:/, `soa:\n${declaration.soa.map((entry: Yaml) => `  - { control: "${entry.control}", applicable: ${entry.control !== '7.4'} }\n`).join('')}risks:`);
      const fixed = applyFix({ 'main.hds.yaml': text }, 'soa-justification-missing', 'Ajouter une justification', { locale: 'fr', leaves: ['soa-justification-missing'] });
      assert.match(fixed.text(), /- \{ control: "7\.4", applicable: false, justification: "TODO : pourquoi cette mesure ne s’applique pas" \}\n/);
    });

    it('adds it under a block entry, and fills an empty one', () => {
      const declaration = cleanDeclaration();
      declaration.soa[3] = { control: declaration.soa[3].control, applicable: false, owner: 'RSSI' };
      // The placeholder it writes is no justification yet: the finding moves onto it.
      const { text } = applyFix(declaration, 'soa-justification-missing', 'Add a justification', { leaves: ['soa-justification-missing'] });
      assert.match(text(), /applicable: false\n {4}justification: "TODO: why this control does not apply"\n {4}owner: RSSI\n/);
      declaration.soa[3].justification = '';
      assert.match(applyFix(declaration, 'soa-justification-missing', 'Add a justification', { leaves: ['soa-justification-missing'] }).text(), /justification: "TODO: why this control does not apply"\n/);
    });
  });

  describe('activity-also-subcontracted', () => {
    it('declares the activity in-house and subcontracted, naming the subcontractors in by (which the format then requires)', () => {
      const declaration = cleanDeclaration();
      declaration.subcontractors[0].activities.push('administration');
      const { text } = applyFix(declaration, 'activity-also-subcontracted', 'Set provided to in-house-and-subcontracted');
      assert.match(text(), /\n {4}administration:\n {6}provided: in-house-and-subcontracted\n {6}by: \[dc\]\n/);
    });

    it('keeps a by list already written, and writes in French for a French user', () => {
      const declaration = cleanDeclaration();
      declaration.scope.activities.administration = { provided: 'in-house', by: ['dc'] };
      declaration.subcontractors[0].activities.push('administration');
      const { text } = applyFix(declaration, 'activity-also-subcontracted', 'Mettre provided à in-house-and-subcontracted', { locale: 'fr' });
      assert.match(text(), /\n {4}administration:\n {6}provided: in-house-and-subcontracted\n {6}by:\n {8}- dc\n/);
    });
  });

  describe('numeric-activity', () => {
    it('writes the name of a numbered activity, as a scope key and in a list', () => {
      const declaration = cleanDeclaration();
      const text = stringify(declaration).replace('  application-platform:', '  4:').replace('      - application-platform\n      - administration', '      - 4\n      - administration');
      const first = applyFix({ 'main.hds.yaml': text }, 'numeric-activity', 'Use the activity name ‘application-platform’');
      const second = applyFix({ 'main.hds.yaml': first.text() }, 'numeric-activity', 'Use the activity name ‘application-platform’');
      assert.equal(second.text(), stringify(declaration));
    });
  });

  describe('unknown-subcontractor', () => {
    it('declares the subcontractor with the activity it performs', () => {
      const declaration = cleanDeclaration();
      declaration.scope.activities.backup = { provided: 'subcontracted', by: ['archive-co'] };
      const documents = documentsOf(declaration);
      const result = checkDocuments(documents);
      const finding = result.findings.find((candidate) => candidate.code === 'unknown-subcontractor')!;
      const action = fixesFor(result, finding).find((candidate) => candidate.title === 'Declare subcontractor ‘archive-co’')!;
      const after = checkDocuments(applyEdit(documents, action.edit!));
      // Declared, it is now known; what is left to say is its real name (a placeholder is no name), its chapter 8 answers and its HDS certificate.
      assert.deepEqual(codes(after), [
        'missing-key {"key":"name","undecided":true}',
        ...['remote_access', 'third_country_laws', 'secnumcloud', 'role'].map((key) => `guarantees-answer-missing {"actor":"subcontractor","subcontractor":"archive-co","key":"${key}"}`),
        'subcontractor-uncertified {"subcontractor":"archive-co","activity":"backup"}',
      ]);
      assert.equal(after.declaration.subcontractors.at(-1)!.name, undefined);
      assert.match(after.declaration.subcontractors.at(-1)!.at.file.text, /name: "?TODO legal name/);
      assert.deepEqual(fixesFor(after, finding), []);
    });

    it('offers the close id as a replacement', () => {
      const declaration = cleanDeclaration();
      declaration.scope.activities.hardware.by = ['dcc'];
      const { action } = applyFix(declaration, 'unknown-subcontractor', 'Change to ‘dc’');
      assert.equal(action.isPreferred, true);
    });
  });

  describe('did you mean', () => {
    it('renames a misspelled key', () => {
      const declaration = cleanDeclaration();
      declaration.organisation = declaration.organization;
      delete declaration.organization;
      applyFix(declaration, 'unknown-key', 'Change to ‘organization’');
    });

    it('does not rename a key onto one its mapping already has', () => {
      const declaration = cleanDeclaration();
      declaration.organization.nam = 'x';
      const result = checkDocuments(documentsOf(declaration));
      const finding = result.findings.find((candidate) => candidate.code === 'unknown-key')!;
      assert.equal(finding.data?.suggestion, 'name');
      assert.deepEqual(fixesFor(result, finding), []);
    });

    it('replaces misspelled activities, controls, countries, risk events, sites and values', () => {
      const cases: [string, (declaration: Yaml) => void, string][] = [
        ['unknown-activity', (d) => (d.risks[0].activities = ['administraton']), 'Change to ‘administration’'],
        ['unknown-control', (d) => (d.risks[0].controls = ['5.155']), 'Change to ‘5.15’'],
        ['unknown-country', (d) => (d.scope.storage[0].country = 'fr'), 'Change to ‘FR’'],
        ['unknown-country', (d) => (d.subcontractors[0].storage_countries = ['EL']), 'Change to ‘GR’'],
        ['unknown-risk-event', (d) => (d.risks[3].scenario = 'b.c'), 'Change to ‘B.c’'],
        ['invalid-value', (d) => (d.risks[0].treatment = 'reduse'), 'Change to ‘reduce’'],
      ];
      for (const [code, change, title] of cases) {
        const declaration = cleanDeclaration();
        change(declaration);
        applyFix(declaration, code, title);
      }
      const declaration = cleanDeclaration();
      declaration.scope.activities.hardware.sites = ['paris-2'];
      applyFix(declaration, 'unknown-site', 'Change to ‘paris-1’');
    });

    it('quotes a suggested control id', () => {
      const declaration = cleanDeclaration();
      declaration.risks[0].controls = ['5.155'];
      assert.match(applyFix(declaration, 'unknown-control', 'Change to ‘5.15’').text(), /- "5\.15"\n/);
    });
  });

  describe('unquoted-control-id', () => {
    it('quotes the id as written, so 8.10 stays 8.10', () => {
      const declaration = cleanDeclaration();
      const text = stringify(declaration).replace('- control: "8.10"', '- control: 8.10');
      const { text: fixed } = applyFix({ 'main.hds.yaml': text }, 'unquoted-control-id', 'Write it in quotes: "8.10"');
      assert.equal(fixed(), stringify(declaration));
    });
  });

  describe('contract-clause-missing', () => {
    it('adds the clause in EXI order, with a placeholder and its title', () => {
      const declaration = cleanDeclaration();
      delete declaration.contract['EXI-20'];
      delete declaration.contract['EXI-17'];
      const first = applyFix(declaration, 'contract-clause-missing', 'Add EXI-20 to the contract section', { pick: (finding) => finding.data?.clause === 'EXI-20', leaves: ['contract-clause-missing'] });
      assert.match(first.text(), /EXI-19: Contract, clause EXI-19\n {2}EXI-20: "TODO section of the contract" {2}# .+\n {2}EXI-21:/);
      const second = applyFix({ 'main.hds.yaml': first.text() }, 'contract-clause-missing', 'Add EXI-17 to the contract section', { pick: (finding) => finding.data?.clause === 'EXI-17', leaves: ['contract-clause-missing'] });
      assert.match(second.text(), /contract:\n {2}EXI-17: "TODO section of the contract" {2}# .+\n {2}EXI-18:/);
    });
  });

  describe('invalid-value: text written unquoted', () => {
    it('quotes a SIREN written as a number, keeping its digits as written', () => {
      const declaration = cleanDeclaration();
      declaration.organization.siren = '012345678';
      const text = stringify(declaration).replace('siren: "012345678"', 'siren: 012345678');
      assert.notEqual(text, stringify(declaration));
      const { text: fixed } = applyFix({ 'main.hds.yaml': text }, 'invalid-value', 'Write it in quotes: "012345678"');
      assert.equal(fixed(), stringify(declaration));
    });

    it('says so in French, and offers no quotes where quotes would not do (eight digits, a year for a date)', () => {
      const declaration = cleanDeclaration();
      declaration.organization.siren = 55210055;
      declaration.certification.hds.expires = 2028;
      const result = checkDocuments(documentsOf(declaration), 'fr');
      const invalid = result.findings.filter((finding) => finding.code === 'invalid-value');
      assert.equal(invalid.length, 2);
      for (const finding of invalid) assert.deepEqual(fixesFor(result, finding, 'fr'), [], finding.message);
      declaration.organization.siren = 552100554;
      const french = checkDocuments(documentsOf(declaration), 'fr');
      const siren = french.findings.find((finding) => finding.code === 'invalid-value' && /SIREN/.test(finding.message))!;
      assert.deepEqual(fixesFor(french, siren, 'fr').map((action) => action.title), ['L’écrire entre guillemets\u00a0: "552100554"']);
    });
  });

  describe('remote-access-without-basis', () => {
    it('offers art. 46 safeguards (scc, then bcr) for adequacy claimed where there is no decision', () => {
      const declaration = cleanDeclaration();
      declaration.subcontractors[0].remote_access = [{ from: 'TN', basis: 'adequacy', customer_informed: 'Contract, annex 3' }];
      const result = checkDocuments(documentsOf(declaration));
      const finding = result.findings.find((candidate) => candidate.code === 'remote-access-without-basis')!;
      assert.equal(finding.messageId, 'noDecision');
      const actions = allFixesFor(result, finding);
      assert.deepEqual(actions.map((action) => action.title), ['Change to ‘scc’', 'Change to ‘bcr’', 'Accept ‘remote-access-without-basis’ on ‘dc’ as an exception…']);
      assert.equal(actions[0].isPreferred, true);
      const { text } = applyFix(declaration, 'remote-access-without-basis', 'Change to ‘bcr’');
      assert.match(text(), /- from: TN\n {8}basis: bcr\n/);
    });
  });

  describe('an accepted risk with no acceptance', () => {
    const accepted = () => {
      const declaration = cleanDeclaration();
      Object.assign(declaration.risks[0], { likelihood: 3, impact: 4, treatment: 'accept' });
      return declaration;
    };

    it('writes the acceptance block with TODO for who, when and why, once for both findings, before accepting either as an exception', () => {
      const documents = documentsOf(accepted());
      const result = checkDocuments(documents);
      const findings = result.findings.filter((finding) => finding.code === 'risk-unassessed' || finding.code === 'risk-acceptance-unjustified');
      assert.deepEqual(findings.map((finding) => finding.code).sort(), ['risk-acceptance-unjustified', 'risk-unassessed']);
      // Both findings sit on `treatment: accept`: the editor sends them together.
      const actions = codeActions(result, { uri: findings[0].uri, range: findings[0].range, diagnostics: findings.map((finding) => toDiagnostic(finding)) }, 'en');
      assert.deepEqual(actions.map((action) => action.title), [
        'Record the acceptance: who, when, why',
        ...findings.map((finding) => `Accept ‘${finding.code}’ on ‘R-01’ as an exception…`),
      ]);
      // Exceptions are tied to no diagnostic, so VS Code (which groups actions by diagnostic) keeps them last.
      assert.deepEqual(actions.map((action) => action.diagnostics?.length ?? 0), [1, 0, 0]);
      const fixed = applyEdit(documents, actions[0].edit!);
      assert.match(fixed[0].text, /\n {4}treatment: accept\n {4}acceptance: \{ by: TODO name and role of the risk owner, date: TODO YYYY-MM-DD, justification: TODO why the risk is accepted rather than treated \}\n/);
      const after = checkDocuments(fixed);
      // The risk owner's three answers are still due: each TODO is a warning, and the risk is still not assessed.
      assert.deepEqual(after.findings.filter((finding) => finding.code === 'invalid-value' || finding.code === 'unknown-key' || finding.code === 'yaml-syntax'), []);
      assert.equal(after.findings.filter((finding) => finding.code === 'placeholder-left').length, 3);
      assert.deepEqual(after.findings.find((finding) => finding.code === 'risk-unassessed')?.data, { risk: 'R-01', missing: ['acceptance.by', 'acceptance.date'] });
      assert.ok(after.findings.some((finding) => finding.code === 'risk-acceptance-unjustified'));
      // Not offered again once the block is there.
      for (const finding of after.findings.filter((candidate) => candidate.code.startsWith('risk-'))) {
        assert.ok(!fixesFor(after, finding).some((action) => action.title === 'Record the acceptance: who, when, why'));
      }
    });

    it('writes it in French for a French user', () => {
      const documents = documentsOf(accepted());
      const result = checkDocuments(documents, 'fr');
      const finding = result.findings.find((candidate) => candidate.code === 'risk-acceptance-unjustified')!;
      const [action] = fixesFor(result, finding, 'fr');
      assert.equal(action.title, 'Consigner l’acceptation\u00a0: qui, quand, pourquoi');
      assert.match(applyEdit(documents, action.edit!)[0].text, /acceptance: \{ by: TODO nom et fonction du propriétaire du risque, date: TODO AAAA-MM-JJ, justification: TODO pourquoi le risque est accepté plutôt que traité \}/);
    });
  });

  it('ignores diagnostics of other sources and stale ones', () => {
    const declaration = without(cleanDeclaration(), ['A']);
    const result = checkDocuments(documentsOf(declaration));
    const finding = result.findings[0];
    const diagnostic = toDiagnostic(finding);
    assert.deepEqual(codeActions(result, { uri: finding.uri, range: finding.range, diagnostics: [{ ...diagnostic, source: 'yaml' }] }, 'en'), []);
    const moved = { ...diagnostic, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
    assert.deepEqual(codeActions(result, { uri: finding.uri, range: moved.range, diagnostics: [moved] }, 'en'), []);
  });

  it('offers nothing in a file with syntax errors', () => {
    const documents = documentsOf(without(cleanDeclaration(), ['A']));
    documents[0] = { ...documents[0], text: `${documents[0].text}\nbroken: [\n` };
    const result = checkDocuments(documents);
    const finding = result.findings.find((candidate) => candidate.code === 'risk-event-uncovered');
    if (finding) assert.deepEqual(fixesFor(result, finding), []);
    assert.equal(addMissingRiskEventsEdit(result.declaration, 'en'), undefined);
  });
});

describe('code actions on the broken example', () => {
  // Every fix offered for every finding of examples/broken: applied alone, it leaves valid YAML,
  // removes one occurrence of its finding and is not offered again for it.
  const folder = path.join(REPO, 'examples', 'broken');
  const documents: SourceDocument[] = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.hds.yaml'))
    .map((name) => ({ uri: pathToFileURL(path.join(folder, name)).href, text: fs.readFileSync(path.join(folder, name), 'utf8') }));
  const group = groupDeclarations(documents, [pathToFileURL(folder).href]).find((candidate) => candidate.files.some((file) => file.uri.endsWith('/declaration.hds.yaml')))!;
  const result = checkDocuments(group.files);

  it('offers a fix for each kind of fixable finding', () => {
    const fixed = new Set(result.findings.filter((finding) => fixesFor(result, finding).length > 0).map((finding) => finding.code));
    for (const code of ['unquoted-control-id', 'unknown-control', 'risk-event-uncovered', 'soa-control-missing', 'soa-justification-missing', 'numeric-activity', 'unknown-subcontractor', 'unknown-key', 'unknown-risk-event', 'contract-clause-missing'] as const) {
      assert.ok(fixed.has(code), `no fix for ${code}`);
    }
  });

  it('applies each fix cleanly, once', () => {
    let applied = 0;
    for (const finding of result.findings) {
      for (const action of fixesFor(result, finding)) {
        const fixedDocuments = applyEdit(group.files, action.edit!);
        const after = checkDocuments(fixedDocuments);
        assert.deepEqual(after.findings.filter((candidate) => candidate.code === 'yaml-syntax').length, result.findings.filter((candidate) => candidate.code === 'yaml-syntax').length, `${action.title} broke the YAML`);
        const same = (checked: CheckResult) => checked.findings.filter((candidate) => candidate.code === finding.code && JSON.stringify(candidate.data) === JSON.stringify(finding.data)).length;
        if (!['soa-control-missing', 'risk-event-uncovered'].includes(finding.code) || action.title.includes(String(finding.data?.event))) {
          assert.ok(same(after) < same(result), `${action.title} left ${finding.code} ${JSON.stringify(finding.data)}`);
        }
        const again = after.findings.filter((candidate) => candidate.code === finding.code).flatMap((candidate) => fixesFor(after, candidate));
        if (finding.code !== 'unknown-subcontractor') assert.ok(!again.some((candidate) => candidate.title === action.title && JSON.stringify(candidate.edit) === JSON.stringify(action.edit)), `${action.title} offered again`);
        applied++;
      }
    }
    assert.ok(applied > 20, `only ${applied} fixes`);
  });

  it('offers to accept each finding as an exception, which then asks for its answers and is not offered again', () => {
    let applied = 0;
    for (const finding of result.findings) {
      const accept = allFixesFor(result, finding).filter((action) => action.kind === ACCEPT_EXCEPTION_KIND);
      if (['yaml-syntax', 'unreadable-file', 'exception-stale', 'exception-incomplete'].includes(finding.code) || finding.accepted) {
        assert.deepEqual(accept, [], `${finding.code} cannot be accepted`);
        continue;
      }
      if (accept.length === 0) continue;
      assert.equal(accept.length, 1);
      const after = checkDocuments(applyEdit(group.files, accept[0].edit!));
      assert.equal(after.findings.filter((candidate) => candidate.code === 'yaml-syntax').length, result.findings.filter((candidate) => candidate.code === 'yaml-syntax').length, `${accept[0].title} broke the YAML`);
      // Until its three TODO are answered the exception is incomplete (an error) and accepts nothing.
      const incomplete = after.findings.filter((candidate) => candidate.code === 'exception-incomplete');
      assert.equal(incomplete.length, result.findings.filter((candidate) => candidate.code === 'exception-incomplete').length + 1, accept[0].title);
      assert.deepEqual(incomplete.at(-1)!.data, { rule: finding.code, missing: ['justification', 'approved_by', 'until'] });
      const again = after.findings.filter((candidate) => candidate.code === finding.code && JSON.stringify(candidate.data) === JSON.stringify(finding.data));
      assert.ok(again.length > 0 && again.every((candidate) => !candidate.accepted), `${accept[0].title} accepted the finding before its answers`);
      assert.ok(!again.flatMap((candidate) => allFixesFor(after, candidate)).some((candidate) => candidate.title === accept[0].title), `${accept[0].title} offered again`);
      applied++;
    }
    assert.ok(applied > 40, `only ${applied} findings could be accepted`);
  });

  it('never throws on half-typed files', () => {
    const main = group.files.find((file) => file.uri.endsWith('/declaration.hds.yaml'))!;
    for (let cut = 0; cut < main.text.length; cut += 37) {
      const truncated = group.files.map((file) => (file === main ? { ...file, text: file.text.slice(0, cut) } : file));
      const checked = checkDocuments(truncated);
      for (const finding of checked.findings) fixesFor(checked, finding);
      codeActions(checked, { uri: main.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics: [], only: ['source'] }, 'en');
    }
  });
});
