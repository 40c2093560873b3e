// What the HDS sidebar and the presentation of guarantees are made of, for one checked declaration:
// how each activity is covered, which EXI-05 risk events the analysis covers, and the actors of the
// chain, as facts (ids, states, codes, dates, locations). Pure, like the rest of the engine:
// "covered" is derived from the findings the rules produced (and the same model and helpers they
// read), so the views never disagree with the Problems panel. Putting these facts into words is
// services/coverageView.ts.
import { subcontractorAssignments } from './assignments';
import { activities as catalogActivities, isCountry, isInEea, type ActivityId } from './catalog';
import { obligationsDue, type DueObligation } from './calendar';
import { expiryOf } from './facts/certificates';
import { soaProgress, type SoaProgress } from './facts/decided';
import { riskEventCoverage } from './facts/risks';
import { providesInHouse, type Certificate, type Declaration, type Ref, type Risk, type Written } from './declaration';
import { actors, type Actor } from './facts/sovereignty';
import type { Finding, Location, RuleCode, Severity } from './types';
import { offsetAt, offsetsAt, rangeAt, type Part } from './yamlFile';

export type CoverageState = 'covered' | 'gap' | 'out-of-scope';
export type ActivityProvision = 'in-house' | 'subcontracted' | 'in-house-and-subcontracted' | 'not-provided' | 'undeclared';
/** ok: nothing to fix; warning / error: the worst finding about the item. */
export type ItemState = 'ok' | 'warning' | 'error';
export type CertificateStatus = 'valid' | 'expiring' | 'expired' | 'undated' | 'missing';
/** An actor's answer to a column of the chapter 8 presentation of guarantees: silence is not an answer. */
export type GuaranteeAnswer = 'none' | 'declared' | 'missing';

export interface FindingFacts {
  code: RuleCode;
  severity: Severity;
  /** As the checker wrote it, in the locale of the check. */
  message: string;
  location: Location;
  /** Accepted by an exception of the declaration: until when, and who approved it. */
  accepted?: { until: string; approvedBy: string };
}

export interface RiskFacts {
  id?: string;
  title?: string;
  /** EXI-05 events the risk covers. */
  scenarios: string[];
  location?: Location;
}

/** Who provides an activity: the organisation, or a subcontractor the scope or its own list names. */
export interface ProviderFacts {
  kind: 'organization' | 'subcontractor';
  /** The subcontractor id (absent for the organisation). */
  id?: string;
  name?: string;
  /** False for a `by:` id that no subcontractor declares. */
  declared: boolean;
  /** It has an HDS certificate (whose number may be missing). */
  certified: boolean;
  /** The certificate's number. */
  certificate?: string;
  /** Its HDS certificate names the activity. */
  namesActivity: boolean;
  /** Its HDS certificate names the activity and has not expired. */
  covers: boolean;
  expires?: string;
  expired: boolean;
  location?: Location;
}

export interface ActivityCoverageFacts {
  id: ActivityId;
  number: number;
  provision: ActivityProvision;
  /** Subcontractor ids named for the activity (scope `by:` or the subcontractor's own list). */
  subcontractors: string[];
  state: CoverageState;
  location?: Location;
  providers: ProviderFacts[];
  risks: RiskFacts[];
  findings: FindingFacts[];
}

export interface RiskEventCoverageFacts {
  id: string;
  covered: boolean;
  /** The assessed risks that cover it. */
  covering: RiskFacts[];
  /** Risks that name it but are not assessed yet. */
  unassessed: RiskFacts[];
  location?: Location;
}

/** One line of an actor's presentation of guarantees. */
export type GuaranteeDetailKind = 'certificate' | 'activities' | 'storage' | 'remote-access' | 'law' | 'secnumcloud';

export interface DetailFacts {
  state: ItemState;
  location?: Location;
}

export interface ActorCoverageFacts {
  /** The host's own row, or a subcontractor's. */
  kind: 'host' | 'subcontractor';
  id?: string;
  name?: string;
  /** A subcontractor's role, as written. */
  role?: string;
  /** The activities it performs. */
  activities: ActivityId[];
  certificate?: {
    number?: string;
    body?: string;
    /** The catalog activities it names. */
    activities: ActivityId[];
    /** Every activity it names, as written when it is not in the catalog. */
    named: { id?: ActivityId; written: string }[];
    expires?: string;
    status: CertificateStatus;
    /** Days until it expires (negative once past). */
    days?: number;
  };
  storageCountries: (DetailFacts & { code: string; inEea: boolean; isCountry: boolean })[];
  /** The host only: the declared storage sites a subcontractor operates (its own are in storageCountries). */
  operatedStorage: (DetailFacts & { code: string; inEea: boolean; isCountry: boolean; site?: string; operator: string })[];
  /** `scope`: the answers to what an adequacy decision's scope requires (dpf_certified…); `customerInformed`: where the customer is told, as written on the access. */
  remoteAccess: (DetailFacts & { from?: string; basis?: string; purpose?: string; scope: Record<string, boolean>; customerInformed?: string })[];
  laws: (DetailFacts & { law?: string; mitigations?: string; residualRisks?: string; customerInformed?: string; complete: boolean })[];
  secnumcloud?: boolean;
  /** The services the SecNumCloud qualification covers, when it covers only part of the offer. */
  secnumcloudServices: string[];
  /** Acts under the host's supervision: no row of its own in the presentation of guarantees. */
  underHostSupervision: boolean;
  /** The chapter 8 answers: EXI-29 (remote access from outside the EEA), EXI-30 (law exposure), SecNumCloud. */
  answers: { remoteAccess: GuaranteeAnswer; laws: GuaranteeAnswer; secnumcloud: GuaranteeAnswer };
  state: ItemState;
  location?: Location;
  /** Each line's state and where it is written. */
  details: Record<GuaranteeDetailKind, DetailFacts>;
  findings: FindingFacts[];
}

export interface CoverageCounts {
  errors: number;
  warnings: number;
  /** Information findings, without the accepted ones. */
  information: number;
  hints: number;
  /** Findings an exception accepts (shown as information), counted apart. */
  accepted: number;
}

export interface DeclarationCoverageFacts {
  /** The organisation's name, when the declaration gives one. */
  organization?: string;
  /** The `hds:` line of the main file. */
  location?: Location;
  counts: CoverageCounts;
  activitiesCovered: number;
  activitiesInScope: number;
  riskEventsCovered: number;
  /** Annex A controls the SoA decides (applicable, or excluded with a justification), of 93. */
  soa: SoaProgress;
  activities: ActivityCoverageFacts[];
  riskEvents: RiskEventCoverageFacts[];
  /** The host's own row of the presentation of guarantees, when the declaration names its organisation. */
  host?: ActorCoverageFacts;
  subcontractors: ActorCoverageFacts[];
  /** Every dated obligation, overdue first, then in date order. */
  calendar: DueObligation[];
}

export interface CoverageOptions {
  today: string;
}

export function computeCoverage(declaration: Declaration, findings: readonly Finding[], options: CoverageOptions): DeclarationCoverageFacts {
  const { today } = options;
  const places = new Places(declaration, findings);
  const findingFacts = new Map(findings.map((finding) => [finding, toFindingFacts(finding)]));
  const about = (predicate: (finding: Finding) => boolean) => findings.filter(predicate).map((finding) => findingFacts.get(finding)!);
  // Findings by the activity, the subcontractor or the place they are about, gathered once: asking every
  // finding about every subcontractor was quadratic (4,000 subcontractors took seconds).
  const rank = new Map(findings.map((finding, index) => [finding, index]));
  const byData = (key: 'activity' | 'subcontractor') => {
    const groups = new Map<unknown, Finding[]>();
    for (const finding of findings) {
      const value = finding.data?.[key];
      if (value === undefined) continue;
      const group = groups.get(value);
      if (group) group.push(finding);
      else groups.set(value, [finding]);
    }
    return groups;
  };
  const byActivity = byData('activity');
  const bySubcontractor = byData('subcontractor');
  /** The findings of several groups, each once, in the order of `findings`. */
  const gathered = (groups: readonly (readonly Finding[])[]) => {
    const set = new Set<Finding>();
    for (const group of groups) for (const finding of group) set.add(finding);
    return [...set].sort((a, b) => rank.get(a)! - rank.get(b)!).map((finding) => findingFacts.get(finding)!);
  };
  const subcontractorsById = new Map<string | undefined, Declaration['subcontractors'][number]>();
  for (const subcontractor of declaration.subcontractors) if (!subcontractorsById.has(subcontractor.id)) subcontractorsById.set(subcontractor.id, subcontractor);

  const riskFacts = (risk: Risk): RiskFacts => ({
    id: risk.id,
    title: risk.title,
    scenarios: risk.scenarios.map((scenario) => scenario.value),
    location: places.location(risk.at, 'key'),
  });

  const assignments = subcontractorAssignments(declaration);
  const activities = catalogActivities.map((entry): ActivityCoverageFacts => {
    const scope = declaration.activities.find((candidate) => candidate.activity.id === entry.id);
    const provision: ActivityProvision = scope?.provided ?? 'undeclared';
    const assigned = assignments.filter((assignment) => assignment.activity === entry.id).map((assignment) => assignment.subcontractor);
    const subcontractorIds = unique([...(scope?.by.map((by) => by.value) ?? []), ...assigned.flatMap((subcontractor) => (subcontractor.id ? [subcontractor.id] : []))]);

    const providers: ProviderFacts[] = [];
    /** The certificates the activity relies on: findings written inside them concern it. */
    const certificates: Ref[] = [];
    if (providesInHouse(scope?.provided)) {
      const certificate = declaration.hdsCertificate;
      if (certificate) certificates.push(certificate.at);
      providers.push(providerFacts('organization', undefined, declaration.organization?.name, certificate, entry.id, declaration.organization?.at ?? certificate?.at));
    }
    if (provision !== 'not-provided') {
      for (const id of subcontractorIds) {
        const subcontractor = subcontractorsById.get(id);
        if (subcontractor?.certificate) certificates.push(subcontractor.certificate.at);
        providers.push(providerFacts('subcontractor', id, subcontractor?.name, subcontractor?.certificate, entry.id, subcontractor?.at ?? scope?.by.find((by) => by.value === id)?.at, subcontractor !== undefined));
      }
    }

    const activityFindings = gathered([
      byActivity.get(entry.id) ?? [],
      scope !== undefined ? places.within(scope.at) : [],
      ...(provision !== 'not-provided' ? certificates.map((certificate) => places.within(certificate)) : []),
    ]);
    const hasErrors = activityFindings.some((finding) => finding.severity === 'error');
    const state: CoverageState = provision === 'not-provided' ? 'out-of-scope' : provision === 'undeclared' || hasErrors ? 'gap' : 'covered';
    return {
      id: entry.id,
      number: entry.number,
      provision,
      subcontractors: subcontractorIds,
      state,
      location: scope ? places.location(scope.at, 'key') : places.section('scope'),
      providers,
      risks: declaration.risks.filter((risk) => risk.activities.some((reference) => reference.id === entry.id)).map(riskFacts),
      findings: activityFindings,
    };
  });

  const riskEvents = riskEventCoverage(declaration).map(({ event, covering, unassessed }): RiskEventCoverageFacts => {
    // Only assessed risks cover an event; the others are listed after them, as work to finish.
    const finding = findings.find((candidate) => candidate.code === 'risk-event-uncovered' && candidate.data?.event === event.id);
    return {
      id: event.id,
      covered: covering.length > 0,
      covering: covering.map(riskFacts),
      unassessed: unassessed.map(riskFacts),
      location: covering.length > 0 ? places.location(covering[0].at, 'key') : unassessed.length > 0 ? places.location(unassessed[0].at, 'key') : finding ? { uri: finding.uri, range: finding.range } : places.section('risks'),
    };
  });

  const actorRows = actors(declaration).map((actor) => {
    const at = actor.at;
    const actorFindings = actor.kind === 'host'
      ? about((finding) => finding.data?.actor === 'host' || (declaration.hdsCertificate !== undefined && places.contains(declaration.hdsCertificate.at, finding)) || places.contains(at, finding))
      : gathered([(actor.id !== undefined && bySubcontractor.get(actor.id)) || [], places.within(at)]);
    return actorFacts(actor, actorFindings);
  });
  const host = actorRows.find((row) => row.kind === 'host');
  const subcontractors = actorRows.filter((row) => row.kind === 'subcontractor');

  const counts: CoverageCounts = { errors: 0, warnings: 0, information: 0, hints: 0, accepted: 0 };
  for (const finding of findings) {
    if (finding.accepted) counts.accepted++;
    else if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else if (finding.severity === 'information') counts.information++;
    else counts.hints++;
  }
  const hds = declaration.sections.get('hds')?.[0];
  return {
    organization: declaration.organization?.name,
    location: hds ? places.location(hds, 'key') : undefined,
    counts,
    activitiesCovered: activities.filter((entry) => entry.state === 'covered').length,
    activitiesInScope: activities.filter((entry) => entry.state !== 'out-of-scope').length,
    riskEventsCovered: riskEvents.filter((event) => event.covered).length,
    soa: soaProgress(declaration),
    activities,
    riskEvents,
    host,
    subcontractors,
    calendar: obligationsDue(declaration, { today }),
  };

  function toFindingFacts(finding: Finding): FindingFacts {
    const facts: FindingFacts = { code: finding.code, severity: finding.severity, message: finding.message, location: { uri: finding.uri, range: finding.range } };
    if (finding.accepted) facts.accepted = { until: finding.accepted.until, approvedBy: finding.accepted.approvedBy };
    return facts;
  }

  function providerFacts(kind: ProviderFacts['kind'], id: string | undefined, name: string | undefined, certificate: Certificate | undefined, activity: ActivityId, at: Ref | undefined, declared = true): ProviderFacts {
    const expires = certificate?.expires?.value;
    const expired = expiryOf(expires, today).status === 'expired';
    const namesActivity = certificate?.activities.some((reference) => reference.id === activity) ?? false;
    return {
      kind,
      id,
      name,
      declared,
      certified: certificate !== undefined,
      certificate: certificate?.number,
      namesActivity,
      covers: declared && namesActivity && !expired,
      expires,
      expired,
      location: places.location(certificate?.at ?? at, 'key'),
    };
  }

  function actorFacts(actor: Actor, actorFindings: FindingFacts[]): ActorCoverageFacts {
    const stateOf = (items: FindingFacts[]): ItemState => (items.some((item) => item.severity === 'error') ? 'error' : items.some((item) => item.severity === 'warning') ? 'warning' : 'ok');
    const inside = (at: Ref | undefined) => (at ? actorFindings.filter((item) => places.containsLocation(at, item.location)) : []);
    const unanswered = (key: RegExp) => stateOf(actorFindings.filter((item) => item.code === 'guarantees-answer-missing' && key.test(item.message)));

    const certificate = actor.kind === 'host' ? declaration.hdsCertificate : actor.subcontractor!.certificate;
    const expires = certificate?.expires?.value;
    const expiry = expiryOf(expires, today);
    const status: CertificateStatus = !certificate ? 'missing' : expiry.status;

    // The host performs what it provides in-house; a subcontractor what the scope or its own list assigns it.
    const performed: { activity: ActivityId }[] = actor.kind === 'host'
      ? declaration.activities.flatMap((scope) => (scope.activity.id && providesInHouse(scope.provided) ? [{ activity: scope.activity.id }] : []))
      : assignments.filter((assignment) => assignment.subcontractor === actor.subcontractor);

    // The host's own storage: the sites no subcontractor operates.
    const stored: Written<string>[] = actor.kind === 'host'
      ? declaration.storage.flatMap((site) => (site.country && !site.operator ? [site.country] : []))
      : actor.subcontractor!.storageCountries;
    const storageCountries = stored.map((country) => ({
      code: country.value,
      inEea: isInEea(country.value),
      isCountry: isCountry(country.value),
      location: places.location(country.at, 'value'),
      state: stateOf(inside(country.at)),
    }));
    const operatedStorage = actor.kind !== 'host' ? [] : declaration.storage.flatMap((site) => (site.country && site.operator ? [{
      code: site.country.value,
      inEea: isInEea(site.country.value),
      isCountry: isCountry(site.country.value),
      site: site.site,
      operator: site.operator.value,
      location: places.location(site.country.at, 'value'),
      state: stateOf(inside(site.country.at)),
    }] : []));
    const remoteAccess = actor.remoteAccess.map((access) => ({
      from: access.from?.value,
      basis: access.basis?.value,
      purpose: access.purpose,
      scope: Object.fromEntries([...access.scope].map(([key, written]) => [key, written.value])),
      customerInformed: access.customerInformed,
      location: places.location(access.at, 'value'),
      state: stateOf(inside(access.at)),
    }));
    const laws = actor.laws.map((law) => ({
      law: law.law,
      mitigations: law.mitigations,
      residualRisks: law.residualRisks,
      customerInformed: law.customerInformed,
      complete: Boolean(law.mitigations?.trim() && law.residualRisks?.trim() && law.customerInformed?.trim()),
      location: places.location(law.at, 'value'),
      state: stateOf(inside(law.at)),
    }));

    const details: Record<GuaranteeDetailKind, DetailFacts> = {
      certificate: {
        location: places.location(certificate?.at ?? actor.at, 'key'),
        state: certificate ? stateOf(inside(certificate.at)) : actorFindings.some((item) => item.code === 'subcontractor-uncertified' && item.severity === 'error') ? 'error' : 'ok',
      },
      activities: {
        location: actor.kind === 'host' ? places.section('scope') : places.location({ file: actor.at.file, path: [...actor.at.path, 'activities'] }, 'key'),
        state: stateOf(actorFindings.filter((item) => ['subcontractor-uncertified', 'subcontractor-certificate-scope', 'unknown-activity'].includes(item.code))),
      },
      storage: {
        location: actor.kind === 'host' ? places.section('scope') : places.location({ file: actor.at.file, path: [...actor.at.path, 'storage_countries'] }, 'key'),
        state: worst([...storageCountries, ...operatedStorage].map((country) => country.state)),
      },
      'remote-access': {
        location: places.location(actor.remoteAccessAnswer ?? actor.at, 'key'),
        state: worst([...remoteAccess.map((access) => access.state), unanswered(/remote_access/)]),
      },
      law: {
        location: places.location(actor.lawsAnswer ?? actor.at, 'key'),
        state: worst([...laws.map((law) => law.state), unanswered(/third_country_laws/)]),
      },
      secnumcloud: {
        location: places.location(actor.secnumcloudAnswer ?? actor.at, actor.secnumcloudAnswer ? 'value' : 'key'),
        state: unanswered(/secnumcloud/),
      },
    };

    const answer = (answered: Ref | undefined, count: number): GuaranteeAnswer => (!answered ? 'missing' : count > 0 ? 'declared' : 'none');
    return {
      kind: actor.kind,
      id: actor.id,
      name: actor.name,
      role: actor.subcontractor?.role,
      activities: performed.map((assignment) => assignment.activity),
      certificate: certificate
        ? {
          number: certificate.number,
          body: certificate.body,
          activities: certificate.activities.flatMap((reference) => (reference.id ? [reference.id] : [])),
          named: certificate.activities.map((reference) => ({ id: reference.id, written: String(reference.written) })),
          expires,
          status,
          days: expiry.days,
        }
        : undefined,
      storageCountries,
      operatedStorage,
      remoteAccess,
      laws,
      secnumcloud: actor.secnumcloud,
      secnumcloudServices: actor.secnumcloudServices,
      underHostSupervision: actor.subcontractor?.underHostSupervision?.value === true,
      answers: {
        remoteAccess: answer(actor.remoteAccessAnswer, actor.remoteAccess.filter((access) => access.from && isCountry(access.from.value) && !isInEea(access.from.value)).length),
        laws: answer(actor.lawsAnswer, actor.laws.length),
        secnumcloud: actor.secnumcloudAnswer ? 'declared' : 'missing',
      },
      state: stateOf(actorFindings),
      location: places.location(actor.at, actor.kind === 'host' ? 'key' : 'entry'),
      details,
      findings: actorFindings,
    };
  }
}

/** Locations of model references, and whether a finding is written inside one. */
class Places {
  /** Per file, the findings written there, by the offset where each starts. */
  private starts?: Map<string, { offsets: number[]; findings: Finding[] }>;

  constructor(
    private readonly declaration: Declaration,
    private readonly findings: readonly Finding[] = [],
  ) {}

  /** The findings that start inside the entry at `at` (as contains() tells), by binary search. */
  within(at: Ref): Finding[] {
    if (!this.starts) {
      this.starts = new Map();
      const files = new Map(this.declaration.files.map((file) => [file.uri, file]));
      const byUri = new Map<string, { offset: number; finding: Finding }[]>();
      for (const finding of this.findings) {
        const file = files.get(finding.uri);
        if (!file) continue;
        const list = byUri.get(finding.uri) ?? [];
        list.push({ offset: offsetAt(file, finding.range.start), finding });
        byUri.set(finding.uri, list);
      }
      for (const [uri, list] of byUri) {
        list.sort((a, b) => a.offset - b.offset);
        this.starts.set(uri, { offsets: list.map((item) => item.offset), findings: list.map((item) => item.finding) });
      }
    }
    const here = this.starts.get(at.file.uri);
    if (!here) return [];
    const [start, end] = offsetsAt(at.file, at.path, 'entry');
    const stop = Math.max(end, start + 1);
    let low = 0;
    let high = here.offsets.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (here.offsets[middle] < start) low = middle + 1;
      else high = middle;
    }
    const inside: Finding[] = [];
    for (let index = low; index < here.offsets.length && here.offsets[index] < stop; index++) inside.push(here.findings[index]);
    return inside;
  }

  location(at: Ref | undefined, part: Part): Location | undefined {
    return at ? { uri: at.file.uri, range: rangeAt(at.file, at.path, part) } : undefined;
  }

  section(name: Parameters<Declaration['sections']['get']>[0]): Location | undefined {
    return this.location(this.declaration.sections.get(name)?.[0], 'key');
  }

  contains(at: Ref, finding: Finding): boolean {
    return this.containsLocation(at, finding);
  }

  containsLocation(at: Ref, location: Location): boolean {
    if (at.file.uri !== location.uri) return false;
    // Compared as offsets: ranges of multi-line entries are cut to their first line.
    const [start, end] = offsetsAt(at.file, at.path, 'entry');
    const offset = offsetAt(at.file, location.range.start);
    return offset >= start && offset < Math.max(end, start + 1);
  }
}

function worst(states: readonly ItemState[]): ItemState {
  return states.includes('error') ? 'error' : states.includes('warning') ? 'warning' : 'ok';
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
