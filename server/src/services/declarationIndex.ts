// Lookups over a checked declaration that completion and hover make on every request. Built once
// per check result and kept as long as the result lives, so a request on a 10,000-line
// declaration costs a map lookup, not a scan of the model.
import type { ActivityId } from '../engine/catalog';
import type { CheckResult } from '../engine/check';
import type { ActivityScope, Declaration, Risk, SoaEntry, StorageSite, Subcontractor } from '../engine/declaration';
import { isAssessed } from '../engine/facts/risks';
import type { Finding } from '../engine/types';
import type { ParsedFile } from '../engine/yamlFile';

export interface DeclarationIndex {
  declaration: Declaration;
  subcontractors: Map<string, Subcontractor>;
  sites: Map<string, StorageSite>;
  soa: Map<string, SoaEntry>;
  risksById: Map<string, Risk>;
  /** The assessed risks that name each scenario id: those that cover it. */
  risksByEvent: Map<string, Risk[]>;
  activities: Map<ActivityId, ActivityScope>;
  contractClauses: Set<string>;
  findingsByUri: Map<string, Finding[]>;
  filesByUri: Map<string, ParsedFile>;
}

const indexes = new WeakMap<object, DeclarationIndex>();

/** The index of a check result (or of a bare declaration, with no findings). */
export function indexOf(source: CheckResult | Declaration): DeclarationIndex {
  const cached = indexes.get(source);
  if (cached) return cached;
  const declaration = 'findings' in source ? source.declaration : source;
  const findings = 'findings' in source ? source.findings : [];
  const index: DeclarationIndex = {
    declaration,
    subcontractors: firstById(declaration.subcontractors, (item) => item.id),
    sites: firstById(declaration.storage, (item) => item.site),
    soa: firstById(declaration.soa, (item) => item.control?.id),
    risksById: firstById(declaration.risks, (item) => item.id),
    risksByEvent: new Map(),
    activities: new Map(),
    contractClauses: new Set(declaration.contract.map((clause) => clause.requirement)),
    findingsByUri: new Map(),
    filesByUri: new Map(declaration.files.map((file) => [file.uri, file])),
  };
  for (const risk of declaration.risks) {
    if (!isAssessed(risk)) continue;
    for (const scenario of risk.scenarios) {
      const list = index.risksByEvent.get(scenario.value) ?? [];
      list.push(risk);
      index.risksByEvent.set(scenario.value, list);
    }
  }
  for (const scope of declaration.activities) if (scope.activity.id && !index.activities.has(scope.activity.id)) index.activities.set(scope.activity.id, scope);
  for (const finding of findings) {
    const list = index.findingsByUri.get(finding.uri) ?? [];
    list.push(finding);
    index.findingsByUri.set(finding.uri, list);
  }
  indexes.set(source, index);
  return index;
}

/** The first definition wins, as the duplicate-id rule reports the later ones. */
function firstById<T>(items: readonly T[], idOf: (item: T) => string | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const id = idOf(item);
    if (id !== undefined && !map.has(id)) map.set(id, item);
  }
  return map;
}
