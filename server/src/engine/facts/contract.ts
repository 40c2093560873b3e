// What the contract section says: which clauses it references, and which "references" deny the
// clause instead (N/A, none, néant…). Read by contract-clause-missing, and by the sovereignty
// rules for which a contract clause (EXI-29, EXI-30) stands for customer_informed.
import type { ContractClause, Declaration } from '../declaration';
import { isAnswered, isNotApplicable } from './placeholders';

/** Words that say there is no clause: where a reference is due, "none" is not one. */
const NONE = /^\s*(?:none|aucun|aucune|n[ée]ant)\s*\.?\s*$/i;

/** A value that says the clause does not exist (N/A, non applicable, a dash, none, aucun, néant): it is no reference. */
export function deniesClause(value: string | undefined): boolean {
  return value !== undefined && (isNotApplicable(value) || NONE.test(value));
}

/** A real reference to a part of the contract: answered, not a placeholder, not a denial. */
export function isContractReference(value: string | undefined): value is string {
  return isAnswered(value) && !deniesClause(value);
}

/** The clause written for a requirement, when it references a part of the contract. */
export function contractReference(declaration: Declaration, id: string): ContractClause | undefined {
  return declaration.contract.find((clause) => clause.requirement === id && isContractReference(clause.reference));
}
