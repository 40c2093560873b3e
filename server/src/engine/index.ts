// The public face of the checking engine: pure functions, no LSP or VS Code types.
export * from './types';
export { checkDeclaration, runRules, type CheckResult } from './check';
export { parseFile, positionAt, offsetAt, rangeAt, nodeAt, type ParsedFile, type Path } from './yamlFile';
export { buildDeclaration, type Declaration, type Ref } from './declaration';
export { rules, ruleByCode } from './rules';
export { groupDeclarations, isDeclarationFile } from './grouping';
export { localToday } from './dates';
export { starterDeclaration, type StarterOptions } from './starter';
