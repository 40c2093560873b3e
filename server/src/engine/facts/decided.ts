// What "decided" means, in one place: rules, the code lens, the status bar, the sidebar and every
// export count the same things as answered. A placeholder is never an answer (placeholders.ts);
// the model already reads one as absent.
import { control as catalogControl, controls } from '../catalog';
import { perDeclaration, type SoaEntry } from '../declaration';
import type { Finding, RuleCode } from '../types';
import { isAnswered } from './placeholders';

export type SoaDecision = 'applicable' | 'excluded' | 'undecided';

/**
 * An SoA entry is decided once it names an Annex A control and says whether it applies; an
 * exclusion only with its justification (ISO/IEC 27001 6.1.3 d), as an auditor reads it.
 */
export function soaDecision(entry: SoaEntry): SoaDecision {
  if (!entry.control || !catalogControl(entry.control.id)) return 'undecided';
  if (entry.applicable === true) return 'applicable';
  if (entry.applicable === false && isAnswered(entry.justification)) return 'excluded';
  return 'undecided';
}

export interface SoaProgress {
  /** Annex A controls with a decided entry. */
  decided: number;
  /** Annex A controls: 93. */
  total: number;
}

export const soaProgress = perDeclaration((declaration): SoaProgress => {
  const decided = new Set<string>();
  for (const entry of declaration.soa) if (soaDecision(entry) !== 'undecided') decided.add(entry.control!.id);
  return { decided: decided.size, total: controls.length };
});

/** Rules each of whose findings is an answer still to give, whatever severity they are set to. */
const UNDECIDED_RULES: ReadonlySet<RuleCode> = new Set<RuleCode>(['placeholder-left', 'risk-unassessed']);

/**
 * A finding that says an answer is still undecided (a placeholder, an unassessed risk, a required
 * key left at TODO): documents to hand out are refused while one remains, like an error.
 */
export function isUndecided(finding: Finding): boolean {
  return finding.data?.undecided === true || UNDECIDED_RULES.has(finding.code);
}
