// Facts about the risk analysis that several rules, the quick fixes and the sidebar share: when a
// risk is assessed, its level, and which EXI-05 events the analysis covers. A risk covers its
// event only once it is assessed (ISO/IEC 27001 6.1.2 d–e, 6.1.3): an id and a scenario are a
// start, not an analysis.
import { riskEvent, riskEvents, type RiskEvent } from '../catalog';
import { perDeclaration, type ControlRef, type Declaration, type Risk } from '../declaration';
import { isAnswered, isPlaceholder } from './placeholders';

/** Above this level (likelihood × impact, each 1–4), accepting a risk needs a written justification, unless the declaration states its own threshold (risk_criteria). */
export { DEFAULT_ACCEPTANCE_THRESHOLD as DEFAULT_RISK_ACCEPTANCE_THRESHOLD } from './riskCriteria';

/** A threshold a setting or the command line may give (for the default 1–4 scales): a level from 0 (every acceptance justified) to 16 (none). */
export function isRiskAcceptanceThreshold(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 16;
}

/** Treatments that work through controls, so the risk must name at least one. */
const TREATED_BY_CONTROLS = new Set(['reduce', 'transfer']);

/** What an assessment lacks: the values missing, in the order they are decided. */
export type AssessmentGap = 'likelihood' | 'impact' | 'treatment' | 'controls' | 'acceptance.by' | 'acceptance.date';

export function assessmentGaps(risk: Risk): AssessmentGap[] {
  const gaps: AssessmentGap[] = [];
  if (risk.likelihood === undefined) gaps.push('likelihood');
  if (risk.impact === undefined) gaps.push('impact');
  if (!isAnswered(risk.treatment)) gaps.push('treatment');
  else if (TREATED_BY_CONTROLS.has(risk.treatment) && realControls(risk).length === 0) gaps.push('controls');
  else if (risk.treatment === 'accept') {
    if (!isAnswered(risk.acceptance?.by)) gaps.push('acceptance.by');
    if (!isAnswered(risk.acceptance?.date)) gaps.push('acceptance.date');
  }
  return gaps;
}

export function isAssessed(risk: Risk): boolean {
  return assessmentGaps(risk).length === 0;
}

/** The controls a risk names, without the placeholders a quick fix wrote. */
export function realControls(risk: Risk): ControlRef[] {
  return risk.controls.filter((reference) => !isPlaceholder(reference.id));
}

/** Likelihood × impact, when both are given. */
export function riskLevel(risk: Risk): number | undefined {
  return risk.likelihood !== undefined && risk.impact !== undefined ? risk.likelihood * risk.impact : undefined;
}

export interface RiskEventCoverage {
  event: RiskEvent;
  /** Assessed risks that name the event: they cover it. */
  covering: Risk[];
  /** Risks that name the event but are not assessed yet: they do not cover it. */
  unassessed: Risk[];
  /** Risks that name only the event's family (B, D): valid scenarios that cover none of its sub-events. */
  family: Risk[];
}

/** For each of the 13 EXI-05 events, in catalog order, the risks that cover it and those that do not yet. */
export const riskEventCoverage = perDeclaration((declaration: Declaration): readonly RiskEventCoverage[] => {
  // One pass over the risks (a large analysis has thousands): each event's risks, in their order.
  const naming = new Map<string, Risk[]>();
  const assessed = new Map<Risk, boolean>();
  for (const risk of declaration.risks) {
    assessed.set(risk, isAssessed(risk));
    for (const id of new Set(risk.scenarios.map((scenario) => scenario.value))) {
      const named = naming.get(id);
      if (named) named.push(risk);
      else naming.set(id, [risk]);
    }
  }
  return riskEvents.map((event): RiskEventCoverage => {
    const named = naming.get(event.id) ?? [];
    const parent = event.id.includes('.') ? riskEvent(event.id.split('.')[0]) : undefined;
    const namedHere = new Set(named);
    return {
      event,
      covering: named.filter((risk) => assessed.get(risk)),
      unassessed: named.filter((risk) => !assessed.get(risk)),
      family: parent ? (naming.get(parent.id) ?? []).filter((risk) => !namedHere.has(risk)) : [],
    };
  });
});

/** The EXI-05 events no assessed risk covers, in catalog order. */
export function uncoveredRiskEvents(declaration: Declaration): RiskEvent[] {
  return riskEventCoverage(declaration).filter((entry) => entry.covering.length === 0).map((entry) => entry.event);
}

/** The uncovered events that no risk names yet: those a quick fix may add a risk for (the others wait for their assessment). */
export function riskEventsWithoutRisk(declaration: Declaration): RiskEvent[] {
  return riskEventCoverage(declaration).filter((entry) => entry.covering.length === 0 && entry.unassessed.length === 0).map((entry) => entry.event);
}
