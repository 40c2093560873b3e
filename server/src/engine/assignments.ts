// Who performs which activity: the links between the scope, the subcontractors and their
// certificates that several rules and the coverage view read.
import type { ActivityId } from './catalog';
import { perDeclaration, subcontracts, type Declaration, type Ref, type Subcontractor } from './declaration';

export interface Assignment {
  activity: ActivityId;
  subcontractor: Subcontractor;
  /** Where the assignment is written: the `by` entry in the scope, else the subcontractor's own list. */
  at: Ref;
}

/** Who performs which activity, as the scope and the subcontractors' own lists say (read by several rules and the coverage view). */
export const subcontractorAssignments = perDeclaration((declaration: Declaration): readonly Assignment[] => {
  const byId = new Map(declaration.subcontractors.flatMap((subcontractor) => (subcontractor.id ? [[subcontractor.id, subcontractor] as const] : [])));
  const assignments: Assignment[] = [];
  const seen = new Set<string>();
  for (const scope of declaration.activities) {
    if (!scope.activity.id || !subcontracts(scope.provided)) continue;
    for (const by of scope.by) {
      const subcontractor = byId.get(by.value);
      if (!subcontractor || seen.has(`${by.value}|${scope.activity.id}`)) continue;
      seen.add(`${by.value}|${scope.activity.id}`);
      assignments.push({ activity: scope.activity.id, subcontractor, at: by.at });
    }
  }
  for (const subcontractor of declaration.subcontractors) {
    for (const activity of subcontractor.activities) {
      if (!activity.id || seen.has(`${subcontractor.id}|${activity.id}`)) continue;
      seen.add(`${subcontractor.id}|${activity.id}`);
      assignments.push({ activity: activity.id, subcontractor, at: activity.at });
    }
  }
  return assignments;
});
