// The HDS v2 and ISO/IEC 27001 reference data, loaded from the JSON files in server/catalog/.
import activitiesData from '../../catalog/activities.json';
import adequacyData from '../../catalog/adequacy.json';
import annexAData from '../../catalog/annex-a.json';
import auditsData from '../../catalog/audits.json';
import certificationBodiesData from '../../catalog/certification-bodies.json';
import countriesData from '../../catalog/countries.json';
import legalBasesData from '../../catalog/legal-bases.json';
import nonExcludableData from '../../catalog/non-excludable-controls.json';
import publicHealthCodeData from '../../catalog/public-health-code.json';
import requirementsData from '../../catalog/requirements.json';
import riskEventsData from '../../catalog/risk-events.json';
import sourcesData from '../../catalog/sources.json';
import type { Locale, Localized } from './types';

export type ActivityId =
  | 'physical-sites'
  | 'hardware'
  | 'virtual-infrastructure'
  | 'application-platform'
  | 'administration'
  | 'backup';

export interface Activity { id: ActivityId; number: number; name: Localized; summary: Localized }
/**
 * `rules`: the rules check the requirement from what the declaration says (their findings cite it);
 * `answer`: no rule can, so the requirements register of the declaration answers it.
 */
export type RequirementCheck = 'rules' | 'answer';
export interface Requirement {
  id: string;
  chapter: string;
  title: Localized;
  summary: Localized;
  checkedBy: RequirementCheck;
  /**
   * For a requirement the rules check: the sections of the declaration they read it from. Until
   * these are written and free of placeholders, the requirement is not answered (readiness.ts).
   */
  readFrom?: string[];
  /**
   * For a requirement the register answers: sections that, once the declaration writes one, let the
   * rules check it from there instead (EXI-16, from the internal audits of `isms:`). See `checkingOf`.
   */
  checkedOnceWritten?: string[];
  /**
   * Requirements whose errors keep this one from being verified: subcontracting (EXI-12) and the
   * storage locations (EXI-28) are read from the scope, which EXI-04 checks.
   */
  dependsOn?: string[];
}
export interface Chapter { id: string; title: Localized; requirements: string[] }
export interface RiskEvent { id: string; group?: Localized; title: Localized; summary: Localized; children?: string[] }
export interface ControlTheme { id: string; clause: string; name: Localized }
export interface Control { id: string; theme: string; title: Localized }
export interface AdequacyDecision {
  country: string;
  adopted: string;
  /** The Commission decision, by number. */
  decision?: string;
  scope?: Localized;
  /** For a decision that covers only some recipients: the remote_access key that says the recipient is within it. */
  requires?: { key: string; question: Localized };
}
export interface LegalBasis { id: string; gdpr: string; name: Localized; summary: Localized }

export const activities: readonly Activity[] = activitiesData as Activity[];
export const activityIds: readonly ActivityId[] = activities.map((activity) => activity.id);
const activityById = new Map(activities.map((activity) => [activity.id as string, activity]));
const activityByNumber = new Map(activities.map((activity) => [activity.number, activity]));

export function activity(id: string): Activity | undefined {
  return activityById.get(id);
}

export function activityByNumberOrName(written: string | number): Activity | undefined {
  if (typeof written === 'number') return activityByNumber.get(written);
  if (/^[1-6]$/.test(written)) return activityByNumber.get(Number(written));
  return activityById.get(written);
}

export const chapters: readonly Chapter[] = requirementsData.chapters as Chapter[];
export const requirements: readonly Requirement[] = requirementsData.requirements as Requirement[];
const requirementById = new Map(requirements.map((requirement) => [requirement.id, requirement]));
export function requirement(id: string): Requirement | undefined {
  return requirementById.get(id);
}
/** The sections a declaration writes: its `sections` map, or a set of names. */
export interface WrittenSections {
  has(section: string): boolean;
}
/**
 * How `entry` is checked in a declaration that writes the sections `written` holds: the rules take
 * over a requirement the register answers once a section they read it from is written.
 */
export function checkingOf(entry: Requirement, written: WrittenSections): { checkedBy: RequirementCheck; readFrom: string[] } {
  const taken = entry.checkedOnceWritten?.filter((section) => written.has(section)) ?? [];
  return taken.length > 0 ? { checkedBy: 'rules', readFrom: taken } : { checkedBy: entry.checkedBy, readFrom: entry.readFrom ?? [] };
}
/** The requirements no rule checks, which the `requirements` register must answer (EXI-02, EXI-03…), unless `checkingOf` says otherwise. */
export const answeredRequirementIds: readonly string[] = requirements.filter((entry) => entry.checkedBy === 'answer').map((entry) => entry.id);
/**
 * The EXI requirements a finding's requirement names: one (`EXI-28`) or a range (`EXI-17..EXI-28`);
 * none for a clause of ISO/IEC 27001 or an article of the Public Health Code.
 */
export function requirementIdsOf(cited: string | undefined): string[] {
  const range = /^EXI-(\d{2})(?:\.\.EXI-(\d{2}))?$/.exec(cited ?? '');
  if (!range) return [];
  const first = Number(range[1]);
  const last = range[2] ? Number(range[2]) : first;
  return requirements.map((entry) => entry.id).filter((id) => Number(id.slice(4)) >= first && Number(id.slice(4)) <= last);
}
export function chapter(id: string): Chapter | undefined {
  return chapters.find((candidate) => candidate.id === id);
}
/**
 * The clauses every hosting contract must contain: EXI-17..EXI-27 (chapter 6), and EXI-28, since
 * the contract states the hosting locations (Public Health Code, art. R.1111-11, 3°).
 */
export const contractClauseIds: readonly string[] = requirements
  .map((requirement) => requirement.id)
  .filter((id) => Number(id.slice(4)) >= 17 && Number(id.slice(4)) <= 28);
/**
 * Every clause the contract section may reference: the required ones, then EXI-29 (remote access
 * from outside the EEA) and EXI-30 (exposure to non-European law), due only where they apply.
 */
export const contractKeyIds: readonly string[] = [...contractClauseIds, 'EXI-29', 'EXI-30'];

const scenarioEvents: readonly RiskEvent[] = riskEventsData as RiskEvent[];
/** The 13 events EXI-05 requires the analysis to cover, in the referential's order. */
export const riskEvents: readonly RiskEvent[] = scenarioEvents.filter((event) => !event.children);
/** B and D: EXI-05 lists their sub-events "notamment", so a risk may name the family, which covers none of them. */
export const parentRiskEvents: readonly RiskEvent[] = scenarioEvents.filter((event) => event.children);
/** Every id a risk's scenario may name: the 13 events and their two families. */
export const scenarioIds: readonly string[] = scenarioEvents.map((event) => event.id);
const riskEventById = new Map(scenarioEvents.map((event) => [event.id, event]));
/** A risk event or a family of events (B, D) by id. */
export function riskEvent(id: string): RiskEvent | undefined {
  return riskEventById.get(id);
}

export const controlThemes: readonly ControlTheme[] = annexAData.themes as ControlTheme[];
export const controls: readonly Control[] = annexAData.controls as Control[];
const controlById = new Map(controls.map((control) => [control.id, control]));
export function control(id: string): Control | undefined {
  return controlById.get(id);
}
export function controlTheme(id: string): ControlTheme | undefined {
  return controlThemes.find((theme) => theme.id === id);
}

/** When an Annex A control cannot be excluded from an HDS host's SoA (see non-excludable-controls.json). */
export type ExclusionCondition = 'always' | 'administers' | 'backup' | 'subcontracts';
export const exclusionConditionIds: readonly ExclusionCondition[] = ['always', 'administers', 'backup', 'subcontracts'];
export interface NonExcludableControl {
  control: string;
  condition: ExclusionCondition;
  /** The EXI requirements that make the control necessary, the main one first. */
  requirements: string[];
  /** Why, in a clause that completes "cannot be excluded: …". */
  reason: Localized;
}
export const exclusionConditions = nonExcludableData.conditions as Record<ExclusionCondition, Localized>;
export const nonExcludableControls: readonly NonExcludableControl[] = nonExcludableData.controls as NonExcludableControl[];
const nonExcludableById = new Map(nonExcludableControls.map((entry) => [entry.control, entry]));
export function nonExcludableControl(id: string): NonExcludableControl | undefined {
  return nonExcludableById.get(id);
}

/** An article of the French Public Health Code (code de la santé publique) that a rule cites. */
export interface HealthCodeArticle { id: string; title: Localized; summary: Localized }
export const healthCodeArticles: readonly HealthCodeArticle[] = publicHealthCodeData.articles as HealthCodeArticle[];
/** How a rule cites an article of the Public Health Code: `CSP art. L.1111-8`. */
export const healthCodeCitation = (id: string): string => `CSP art. ${id}`;
/** The article a citation `CSP art. L.1111-8` names. */
export function healthCodeArticle(citation: string): HealthCodeArticle | undefined {
  const match = /^CSP art\. (.+)$/.exec(citation);
  return match ? healthCodeArticles.find((article) => article.id === match[1]) : undefined;
}

/** What a rule's requirement says, when the catalog knows it: an EXI requirement or an article of the Public Health Code. */
export function requirementText(id: string): { title: Localized; summary: Localized } | undefined {
  return requirement(id) ?? healthCodeArticle(id);
}

/** Where a country code stands with respect to the EEA (see countries.json: cases and their sources). */
export type TerritoryCase = 'member-state' | 'outermost-region' | 'special-territory' | 'efta-state' | 'oct' | 'excluded' | 'former-eu-territory' | 'third-country';
export interface TerritoryCaseInfo { inEea: boolean; name: Localized; summary: Localized }
export interface Territory {
  code: string;
  case: TerritoryCase;
  /** The state it belongs to or is linked with. */
  of?: string;
  name?: Localized;
  /** The treaty article or decision the case rests on. */
  source?: Localized;
  /** Where sources disagree, or what the code does not say. */
  note?: Localized;
}

const territoryCases = countriesData.cases as Record<Exclude<TerritoryCase, 'third-country'>, TerritoryCaseInfo>;
const territoryByCode = new Map((countriesData.territories as Territory[]).map((entry) => [entry.code, entry]));
const euMembers = new Set<string>(countriesData.eea.eu);
const eftaStates = new Set<string>(countriesData.eea.efta);
const allCountries = new Set<string>(countriesData.all);
export const countryCodes: readonly string[] = countriesData.all;

/** The case that applies to a country code: member state, outermost region, OCT… or a third country. */
export function territory(code: string): Territory {
  const listed = territoryByCode.get(code);
  if (listed) return listed;
  if (euMembers.has(code)) return { code, case: 'member-state', source: { en: 'TEU art. 52', fr: 'art. 52 TUE' } };
  if (eftaStates.has(code)) return { code, case: 'efta-state', source: { en: 'EEA Agreement art. 126(1)', fr: 'accord EEE, art. 126, § 1' } };
  return { code, case: 'third-country' };
}
/** What a case means, in both languages; undefined for a plain third country. */
export function territoryCase(id: TerritoryCase): TerritoryCaseInfo | undefined {
  return id === 'third-country' ? undefined : territoryCases[id];
}
/** Codes ISO 3166-1 only reserves (IC, EA) for parts of a member state, and the code to write instead. */
export function reservedCode(code: string): { code: string; write: string; name: Localized; note: Localized } | undefined {
  return (countriesData.reserved as { code: string; write: string; name: Localized; note: Localized }[]).find((entry) => entry.code === code);
}
export const eeaCountryCodes: readonly string[] = countryCodes.filter((code) => isInEea(code));
export function isCountry(code: string): boolean {
  return allCountries.has(code);
}
/** In the EEA as a territory: EU member states, their outermost regions and special territories, Iceland, Liechtenstein, Norway. */
export function isInEea(code: string): boolean {
  return territoryCase(territory(code).case)?.inEea ?? false;
}

export const adequacy = {
  updated: adequacyData.updated as string,
  decisions: adequacyData.decisions as AdequacyDecision[],
};
export function adequacyDecision(country: string): AdequacyDecision | undefined {
  return adequacy.decisions.find((decision) => decision.country === country);
}
/** The remote_access keys that state a recipient is within a decision's scope (dpf_certified…). */
export const adequacyScopeKeys: readonly string[] = adequacy.decisions.flatMap((decision) => (decision.requires ? [decision.requires.key] : []));

/**
 * Certification bodies completion offers for a certificate's `body`: those a source names as issuing
 * HDS certificates under COFRAC accreditation, with the sources, the day they were checked and what
 * the sources disagree on (`note`). A partial list: any other name can be written.
 */
export interface CertificationBodies {
  checked: string;
  note: Localized;
  bodies: readonly { name: string; sources: readonly { title: string; url: string }[] }[];
  sources: readonly { title: string; url: string }[];
}
export const certificationBodies: CertificationBodies = certificationBodiesData as CertificationBodies;

/** A text other than the referential a rule rests on (a decree, SecNumCloud), cited by id. */
/** `note`: where sources disagree about what the text requires, and which reading the rules follow. */
export interface Source { id: string; citation: Localized; summary: Localized; note?: Localized }
export const sources: readonly Source[] = sourcesData.sources as Source[];
export function source(id: string): Source | undefined {
  return sources.find((candidate) => candidate.id === id);
}

export const legalBases: readonly LegalBasis[] = legalBasesData as LegalBasis[];
export function legalBasis(id: string): LegalBasis | undefined {
  return legalBases.find((basis) => basis.id === id);
}

const countryNames: Partial<Record<Locale, Intl.DisplayNames>> = {};
/** The country's name in the user's language: the catalog's for the territories it lists, else the runtime's ICU data. */
export function countryName(code: string, locale: Locale): string {
  const named = territoryByCode.get(code)?.name;
  if (named) return named[locale];
  countryNames[locale] ??= new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  try {
    return countryNames[locale]!.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Activities in their legal order (article R.1111-9), whatever order they were written in. */
export function inLegalOrder<T>(items: readonly T[], idOf: (item: T) => string | undefined): T[] {
  const rank = (item: T) => activity(idOf(item) ?? '')?.number ?? 99;
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/** A value of the audit cycle's vocabulary (finding level, audit kind, internal audit topic) and its name. */
export interface NamedValue { id: string; name: Localized }
export const findingLevelNames: readonly NamedValue[] = auditsData.findings.levels;
export const auditKindNames: readonly NamedValue[] = auditsData.auditKinds;
export const internalAuditTopicNames: readonly NamedValue[] = auditsData.isms.internalAudits.topics;
/** The name of a finding level, audit kind or internal audit topic, as the catalog gives it. */
export function nameOf(values: readonly NamedValue[], id: string): Localized | undefined {
  return values.find((value) => value.id === id)?.name;
}

/** The dated rhythm of the ISMS and of the certification audits (server/catalog/audits.json: values and sources). */
export const auditCycle = {
  /** A nonconformity is due this many months after its audit, unless the body's report sets another date. */
  correctionMonths: auditsData.findings.correctionMonths,
  /** Running time of the ISMS the certification bodies expect before the initial audit. */
  ismsRunningMonths: auditsData.isms.runningMonthsBeforeInitialAudit,
  internalAuditIntervalMonths: auditsData.isms.internalAudits.intervalMonths,
  managementReviewIntervalMonths: auditsData.isms.managementReviewIntervalMonths,
  technicalAuditValidityMonths: auditsData.isms.technicalAuditValidityMonths,
} as const;
