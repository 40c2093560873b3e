// The rule model: each rule is one module with its code, the requirement it enforces, its
// default severity, its documentation and its messages, in English and French.
import type { Declaration, Ref } from './declaration';
import type { RuleCode } from './ruleCodes';
import type { CheckOptions, Finding, Localized, Severity } from './types';
import type { ParsedFile, Part } from './yamlFile';

import type { MessageArg } from './text';

/** A value shown in a message; quoted and listed values follow the typography of the locale. */
export { dated, listed, quoted, type MessageArg } from './text';

export interface Rule {
  code: RuleCode;
  /** The requirement the rule enforces: an EXI id, a clause of ISO/IEC 27001, or an article of the Public Health Code (`CSP art. L.1111-8`). */
  requirement?: string;
  severity: Severity;
  /** Texts besides the requirement the rule rests on (a decree, SecNumCloud): ids in server/catalog/sources.json. */
  sources?: readonly string[];
  /** The grounds of the rule, line by line, when it applies a catalog mapping (Markdown, listed on its page). */
  grounds?: readonly Localized[];
  /** One sentence on what the rule checks, for the README and hovers. */
  docs: Localized;
  messages: Record<string, Localized>;
  check(context: RuleContext): void;
}

/** A place given by offsets, for problems found before the model exists (syntax errors). */
export interface Span {
  file: ParsedFile;
  start: number;
  end: number;
}

export interface Report {
  messageId: string;
  at: Ref | Span;
  part?: Part;
  args?: Record<string, MessageArg>;
  /** Overrides the rule's requirement for this report. */
  requirement?: string;
  /**
   * Overrides the rule's default severity for this report, per the severity policy: a finding that
   * asks nothing now (a plan already dated) is information where the same rule otherwise warns.
   * A severity set for the rule in the settings wins.
   */
  severity?: Severity;
  data?: Record<string, unknown>;
  /** Other places the finding involves; `part` as for the report, the key by default. */
  related?: { at: Ref; messageId: string; args?: Record<string, MessageArg>; part?: Part }[];
}

export interface RuleContext {
  declaration: Declaration;
  options: CheckOptions;
  /** What the rules listed before this one found (the exception rules, listed last, read it). */
  findings: readonly Finding[];
  /** The codes of every rule, for rules that refer to other rules. */
  ruleCodes: readonly string[];
  report(report: Report): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
