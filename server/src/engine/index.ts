// The public face of the checking engine: pure functions, no LSP or VS Code types.
export * from './types';
export { ruleCodes, isRuleCode } from './ruleCodes';
export { checkDeclaration, runRules, type CheckResult } from './check';
export { parseFile, positionAt, offsetAt, rangeAt, nodeAt, type ParsedFile, type Path } from './yamlFile';
export { buildDeclaration, type Declaration, type Ref } from './declaration';
export { rules, ruleByCode } from './rules';
export { groupDeclarations, isDeclarationFile } from './grouping';
export { localToday } from './dates';
export { starterDeclaration, type StarterOptions } from './starter';
export { computeCoverage, type ActivityCoverageFacts, type ActivityProvision, type ActorCoverageFacts, type CertificateStatus, type CoverageCounts, type CoverageOptions, type CoverageState, type DeclarationCoverageFacts, type DetailFacts, type FindingFacts, type GuaranteeAnswer, type GuaranteeDetailKind, type ItemState, type ProviderFacts, type RiskEventCoverageFacts, type RiskFacts } from './coverage';
export { calendarItem, calendarOf, calendarSources, certificateObligations, nextDue, obligationsDue, type CalendarItem, type DueObligation, type CalendarOptions, type CalendarSource, type CalendarState, type Obligation } from './calendar';
export { isUndecided, soaDecision, soaProgress, type SoaDecision, type SoaProgress } from './facts/decided';
export { computeReadiness, type AuditFindingFigures, type ChapterReadiness, type EvidenceFacts, type ReadinessFigures, type ReadinessOptions, type ReadinessSummary, type RequirementReadiness, type RequirementState } from './readiness';
