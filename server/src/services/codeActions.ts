// Quick fixes and source actions: each turns a finding's facts (`data`) into a small edit of the
// declaration, in the file where the section lives. Every fix is computed against the current
// state, so once applied it is no longer offered and applying it again changes nothing.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { isMap, isScalar, type Node } from 'yaml';
import type { CheckResult, Declaration, Finding, Locale, ParsedFile } from '../engine';
import { nodeAt, offsetAt, positionAt } from '../engine';
import { activity, contractClauseIds, controls, inLegalOrder, requirement, riskEvent, type Control, type RiskEvent } from '../engine/catalog';
import { providesInHouse, subcontracts, type SectionName } from '../engine/declaration';
import { appliedRiskCriteria } from '../engine/facts/riskCriteria';
import { exceptionMatches, UNACCEPTABLE_RULES } from '../engine/exceptions';
import { riskEventsWithoutRisk } from '../engine/facts/risks';
import { localize, quoted } from '../engine/text';
import { keyText } from '../engine/yamlFile';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { isType, schemaAt } from './schema';
import { editable, flowList, insertMapEntry, insertSequenceItems, renameKey, replaceScalar, scalar, scalarAt, type ItemInsertion, type NewItem } from './yamlEdits';

/** Kind of the action that adds every uncovered risk event, run by "Fix all" and on save. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.hds`;

/** Kind of "Accept as an exception…": a quick fix, listed after those that fix the finding. */
export const ACCEPT_EXCEPTION_KIND = `${CodeActionKind.QuickFix}.hds.exception`;

const text = {
  addRisk: { en: 'Add a risk for event {id}', fr: 'Ajouter un risque pour l’événement {id}' },
  addTheRisk: { en: 'Add a risk for the uncovered HDS v2 risk event', fr: 'Ajouter un risque pour l’événement de risque HDS v2 non couvert' },
  addAllRisks: { en: 'Add a risk for each of the {count} uncovered HDS v2 risk events', fr: 'Ajouter un risque pour chacun des {count} événements de risque HDS v2 non couverts' },
  riskToAssess: {
    en: 'to assess: likelihood ({likelihood}), impact ({impact}), treatment (reduce, accept, avoid, transfer), controls',
    fr: 'à évaluer\u00a0: likelihood ({likelihood}), impact ({impact}), treatment (reduce, accept, avoid, transfer), controls',
  },
  addTheControl: { en: 'Add the missing Annex A control to the SoA', fr: 'Ajouter à la DdA la mesure manquante de l’annexe A' },
  addControls: { en: 'Add the {count} missing Annex A controls to the SoA', fr: 'Ajouter à la DdA les {count} mesures manquantes de l’annexe A' },
  inHouseAndSubcontracted: { en: 'Set provided to in-house-and-subcontracted', fr: 'Mettre provided à in-house-and-subcontracted' },
  addJustification: { en: 'Add a justification', fr: 'Ajouter une justification' },
  justification: { en: 'TODO: why this control does not apply', fr: "TODO : pourquoi cette mesure ne s’applique pas" },
  useName: { en: 'Use the activity name {name}', fr: 'Utiliser le nom de l’activité {name}' },
  declareSubcontractor: { en: 'Declare subcontractor {id}', fr: 'Déclarer le sous-traitant {id}' },
  subcontractorName: { en: 'TODO legal name', fr: 'TODO raison sociale' },
  replace: { en: 'Change to {value}', fr: 'Remplacer par {value}' },
  quoteControl: { en: 'Write it in quotes: "{id}"', fr: 'L’écrire entre guillemets : "{id}"' },
  addClause: { en: 'Add {id} to the contract section', fr: 'Ajouter {id} à la section contract' },
  clause: { en: 'TODO section of the contract', fr: 'TODO article du contrat' },
  acceptException: { en: 'Accept {rule} on {target} as an exception…', fr: 'Accepter {rule} sur {target} comme exception…' },
  exceptionJustification: { en: 'TODO why this finding is accepted', fr: 'TODO pourquoi ce constat est accepté' },
  exceptionApprover: { en: 'TODO name and role of who approved it', fr: 'TODO nom et fonction de qui l’a approuvé' },
  exceptionUntil: { en: 'TODO last day (YYYY-MM-DD)', fr: 'TODO dernier jour (AAAA-MM-JJ)' },
  quoteValue: { en: 'Write it in quotes: "{value}"', fr: 'L’écrire entre guillemets\u00a0: "{value}"' },
  recordAcceptance: { en: 'Record the acceptance: who, when, why', fr: 'Consigner l’acceptation\u00a0: qui, quand, pourquoi' },
  acceptanceBy: { en: 'TODO name and role of the risk owner', fr: 'TODO nom et fonction du propriétaire du risque' },
  acceptanceDate: { en: 'TODO YYYY-MM-DD', fr: 'TODO AAAA-MM-JJ' },
  acceptanceJustification: { en: 'TODO why the risk is accepted rather than treated', fr: 'TODO pourquoi le risque est accepté plutôt que traité' },
};

// ---- Coverage shared with the code lens ------------------------------------------------------

/** Annex A controls that have no entry in the SoA, in catalog order. */
/** The title of the action that adds the missing controls: one, or how many. */
function controlsTitle(count: number, locale: Locale): string {
  return localize(count === 1 ? text.addTheControl : text.addControls, locale, { count });
}

export function controlsMissingFromSoa(declaration: Declaration): Control[] {
  const listed = new Set(declaration.soa.flatMap((entry) => (entry.control ? [entry.control.id] : [])));
  return controls.filter((candidate) => !listed.has(candidate.id));
}

// ---- Edits the commands and the actions share ------------------------------------------------

/** Adds one risk for `eventId`, unless a risk already names it (assessed or not). */
export function addRiskForEventEdit(declaration: Declaration, eventId: string, locale: Locale): WorkspaceEdit | undefined {
  const event = riskEventsWithoutRisk(declaration).find((candidate) => candidate.id === eventId);
  return event ? addRisksEdit(declaration, [event], locale) : undefined;
}

/** Adds a risk for every EXI-05 event no risk names yet. */
export function addMissingRiskEventsEdit(declaration: Declaration, locale: Locale): WorkspaceEdit | undefined {
  return shared(declaration, `risks/${locale}`, () => addRisksEdit(declaration, riskEventsWithoutRisk(declaration), locale));
}

/**
 * Edits and counts that depend only on the declaration, computed once however many findings offer
 * them: a request for the 93 findings of an empty SoA used to count the missing controls 93 times.
 */
const sharedValues = new WeakMap<Declaration, Map<string, unknown>>();
function shared<T>(declaration: Declaration, key: string, compute: () => T): T {
  let values = sharedValues.get(declaration);
  if (!values) sharedValues.set(declaration, (values = new Map()));
  if (!values.has(key)) values.set(key, compute());
  return values.get(key) as T;
}

const missingControlCount = (declaration: Declaration) => shared(declaration, 'missing-controls', () => controlsMissingFromSoa(declaration).length);
const missingRiskEventCount = (declaration: Declaration) => shared(declaration, 'missing-risk-events', () => riskEventsWithoutRisk(declaration).length);

/** Adds an SoA entry for every Annex A control it lacks, each after its predecessor in Annex A order. */
export function addMissingControlsEdit(declaration: Declaration, locale: Locale): WorkspaceEdit | undefined {
  return shared(declaration, `controls/${locale}`, () => computeMissingControlsEdit(declaration, locale));
}

function computeMissingControlsEdit(declaration: Declaration, locale: Locale): WorkspaceEdit | undefined {
  const missing = controlsMissingFromSoa(declaration);
  const file = sectionFile(declaration, 'soa');
  if (missing.length === 0 || !file) return undefined;
  const items = missing.map((missingControl): [Control, NewItem] => [
    missingControl,
    {
      entries: [
        { key: 'control', value: JSON.stringify(missingControl.id) },
        // Whether it applies is the user's decision (ISO/IEC 27001 6.1.3 d): placeholder-left asks for it.
        { key: 'applicable', value: 'TODO' },
      ],
      comment: missingControl.title[locale],
    },
  ]);
  return workspaceEdit(file, insertSequenceItems(file, ['soa'], controlInsertions(declaration, file, items), { flow: true }));
}

/** Where new SoA entries go in `file`: each after the entry of the control that precedes it in Annex A (in catalog order). */
export function controlInsertions(declaration: Declaration, file: ParsedFile, items: readonly (readonly [Control, NewItem])[]): ItemInsertion[] {
  // Entries of the target file, by their control's rank in Annex A, so new ones land in order.
  const rank = new Map(controls.map((candidate, index) => [candidate.id, index]));
  const placed = declaration.soa
    .filter((entry) => entry.at.file === file && entry.control && rank.has(entry.control.id) && entry.at.path.length === 2)
    .map((entry) => ({ index: entry.at.path[1] as number, rank: rank.get(entry.control!.id)! }));
  const groups = new Map<number | 'end', NewItem[]>();
  for (const [missingControl, item] of [...items].sort((a, b) => rank.get(a[0].id)! - rank.get(b[0].id)!)) {
    const ownRank = rank.get(missingControl.id)!;
    const before = placed.filter((entry) => entry.rank < ownRank).sort((a, b) => b.rank - a.rank)[0];
    const anchor = before ? before.index : placed.length > 0 ? -1 : 'end';
    groups.set(anchor, [...(groups.get(anchor) ?? []), item]);
  }
  return [...groups].map(([after, groupItems]) => ({ after, items: groupItems }));
}

function addRisksEdit(declaration: Declaration, events: readonly RiskEvent[], locale: Locale): WorkspaceEdit | undefined {
  const file = sectionFile(declaration, 'risks');
  if (events.length === 0 || !file) return undefined;
  const ids = nextRiskIds(declaration, events.length);
  // The scales the risk will be rated on: the declaration's risk_criteria, else 1 to 4.
  const criteria = appliedRiskCriteria(declaration, { locale });
  const span = (levels: readonly { level: number }[]) => `${levels[0].level}-${levels[levels.length - 1].level}`;
  const toAssess = localize(text.riskToAssess, locale, { likelihood: span(criteria.likelihood.levels), impact: span(criteria.impact.levels) });
  const inScope = inLegalOrder(
    declaration.activities.filter((scope) => scope.activity.id && (providesInHouse(scope.provided) || subcontracts(scope.provided))),
    (scope) => scope.activity.id,
  ).map((scope) => scope.activity.id!);
  const items = events.map((event, index): NewItem => ({
    entries: [
      { key: 'id', value: scalar(ids[index]) },
      { key: 'scenario', value: scalar(event.id) },
      { key: 'title', value: scalar(event.title[locale]) },
      { key: 'activities', value: flowList([...new Set(inScope)]) },
      // Only the risk owner can answer these: placeholder-left and risk-unassessed keep them in view,
      // and the risk covers its event only once they are answered.
      { key: 'likelihood', value: 'TODO' },
      { key: 'impact', value: 'TODO' },
      { key: 'treatment', value: 'TODO' },
      { key: 'controls', value: '[TODO]', comment: toAssess },
    ],
  }));
  return workspaceEdit(file, insertSequenceItems(file, ['risks'], [{ after: 'end', items }]));
}

/** Fresh risk ids that continue the declaration's numbering (R-13 → R-14), never reusing one. */
export function nextRiskIds(declaration: Declaration, count: number): string[] {
  const used = new Set(declaration.risks.flatMap((risk) => (risk.id ? [risk.id] : [])));
  const numbered = declaration.risks.flatMap((risk) => {
    const match = risk.id ? /^(.*?)(\d+)$/.exec(risk.id) : null;
    return match ? [{ prefix: match[1], digits: match[2] }] : [];
  });
  // The numbering of the last numbered risk is the one the author is following.
  const pattern = numbered[numbered.length - 1] ?? { prefix: 'R-', digits: '00' };
  const sameSeries = numbered.filter((entry) => entry.prefix === pattern.prefix);
  let next = Math.max(0, ...sameSeries.map((entry) => Number(entry.digits))) + 1;
  const width = pattern.digits.length;
  const ids: string[] = [];
  while (ids.length < count) {
    const id = `${pattern.prefix}${String(next++).padStart(width, '0')}`;
    if (!used.has(id)) ids.push(id);
  }
  return ids;
}

// ---- Code actions ----------------------------------------------------------------------------

export interface CodeActionRequest {
  uri: string;
  range: Range;
  diagnostics: readonly Diagnostic[];
  only?: readonly string[];
}

export function codeActions(result: CheckResult, request: CodeActionRequest, locale: Locale): CodeAction[] {
  const { declaration } = result;
  const actions: CodeAction[] = [];
  const wanted = (kind: string) => !request.only || request.only.some((only) => kind === only || kind.startsWith(`${only}.`));

  if (wanted(CodeActionKind.QuickFix)) {
    const seen = new Set<string>();
    const findingsOf = findingsIndex(result, request.uri);
    for (const diagnostic of request.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      for (const finding of findingsOf(diagnostic)) {
        for (const action of quickFixes(declaration, finding, locale)) {
          if (seen.has(action.title)) continue;
          seen.add(action.title);
          actions.push({ ...action, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] });
        }
      }
    }
    // Accepting a finding comes after every fix of every finding in the range, once per finding
    // (one exception, named by rule and target, accepts every finding it matches). These actions
    // carry no `diagnostics`: VS Code lists actions tied to a diagnostic first, grouped by the
    // diagnostic's message, so one tied to its finding would come before the fixes of the next.
    for (const diagnostic of request.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      for (const finding of findingsOf(diagnostic)) {
        const action = acceptExceptionAction(declaration, finding, locale);
        if (!action || seen.has(action.title)) continue;
        seen.add(action.title);
        actions.push({ ...action, kind: ACCEPT_EXCEPTION_KIND });
      }
    }
  }

  // Source actions are only listed when asked for (Source Action… menu, fix all, on save).
  if (request.only) {
    const missingEvents = missingRiskEventCount(declaration);
    const missingControls = missingControlCount(declaration);
    const candidates: CodeAction[] = [];
    if (missingEvents > 0) {
      const edit = addMissingRiskEventsEdit(declaration, locale);
      const title = localize(missingEvents === 1 ? text.addTheRisk : text.addAllRisks, locale, { count: missingEvents });
      if (edit) candidates.push({ title, kind: CodeActionKind.Source, edit }, { title, kind: FIX_ALL_KIND, edit });
    }
    if (missingControls > 0) {
      const edit = addMissingControlsEdit(declaration, locale);
      if (edit) candidates.push({ title: controlsTitle(missingControls, locale), kind: CodeActionKind.Source, edit });
    }
    const titles = new Set<string>();
    for (const candidate of candidates) {
      if (!wanted(candidate.kind!) || titles.has(candidate.title)) continue;
      titles.add(candidate.title);
      actions.push(candidate);
    }
  }
  return actions;
}

/**
 * For each client diagnostic, the current findings of `uri` it stands for (same rule, place and
 * facts). The findings are indexed once per request: matching each diagnostic against every finding
 * was quadratic in a request that carries many diagnostics (an empty SoA has 93 at one place).
 */
function findingsIndex(result: CheckResult, uri: string): (diagnostic: Diagnostic) => Finding[] {
  const placeKey = (code: string, range: Range) => `${code} ${range.start.line}:${range.start.character} ${range.end.line}:${range.end.character}`;
  const byPlace = new Map<string, { finding: Finding; facts: [string, string][] }[]>();
  for (const finding of result.findings) {
    if (finding.uri !== uri) continue;
    const key = placeKey(finding.code, finding.range);
    const facts = Object.entries(finding.data ?? {}).map(([name, value]): [string, string] => [name, JSON.stringify(value)]);
    const found = byPlace.get(key);
    if (found) found.push({ finding, facts });
    else byPlace.set(key, [{ finding, facts }]);
  }
  return (diagnostic) => {
    if (typeof diagnostic.code !== 'string') return [];
    const data = (diagnostic.data ?? {}) as Record<string, unknown>;
    const written = new Map<string, string>();
    const fact = (name: string) => {
      if (!written.has(name)) written.set(name, JSON.stringify(data[name]));
      return written.get(name);
    };
    return (byPlace.get(placeKey(diagnostic.code, diagnostic.range)) ?? [])
      .filter(({ facts }) => facts.every(([name, value]) => !(name in data) || fact(name) === value))
      .map(({ finding }) => finding);
  };
}

type Fix = Omit<CodeAction, 'kind' | 'diagnostics'>;

function quickFixes(declaration: Declaration, finding: Finding, locale: Locale): Fix[] {
  const data = finding.data ?? {};
  const fixes: Fix[] = [];
  const add = (title: string, edit: WorkspaceEdit | undefined, isPreferred = false) => {
    if (edit) fixes.push(isPreferred ? { title, edit, isPreferred } : { title, edit });
  };
  const file = declaration.files.find((candidate) => candidate.uri === finding.uri);
  const located = file && editable(file) ? scalarAt(file, offsetAt(file, finding.range.start)) : undefined;

  switch (finding.code) {
    case 'risk-event-uncovered': {
      // An event named by risks still to assess needs their assessment, not another risk.
      if (finding.messageId === 'unassessed') break;
      const event = typeof data.event === 'string' ? riskEvent(data.event) : undefined;
      if (event) add(localize(text.addRisk, locale, { id: event.id }), addRiskForEventEdit(declaration, event.id, locale), true);
      const missing = missingRiskEventCount(declaration);
      if (missing > 1) add(localize(text.addAllRisks, locale, { count: missing }), addMissingRiskEventsEdit(declaration, locale));
      break;
    }
    case 'soa-control-missing':
      add(controlsTitle(missingControlCount(declaration), locale), addMissingControlsEdit(declaration, locale), true);
      break;
    case 'soa-justification-missing':
      add(text.addJustification[locale], file && justificationEdit(declaration, file, finding, locale), true);
      break;
    case 'numeric-activity':
      if (file && located && typeof data.name === 'string' && activity(data.name)) add(localize(text.useName, locale, { name: quoted(data.name) }), replaceEdit(file, located, data.name), true);
      break;
    case 'unknown-subcontractor':
      if (file && located && typeof data.suggestion === 'string') add(localize(text.replace, locale, { value: quoted(data.suggestion) }), replaceEdit(file, located, data.suggestion), true);
      if (typeof data.id === 'string') add(localize(text.declareSubcontractor, locale, { id: quoted(data.id) }), declareSubcontractorEdit(declaration, data.id, data.activity, locale));
      break;
    case 'unknown-key':
    case 'unknown-activity':
    case 'unknown-control':
    case 'unknown-country':
    case 'unknown-risk-event':
    case 'unknown-site':
    case 'invalid-value':
      if (file && located && typeof data.suggestion === 'string') {
        add(localize(text.replace, locale, { value: quoted(data.suggestion) }), replaceEdit(file, located, data.suggestion, finding.code === 'unknown-control'), true);
      }
      if (finding.code === 'invalid-value' && file && located) {
        const written = textToQuote(file, located);
        if (written !== undefined) add(localize(text.quoteValue, locale, { value: written }), workspaceEdit(file, replaceScalar(file, located.node, written, { quote: true })), true);
      }
      break;
    case 'remote-access-without-basis':
      // No adequacy decision, or an art. 49 derogation: what EXI-29 accepts then is art. 46 safeguards.
      if (file && located?.role === 'value' && (finding.messageId === 'noDecision' || finding.messageId === 'derogation')) {
        add(localize(text.replace, locale, { value: quoted('scc') }), replaceEdit(file, located, 'scc'), true);
        add(localize(text.replace, locale, { value: quoted('bcr') }), replaceEdit(file, located, 'bcr'));
      }
      break;
    case 'risk-unassessed':
    case 'risk-acceptance-unjustified':
      if (finding.code === 'risk-acceptance-unjustified' || finding.messageId === 'acceptanceUnrecorded') {
        add(text.recordAcceptance[locale], file && typeof data.risk === 'string' ? acceptanceEdit(declaration, file, data.risk, locale) : undefined, true);
      }
      break;
    case 'unquoted-control-id':
      if (file && located && located.role !== 'key' && located.node.type === 'PLAIN' && typeof data.id === 'string') {
        add(localize(text.quoteControl, locale, { id: data.id }), workspaceEdit(file, replaceScalar(file, located.node, data.id, { quote: true })), true);
      }
      break;
    case 'activity-also-subcontracted':
      if (file && located && typeof data.activity === 'string' && Array.isArray(data.subcontractors)) {
        add(text.inHouseAndSubcontracted[locale], inHouseAndSubcontractedEdit(declaration, file, located, data.activity, data.subcontractors.map(String)), true);
      }
      break;
    case 'contract-clause-missing':
      if (typeof data.clause === 'string') add(localize(text.addClause, locale, { id: data.clause }), contractClauseEdit(declaration, data.clause, locale), true);
      break;
  }
  return fixes;
}

/** The facts that best say what a finding is about, in this order; else its first fact, else the text it points at. */
const TARGET_FACTS = ['risk', 'control', 'subcontractor', 'event', 'clause', 'site', 'id', 'country', 'path', 'section'];

/** What an exception for `finding` names as its target: a value exceptionMatches finds in it. */
export function exceptionTarget(declaration: Declaration, finding: Finding): string | undefined {
  const data = finding.data ?? {};
  const fact = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : undefined);
  for (const key of TARGET_FACTS) if (fact(data[key])) return fact(data[key]);
  for (const value of Object.values(data)) if (fact(value)) return fact(value);
  const file = declaration.files.find((candidate) => candidate.uri === finding.uri);
  if (!file) return undefined;
  const text = file.text.slice(offsetAt(file, finding.range.start), offsetAt(file, finding.range.end)).trim();
  const unquoted = /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text;
  return unquoted !== '' && !unquoted.includes('\n') ? unquoted : undefined;
}

/** "Accept as an exception…": records the finding under `exceptions`, with TODO for what only its approver knows. */
function acceptExceptionAction(declaration: Declaration, finding: Finding, locale: Locale): Fix | undefined {
  if (finding.accepted || UNACCEPTABLE_RULES.has(finding.code) || finding.messageId === 'internal-error') return undefined;
  // Once an exception names the finding, the work is to complete it, not to write another.
  if (declaration.exceptions.some((exception) => exceptionMatches(exception, finding, declaration))) return undefined;
  const target = exceptionTarget(declaration, finding);
  const file = sectionFile(declaration, 'exceptions');
  if (target === undefined || !file) return undefined;
  const item: NewItem = {
    entries: [
      { key: 'rule', value: scalar(finding.code) },
      // Numbers (a control such as 8.10) are quoted so that they read back as written.
      { key: 'target', value: /^[\d.]+$/.test(target) ? JSON.stringify(target) : scalar(target) },
      { key: 'justification', value: scalar(text.exceptionJustification[locale]) },
      { key: 'approved_by', value: scalar(text.exceptionApprover[locale]) },
      { key: 'until', value: scalar(text.exceptionUntil[locale]) },
    ],
  };
  const edit = workspaceEdit(file, insertSequenceItems(file, ['exceptions'], [{ after: 'end', items: [item] }]));
  return edit ? { title: localize(text.acceptException, locale, { rule: quoted(finding.code), target: quoted(target) }), edit } : undefined;
}

/**
 * The text of a value written unquoted where the format expects text that it would be once quoted
 * (a SIREN written as a number: `siren: 552100554`); undefined otherwise.
 */
function textToQuote(file: ParsedFile, located: NonNullable<ReturnType<typeof scalarAt>>): string | undefined {
  if (located.role === 'key' || located.node.type !== 'PLAIN' || typeof located.node.value === 'string' || !located.node.range) return undefined;
  const schema = schemaAt(located.path)?.schema as ({ pattern?: string; format?: string } & Parameters<typeof isType>[0]) | undefined;
  // A format (a date) is more than quotes can give: `2028` in quotes is no date.
  if (!schema || !isType(schema, 'string') || schema.format !== undefined) return undefined;
  const written = file.text.slice(located.node.range[0], located.node.range[1]);
  if (written.trim() !== written || written === '' || /[\n\r]/.test(written)) return undefined;
  return schema.pattern === undefined || new RegExp(schema.pattern, 'u').test(written) ? written : undefined;
}

/** An accepted risk with no `acceptance` block gets one, with TODO for who, when and why (the risk owner's answers). */
function acceptanceEdit(declaration: Declaration, file: ParsedFile, riskId: string, locale: Locale): WorkspaceEdit | undefined {
  const risk = declaration.risks.find((candidate) => candidate.at.file === file && candidate.id === riskId && candidate.treatment === 'accept');
  if (!risk || nodeAt(file, [...risk.at.path, 'acceptance'])) return undefined;
  const value = `{ by: ${scalar(text.acceptanceBy[locale])}, date: ${scalar(text.acceptanceDate[locale])}, justification: ${scalar(text.acceptanceJustification[locale])} }`;
  return workspaceEdit(file, insertMapEntry(file, risk.at.path, { key: 'acceptance', value }, { after: 'treatment' }));
}

/** Replaces the scalar a finding points at; a key is renamed unless its mapping already has that key. */
function replaceEdit(file: ParsedFile, located: NonNullable<ReturnType<typeof scalarAt>>, value: string, quote = false): WorkspaceEdit | undefined {
  if (located.role === 'key') {
    if (!located.pair || (isMap(located.parent) && located.parent.items.some((pair) => keyText(pair) === value))) return undefined;
    return workspaceEdit(file, [renameKey(file, located.pair, value)]);
  }
  if (String(located.node.source ?? located.node.value) === value) return undefined;
  return workspaceEdit(file, replaceScalar(file, located.node, value, { quote }));
}

function justificationEdit(declaration: Declaration, file: ParsedFile, finding: Finding, locale: Locale): WorkspaceEdit | undefined {
  // A justification left at a placeholder is the user's to write: no fix can know why.
  if (finding.messageId === 'placeholder') return undefined;
  // The finding points at the entry's `applicable`; its entry is the path without that last segment.
  const entry = declaration.soa.find(
    (candidate) => candidate.at.file === file && candidate.applicable === false && !candidate.justification?.trim() && candidate.control?.id === finding.data?.control,
  );
  if (!entry) return undefined;
  const value = JSON.stringify(text.justification[locale]);
  const existing = nodeAt(file, [...entry.at.path, 'justification']);
  if (existing?.pair) {
    // `justification:` or `justification: ""` is there already: fill it.
    if (isScalar(existing.node) && existing.node.range && existing.node.range[0] < existing.node.range[1]) {
      return workspaceEdit(file, replaceScalar(file, existing.node, text.justification[locale], { quote: true }));
    }
    const keyEnd = (existing.key as Node).range![1];
    return workspaceEdit(file, [{ range: rangeOf(file, keyEnd + 1, keyEnd + 1), newText: ` ${value}` }]);
  }
  return workspaceEdit(file, insertMapEntry(file, entry.at.path, { key: 'justification', value }, { after: 'applicable' }));
}

/** `provided: in-house` becomes `in-house-and-subcontracted`, and `by` names the subcontractors (the format requires it then). */
function inHouseAndSubcontractedEdit(declaration: Declaration, file: ParsedFile, located: NonNullable<ReturnType<typeof scalarAt>>, activityId: string, subcontractors: string[]): WorkspaceEdit | undefined {
  const scope = declaration.activities.find((candidate) => candidate.at.file === file && candidate.activity.id === activityId && candidate.provided === 'in-house');
  if (!scope || located.role !== 'value' || located.node.value !== 'in-house') return undefined;
  const provided = 'in-house-and-subcontracted';
  if (nodeAt(file, [...scope.at.path, 'by'])) return workspaceEdit(file, replaceScalar(file, located.node, provided));
  const entry = nodeAt(file, scope.at.path)?.node;
  // In a flow mapping (`{ provided: in-house }`) one edit writes both, so the comment after it keeps its column.
  if (isMap(entry) && entry.flow) return workspaceEdit(file, replaceScalar(file, located.node, `${provided}, by: ${flowList(subcontractors)}`, { raw: true }));
  return workspaceEdit(file, [...replaceScalar(file, located.node, provided), ...insertMapEntry(file, scope.at.path, { key: 'by', value: flowList(subcontractors) }, { after: 'provided' })]);
}

function declareSubcontractorEdit(declaration: Declaration, id: string, activityId: unknown, locale: Locale): WorkspaceEdit | undefined {
  if (declaration.subcontractors.some((subcontractor) => subcontractor.id === id)) return undefined;
  const file = sectionFile(declaration, 'subcontractors');
  if (!file) return undefined;
  const activities = typeof activityId === 'string' && activity(activityId) ? [activityId] : [];
  const item: NewItem = {
    entries: [
      { key: 'id', value: scalar(id) },
      { key: 'name', value: scalar(text.subcontractorName[locale]) },
      { key: 'activities', value: flowList(activities) },
    ],
  };
  return workspaceEdit(file, insertSequenceItems(file, ['subcontractors'], [{ after: 'end', items: [item] }]));
}

function contractClauseEdit(declaration: Declaration, clause: string, locale: Locale): WorkspaceEdit | undefined {
  if (!contractClauseIds.includes(clause) || declaration.contract.some((written) => written.requirement === clause)) return undefined;
  const file = sectionFile(declaration, 'contract');
  if (!file) return undefined;
  // Clauses stay in EXI order: after the closest lower one written in this file, else before the closest higher one.
  const number = (id: string) => Number(id.slice(4));
  const here = declaration.contract.filter((written) => written.at.file === file && /^EXI-\d+$/.test(written.requirement));
  const lower = here.filter((written) => number(written.requirement) < number(clause)).sort((a, b) => number(b.requirement) - number(a.requirement))[0];
  const higher = here.filter((written) => number(written.requirement) > number(clause)).sort((a, b) => number(a.requirement) - number(b.requirement))[0];
  const placement = lower ? { after: lower.requirement } : higher ? { before: higher.requirement } : 'end';
  const entry = { key: clause, value: JSON.stringify(text.clause[locale]), comment: requirement(clause)?.title[locale] };
  return workspaceEdit(file, insertMapEntry(file, ['contract'], entry, placement));
}

// ---- Helpers -----------------------------------------------------------------------------------

/** The file a section is written in, else the declaration's main file (the one with `hds:`); only if it can be edited. */
export function sectionFile(declaration: Declaration, section: SectionName): ParsedFile | undefined {
  const file = declaration.sections.get(section)?.[0]?.file ?? declaration.sections.get('hds')?.[0]?.file ?? declaration.files.find((candidate) => candidate.value !== undefined);
  return file && editable(file) ? file : undefined;
}

function workspaceEdit(file: ParsedFile, edits: TextEdit[]): WorkspaceEdit | undefined {
  return edits.length > 0 ? { changes: { [file.uri]: edits } } : undefined;
}

function rangeOf(file: ParsedFile, start: number, end: number): Range {
  return { start: positionAt(file, start), end: positionAt(file, end) };
}

