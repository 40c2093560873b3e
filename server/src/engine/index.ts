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
export { computeCoverage, coverageSummary, type ActivityCoverage, type ActivityProvision, type CertificateStatus, type CoverageCounts, type CoverageOptions, type CoverageState, type CoverageText, type DeclarationCoverage, type FindingItem, type ItemState, type ProviderItem, type RiskEventCoverage, type RiskItem, type SubcontractorCoverage, type SubcontractorDetail } from './coverage';
export { calendarOf, calendarSources, calendarSummary, certificateObligations, nextDue, type CalendarItem, type CalendarOptions, type CalendarSource, type CalendarState, type Obligation } from './calendar';
