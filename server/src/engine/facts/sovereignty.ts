// Sovereignty facts several rules, the sidebar and the services read: who the actors are (the host
// and each subcontractor, one code path for all), where data is stored, and which of them appear
// in the chapter 8 presentation of guarantees.
import { isCountry, isInEea } from '../catalog';
import { perDeclaration, type ActorFacts, type Declaration, type Ref, type Subcontractor, type Written } from '../declaration';

export interface Actor extends ActorFacts {
  kind: 'host' | 'subcontractor';
  /** The subcontractor's id; absent for the host. */
  id?: string;
  name?: string;
  /** The subcontractor, for a subcontractor actor. */
  subcontractor?: Subcontractor;
  at: Ref;
}

const silent: ActorFacts = { remoteAccess: [], laws: [], secnumcloudServices: [] };

/**
 * The host (its `host:` section, else its `organization:`, where it has answered nothing yet) then
 * every subcontractor, in order.
 */
export const actors = perDeclaration((declaration: Declaration): readonly Actor[] => {
  const at = declaration.host?.at ?? declaration.organization?.at;
  const host: Actor[] = at ? [{ ...(declaration.host ?? silent), kind: 'host', name: declaration.organization?.name, at }] : [];
  return [...host, ...declaration.subcontractors.map((subcontractor): Actor => ({ ...subcontractor, kind: 'subcontractor', subcontractor }))];
});

/** Facts a finding about an actor carries, so the sidebar can file it under the right row. */
export function actorData(actor: Actor): { actor: string; subcontractor?: string } {
  return actor.kind === 'host' ? { actor: 'host' } : { actor: 'subcontractor', subcontractor: actor.id };
}

/**
 * The rows of the chapter 8 presentation of guarantees: the host and every subcontractor, except
 * those acting under the host's security policy and supervision (the host answers for them).
 */
export function guaranteeActors(declaration: Declaration): Actor[] {
  return actors(declaration).filter((actor) => actor.subcontractor?.underHostSupervision?.value !== true);
}

/** Every country where health data is stored: storage sites and subcontractors' storage countries. */
export function storageCountries(declaration: Declaration): (Written<string> & { subcontractor?: string })[] {
  return [
    ...declaration.storage.flatMap((site) => (site.country ? [site.country] : [])),
    ...declaration.subcontractors.flatMap((subcontractor) => subcontractor.storageCountries.map((country) => ({ ...country, subcontractor: subcontractor.id }))),
  ];
}

/** Storage or access outside the EEA, by any actor: what the EXI-31 page maps. */
export function transfersOutsideEea(declaration: Declaration): Written<string>[] {
  return [
    ...storageCountries(declaration),
    ...actors(declaration).flatMap((actor) => actor.remoteAccess.flatMap((access) => (access.from ? [access.from] : []))),
  ].filter((country) => isCountry(country.value) && !isInEea(country.value));
}
