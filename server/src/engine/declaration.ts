// The declaration model: what the `*.hds.yaml` files of one declaration say, merged, with the
// place each fact is written (file + path) so findings and edits land on the exact node.
import { activityByNumberOrName, adequacyScopeKeys, type ActivityId } from './catalog';
import { nodeAt, scalarText, type ParsedFile, type Path } from './yamlFile';
import { isScalar } from 'yaml';
import { isPlaceholder } from './facts/placeholders';

/** Where something is written. */
export interface Ref {
  file: ParsedFile;
  path: Path;
}

export type SectionName = 'hds' | 'organization' | 'host' | 'certification' | 'scope' | 'soa' | 'risks' | 'risk_criteria' | 'subcontractors' | 'transfers' | 'contract' | 'requirements' | 'isms' | 'exceptions';
export const sectionNames: readonly SectionName[] = ['hds', 'organization', 'host', 'certification', 'scope', 'soa', 'risks', 'risk_criteria', 'subcontractors', 'transfers', 'contract', 'requirements', 'isms', 'exceptions'];

export interface Written<T> { value: T; at: Ref }

export interface ActivityRef {
  /** As written: a name or a number 1-6. */
  written: string | number;
  /** The activity it designates, when it designates one. */
  id?: ActivityId;
  at: Ref;
}

export interface ControlRef {
  id: string;
  /** Written as a bare number (`8.10`), which other YAML tools read as 8.1. */
  unquoted: boolean;
  at: Ref;
}

/** `in-house-and-subcontracted`: part of the activity is run in-house, part by subcontractors (backup run in-house, copies kept by a provider). */
export type Provision = 'in-house' | 'subcontracted' | 'in-house-and-subcontracted' | 'not-provided';
export const provisions: readonly Provision[] = ['in-house', 'subcontracted', 'in-house-and-subcontracted', 'not-provided'];
/** The organisation runs (part of) the activity itself, so its own certificate must cover it. */
export const providesInHouse = (provided: Provision | undefined): boolean => provided === 'in-house' || provided === 'in-house-and-subcontracted';
/** Subcontractors run (part of) the activity, so `by` names them. */
export const subcontracts = (provided: Provision | undefined): boolean => provided === 'subcontracted' || provided === 'in-house-and-subcontracted';

export interface ActivityScope {
  activity: ActivityRef;
  provided?: Provision;
  by: Written<string>[];
  sites: Written<string>[];
  at: Ref;
}

export interface StorageSite {
  site?: string;
  country?: Written<string>;
  operator?: Written<string>;
  /** The activities the site serves (backup copies, the platform's databases…). */
  activities: ActivityRef[];
  at: Ref;
}

/** An offer of the host, for hosts publishing one chapter 8 table per product. */
export interface Offer {
  id?: string;
  name?: string;
  activities: ActivityRef[];
  /** The subcontractors taking part; undefined: every one performing an activity of the offer. */
  subcontractors?: Written<string>[];
  at: Ref;
}

export interface SoaEntry {
  control?: ControlRef;
  applicable?: boolean;
  status?: string;
  /** When an applicable control not yet implemented is due (YYYY-MM-DD). */
  due?: string;
  justification?: string;
  /** Who is responsible for the control. */
  owner?: string;
  /** When the entry was last reviewed (YYYY-MM-DD). */
  reviewed?: string;
  evidence: Written<string>[];
  at: Ref;
}

export interface Risk {
  id?: string;
  title?: string;
  scenarios: Written<string>[];
  activities: ActivityRef[];
  likelihood?: number;
  impact?: number;
  treatment?: string;
  controls: ControlRef[];
  owner?: string;
  /** The risk as it stands once treated, likelihood and impact rated as above (1 to 4). */
  residual?: ResidualRisk;
  /** Who accepted the residual risk, when, and why (ISO/IEC 27001 6.1.3 f). */
  acceptance?: RiskAcceptance;
  at: Ref;
}

export interface ResidualRisk { likelihood?: number; impact?: number; at: Ref }

export interface RiskAcceptance { by?: string; date?: string; justification?: string; at: Ref }

/** One level of a rating scale of `risk_criteria`. */
export interface ScaleLevel { level?: number; label?: string; meaning?: string; at: Ref }

/** The risk criteria the declaration states (ISO/IEC 27001 6.1.2 a): its scales, its acceptance threshold, who approved them and when. */
export interface RiskCriteria {
  /** Undefined when the declaration states no scale (a placeholder or no list is none). */
  likelihood?: ScaleLevel[];
  impact?: ScaleLevel[];
  acceptanceThreshold?: Written<number>;
  approvedBy?: string;
  approvedOn?: string;
  at: Ref;
}

export interface Certificate {
  body?: string;
  number?: string;
  issued?: Written<string>;
  expires?: Written<string>;
  /** The HDS referential the certificate was issued against (1 or 2). */
  referential?: Written<unknown>;
  activities: ActivityRef[];
  at: Ref;
}

export type AuditKind = 'stage-1' | 'stage-2' | 'surveillance' | 'renewal';
export const auditKinds: readonly AuditKind[] = ['stage-1', 'stage-2', 'surveillance', 'renewal'];
export type FindingLevel = 'major-nonconformity' | 'minor-nonconformity' | 'observation' | 'improvement';
export const findingLevels: readonly FindingLevel[] = ['major-nonconformity', 'minor-nonconformity', 'observation', 'improvement'];

/** What a certification audit found: a nonconformity, an observation or an opportunity for improvement, and how it is closed. */
export interface AuditFinding {
  id?: string;
  /** Absent when not written, a placeholder or an unknown value. */
  level?: FindingLevel;
  /** The EXI requirement concerned, as written. */
  requirement?: Written<string>;
  /** The Annex A control concerned. */
  control?: ControlRef;
  text?: string;
  correctiveAction?: string;
  owner?: string;
  /** The deadline the certification body set (YYYY-MM-DD); without it, the default deadline applies. */
  due?: Written<string>;
  /** When the finding was closed (YYYY-MM-DD): absent while it is open. */
  closed?: Written<string>;
  evidence: Written<string>[];
  at: Ref;
}

/** An audit of the own HDS certificate by the certification body, done (dated in the past) or planned. */
export interface CertificationAudit {
  /** `surveillance` for the entries of `surveillance`; as written (if known) for those of `audits`. */
  kind?: AuditKind;
  date?: Written<string>;
  result?: string;
  body?: string;
  /** The findings listed; undefined when the audit has no `findings` key (then nothing is said of them). */
  findings?: AuditFinding[];
  at: Ref;
}

/** A surveillance audit of the own HDS certificate, done (dated in the past) or planned. */
export type SurveillanceAudit = CertificationAudit;

export interface OwnHdsCertificate extends Certificate {
  surveillance: SurveillanceAudit[];
  /** The initial (stages 1 and 2) and renewal audits. */
  audits: CertificationAudit[];
}

export interface IsoCertificate {
  number?: string;
  /** The edition of ISO/IEC 27001 certified against: 2013 or 2022. */
  edition?: Written<unknown>;
  issued?: Written<string>;
  expires?: Written<string>;
  coversHdsScope?: Written<boolean>;
  at: Ref;
}

export interface RemoteAccess {
  from?: Written<string>;
  basis?: Written<string>;
  purpose?: string;
  /** Answers to what an adequacy decision's scope requires, by key (`dpf_certified: true`…). */
  scope: Map<string, Written<boolean>>;
  /** Where the customer is told about the access (contract clause, notice). */
  customerInformed?: string;
  at: Ref;
}
export interface LawExposure { law?: string; mitigations?: string; residualRisks?: string; customerInformed?: string; at: Ref }

/**
 * What every actor (the host and each subcontractor) answers for EXI-29, EXI-30 and SecNumCloud.
 * `none` and `[]` are answers (no access, no exposure); an absent key is silence.
 */
export interface ActorFacts {
  remoteAccess: RemoteAccess[];
  /** Where remote_access is written, whether `none` or a list. */
  remoteAccessAnswer?: Ref;
  laws: LawExposure[];
  lawsAnswer?: Ref;
  /** Qualified for at least part of its offer (true, or an object naming the services). */
  secnumcloud?: boolean;
  /** The services the SecNumCloud qualification covers, when it covers only some. */
  secnumcloudServices: string[];
  /** `secnumcloud: true`: qualified for the whole offer, not for some services only. */
  secnumcloudWholeOffer?: boolean;
  secnumcloudAnswer?: Ref;
}

export interface Subcontractor extends ActorFacts {
  id?: string;
  name?: string;
  role?: string;
  activities: ActivityRef[];
  certificate?: Certificate;
  storageCountries: Written<string>[];
  /** Acts under the host's security policy and supervision, inside the host's certified scope. */
  underHostSupervision?: Written<boolean>;
  at: Ref;
}

export interface Organization {
  name?: string;
  siren?: string;
  at: Ref;
}

/** The `host:` section: the host's own answers to the presentation of guarantees. */
export interface HostFacts extends ActorFacts {
  at: Ref;
}

export interface ContractClause { requirement: string; reference?: string; at: Ref }

export type RequirementStatus = 'met' | 'partial' | 'not-met';
export const requirementStatuses: readonly RequirementStatus[] = ['met', 'partial', 'not-met'];

/** An entry of the requirements register: how the organisation meets one EXI requirement, and who says so. */
export interface RequirementAnswer {
  /** The EXI id, as the key is written. */
  requirement: string;
  /** Absent until answered: a placeholder (TODO…) or an unknown value is no answer. */
  status?: RequirementStatus;
  evidence: Written<string>[];
  owner?: string;
  /** When the answer was last reviewed (YYYY-MM-DD). */
  reviewed?: Written<string>;
  note?: string;
  at: Ref;
}

export type InternalAuditTopic = 'referential-conformity' | 'access-traces';
export const internalAuditTopics: readonly InternalAuditTopic[] = ['referential-conformity', 'access-traces'];

/** An internal audit of the ISMS (ISO/IEC 27001 9.2), with what it covered (EXI-16). */
export interface InternalAudit {
  date?: Written<string>;
  /** The topics it covered that are known ones. */
  covers: InternalAuditTopic[];
  auditor?: string;
  evidence: Written<string>[];
  at: Ref;
}

/** A management review (ISO/IEC 27001 9.3). */
export interface ManagementReview {
  date?: Written<string>;
  evidence: Written<string>[];
  at: Ref;
}

/** The independent technical audit of the shared resources whose summary EXI-15 lets the customer obtain. */
export interface TechnicalAudit {
  date?: Written<string>;
  auditor?: string;
  independent?: Written<boolean>;
  evidence: Written<string>[];
  at: Ref;
}

/** The `isms:` section: when the ISMS started running, and its own cycle of audits and reviews. */
export interface Isms {
  started?: Written<string>;
  internalAudits: InternalAudit[];
  /** Where `internal_audits` is written, when it is. */
  internalAuditsAt?: Ref;
  managementReviews: ManagementReview[];
  managementReviewsAt?: Ref;
  technicalAudit?: TechnicalAudit;
  at: Ref;
}

/** A finding accepted on record: which rule, about what, why, who approved it, until when. */
export interface AcceptedException {
  rule?: Written<string>;
  target?: Written<string>;
  justification?: string;
  approvedBy?: string;
  until?: Written<string>;
  at: Ref;
}

/** The same single-valued fact written in two files. */
export interface Conflict { what: string; first: Ref; second: Ref }

export interface Declaration {
  files: readonly ParsedFile[];
  /** Where each top-level section is written, in file order. */
  sections: Map<SectionName, Ref[]>;
  version?: Written<unknown>;
  organization?: Organization;
  host?: HostFacts;
  hdsCertificate?: OwnHdsCertificate;
  isoCertificate?: IsoCertificate;
  activities: ActivityScope[];
  storage: StorageSite[];
  soa: SoaEntry[];
  risks: Risk[];
  /** The declaration's own risk criteria, when it states them (`risk_criteria`). */
  riskCriteria?: RiskCriteria;
  subcontractors: Subcontractor[];
  transfers?: { publicPage?: Written<string>; at: Ref };
  /** The host's offers (`transfers.offers`): one presentation of guarantees and one EXI-31 table each. */
  offers: Offer[];
  contract: ContractClause[];
  /** The requirements register, one entry per EXI key. */
  requirements: RequirementAnswer[];
  /** The ISMS's own cycle, when the declaration has an `isms:` section. */
  isms?: Isms;
  exceptions: AcceptedException[];
  conflicts: Conflict[];
}

type Plain = Record<string, unknown>;
const isObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * A string the declaration answers with. A placeholder (TODO, N/A, 2099-12-31…) is no answer: the
 * model reads it as absent, so rules, views, counts, the calendar and exports all take it as missing.
 */
const isAnswer = (value: unknown): value is string => typeof value === 'string' && !isPlaceholder(value);
const asString = (value: unknown): string | undefined => (isAnswer(value) ? value : undefined);
const asNumber = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const asBoolean = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const own = (object: Plain, key: string): unknown => (Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined);

/** The entries of a file's `soa`, `risks` and `subcontractors`, which depend on that file alone. */
interface FileLists { soa: SoaEntry[]; risks: Risk[]; subcontractors: Subcontractor[] }
const fileLists = new WeakMap<ParsedFile, FileLists>();
function listsOf(file: ParsedFile, root: Plain): FileLists {
  const cached = fileLists.get(file);
  if (cached) return cached;
  const lists: FileLists = { soa: [], risks: [], subcontractors: [] };
  const at = (...path: (string | number)[]): Ref => ({ file, path });
  asArray(own(root, 'soa')).forEach((item, index) => {
    if (!isObject(item)) return;
    const itemAt = at('soa', index);
    lists.soa.push({
      control: readControl(own(item, 'control'), { file, path: [...itemAt.path, 'control'] }),
      applicable: asBoolean(own(item, 'applicable')),
      status: asString(own(item, 'status')),
      due: asString(own(item, 'due')),
      justification: asString(own(item, 'justification')),
      owner: asString(own(item, 'owner')),
      reviewed: asString(own(item, 'reviewed')),
      evidence: writtenStrings(own(item, 'evidence'), [...itemAt.path, 'evidence'], file),
      at: itemAt,
    });
  });

  asArray(own(root, 'risks')).forEach((item, index) => {
    if (!isObject(item)) return;
    const itemAt = at('risks', index);
    const scenarios: Written<string>[] = [];
    const scenario = writtenString(item, 'scenario', { file, path: [...itemAt.path, 'scenario'] });
    if (scenario) scenarios.push(scenario);
    scenarios.push(...writtenStrings(own(item, 'scenarios'), [...itemAt.path, 'scenarios'], file));
    lists.risks.push({
      id: asString(own(item, 'id')),
      title: asString(own(item, 'title')),
      scenarios,
      activities: readActivityList(own(item, 'activities'), { file, path: [...itemAt.path, 'activities'] }),
      likelihood: asNumber(own(item, 'likelihood')),
      impact: asNumber(own(item, 'impact')),
      treatment: asString(own(item, 'treatment')),
      controls: asArray(own(item, 'controls'))
        .map((control, controlIndex) => readControl(control, { file, path: [...itemAt.path, 'controls', controlIndex] }))
        .filter((control): control is ControlRef => control !== undefined),
      owner: asString(own(item, 'owner')),
      residual: readResidual(own(item, 'residual'), { file, path: [...itemAt.path, 'residual'] }),
      acceptance: readAcceptance(own(item, 'acceptance'), { file, path: [...itemAt.path, 'acceptance'] }),
      at: itemAt,
    });
  });

  asArray(own(root, 'subcontractors')).forEach((item, index) => {
    if (!isObject(item)) return;
    const itemAt = at('subcontractors', index);
    const certificate = own(item, 'certificate');
    lists.subcontractors.push({
      id: asString(own(item, 'id')),
      name: asString(own(item, 'name')),
      role: asString(own(item, 'role')),
      activities: readActivityList(own(item, 'activities'), { file, path: [...itemAt.path, 'activities'] }),
      certificate: isObject(certificate) ? readCertificate(certificate, { file, path: [...itemAt.path, 'certificate'] }) : undefined,
      storageCountries: writtenStrings(own(item, 'storage_countries'), [...itemAt.path, 'storage_countries'], file),
      underHostSupervision: typeof own(item, 'under_host_supervision') === 'boolean'
        ? { value: own(item, 'under_host_supervision') as boolean, at: { file, path: [...itemAt.path, 'under_host_supervision'] } }
        : undefined,
      ...readActorFacts(item, itemAt),
      at: itemAt,
    });
  });
  fileLists.set(file, lists);
  return lists;
}

/**
 * A fact about a declaration computed once per declaration: several rules, the quick fixes and the
 * sidebar read the same facts during one check, and a check builds a new declaration.
 */
export function perDeclaration<T>(compute: (declaration: Declaration) => T): (declaration: Declaration) => T {
  const computed = new WeakMap<Declaration, T>();
  return (declaration) => {
    if (!computed.has(declaration)) computed.set(declaration, compute(declaration));
    return computed.get(declaration) as T;
  };
}

export function buildDeclaration(files: readonly ParsedFile[]): Declaration {
  const declaration: Declaration = {
    files,
    sections: new Map(),
    activities: [],
    storage: [],
    soa: [],
    risks: [],
    subcontractors: [],
    offers: [],
    contract: [],
    requirements: [],
    exceptions: [],
    conflicts: [],
  };
  const singles = new Map<string, Ref>();
  /** Records a single-valued fact; returns false when another file already set it. */
  const claim = (what: string, at: Ref): boolean => {
    const first = singles.get(what);
    if (!first) {
      singles.set(what, at);
      return true;
    }
    declaration.conflicts.push({ what, first, second: at });
    return false;
  };

  for (const file of files) {
    const root = file.value;
    if (!isObject(root)) continue;
    const at = (...path: (string | number)[]): Ref => ({ file, path });
    for (const section of sectionNames) {
      if (own(root, section) === undefined && !Object.prototype.hasOwnProperty.call(root, section)) continue;
      const refs = declaration.sections.get(section) ?? [];
      refs.push(at(section));
      declaration.sections.set(section, refs);
    }

    if (own(root, 'hds') !== undefined && claim('hds', at('hds'))) {
      declaration.version = { value: own(root, 'hds'), at: at('hds') };
    }

    const organization = own(root, 'organization');
    if (isObject(organization) && claim('organization', at('organization'))) {
      declaration.organization = { name: asString(own(organization, 'name')), siren: asString(own(organization, 'siren')), at: at('organization') };
    }

    const host = own(root, 'host');
    if (isObject(host) && claim('host', at('host'))) {
      declaration.host = { ...readActorFacts(host, at('host')), at: at('host') };
    }

    const certification = own(root, 'certification');
    if (isObject(certification)) {
      const hds = own(certification, 'hds');
      if (isObject(hds) && claim('certification.hds', at('certification', 'hds'))) {
        declaration.hdsCertificate = {
          ...readCertificate(hds, at('certification', 'hds')),
          surveillance: readAudits(own(hds, 'surveillance'), at('certification', 'hds', 'surveillance'), 'surveillance'),
          audits: readAudits(own(hds, 'audits'), at('certification', 'hds', 'audits')),
        };
      }
      const iso = own(certification, 'iso27001');
      if (isObject(iso) && claim('certification.iso27001', at('certification', 'iso27001'))) {
        const base = at('certification', 'iso27001');
        declaration.isoCertificate = {
          number: asString(own(iso, 'number')),
          edition: written(iso, 'edition', { file, path: [...base.path, 'edition'] }),
          issued: writtenString(iso, 'issued', { file, path: [...base.path, 'issued'] }),
          expires: writtenString(iso, 'expires', { file, path: [...base.path, 'expires'] }),
          coversHdsScope: typeof own(iso, 'covers_hds_scope') === 'boolean'
            ? { value: own(iso, 'covers_hds_scope') as boolean, at: { file, path: [...base.path, 'covers_hds_scope'] } }
            : undefined,
          at: base,
        };
      }
    }

    const scope = own(root, 'scope');
    if (isObject(scope)) {
      const activities = own(scope, 'activities');
      if (isObject(activities)) {
        for (const key of Object.keys(activities)) {
          const entry = own(activities, key);
          const entryAt = at('scope', 'activities', key);
          const activityRef = readActivityKey(key, entryAt);
          if (activityRef.id && !claim(`scope.activities.${activityRef.id}`, entryAt)) continue;
          const body = isObject(entry) ? entry : {};
          const provided = asString(own(body, 'provided'));
          declaration.activities.push({
            activity: activityRef,
            provided: (provisions as readonly string[]).includes(provided ?? '') ? (provided as Provision) : undefined,
            by: writtenStrings(own(body, 'by'), [...entryAt.path, 'by'], file),
            sites: writtenStrings(own(body, 'sites'), [...entryAt.path, 'sites'], file),
            at: entryAt,
          });
        }
      }
      asArray(own(scope, 'storage')).forEach((item, index) => {
        if (!isObject(item)) return;
        const itemAt = at('scope', 'storage', index);
        declaration.storage.push({
          site: asString(own(item, 'site')),
          country: writtenString(item, 'country', { file, path: [...itemAt.path, 'country'] }),
          operator: writtenString(item, 'operator', { file, path: [...itemAt.path, 'operator'] }),
          activities: readActivityList(own(item, 'activities'), { file, path: [...itemAt.path, 'activities'] }),
          at: itemAt,
        });
      });
    }

    const criteria = own(root, 'risk_criteria');
    if (isObject(criteria) && claim('risk_criteria', at('risk_criteria'))) {
      const threshold = own(criteria, 'acceptance_threshold');
      declaration.riskCriteria = {
        likelihood: readScale(own(criteria, 'likelihood'), at('risk_criteria', 'likelihood')),
        impact: readScale(own(criteria, 'impact'), at('risk_criteria', 'impact')),
        acceptanceThreshold: typeof threshold === 'number' ? { value: threshold, at: at('risk_criteria', 'acceptance_threshold') } : undefined,
        approvedBy: asString(own(criteria, 'approved_by')),
        approvedOn: asString(own(criteria, 'approved_on')),
        at: at('risk_criteria'),
      };
    }

    // Read once per parsed file: an edit of one file of a split declaration reads only that file's entries again.
    const lists = listsOf(file, root);
    for (const entry of lists.soa) declaration.soa.push(entry);
    for (const risk of lists.risks) declaration.risks.push(risk);
    for (const subcontractor of lists.subcontractors) declaration.subcontractors.push(subcontractor);

    const transfers = own(root, 'transfers');
    if (isObject(transfers) && claim('transfers', at('transfers'))) {
      declaration.transfers = { publicPage: writtenString(transfers, 'public_page', at('transfers', 'public_page')), at: at('transfers') };
      asArray(own(transfers, 'offers')).forEach((item, index) => {
        if (!isObject(item)) return;
        const offerAt = at('transfers', 'offers', index);
        const subcontractors = own(item, 'subcontractors');
        declaration.offers.push({
          id: asString(own(item, 'id')),
          name: asString(own(item, 'name')),
          activities: readActivityList(own(item, 'activities'), { file, path: [...offerAt.path, 'activities'] }),
          subcontractors: Array.isArray(subcontractors) ? writtenStrings(subcontractors, [...offerAt.path, 'subcontractors'], file) : undefined,
          at: offerAt,
        });
      });
    }

    const contract = own(root, 'contract');
    if (isObject(contract)) {
      for (const key of Object.keys(contract)) {
        const clauseAt = at('contract', key);
        if (!claim(`contract.${key}`, clauseAt)) continue;
        declaration.contract.push({ requirement: key, reference: asString(own(contract, key)), at: clauseAt });
      }
    }

    const register = own(root, 'requirements');
    if (isObject(register)) {
      for (const key of Object.keys(register)) {
        const entryAt = at('requirements', key);
        if (!claim(`requirements.${key}`, entryAt)) continue;
        const entry = own(register, key);
        const body = isObject(entry) ? entry : {};
        const status = asString(own(body, 'status'));
        declaration.requirements.push({
          requirement: key,
          status: (requirementStatuses as readonly string[]).includes(status ?? '') ? (status as RequirementStatus) : undefined,
          evidence: writtenStrings(own(body, 'evidence'), [...entryAt.path, 'evidence'], file),
          owner: asString(own(body, 'owner')),
          reviewed: writtenString(body, 'reviewed', { file, path: [...entryAt.path, 'reviewed'] }),
          note: asString(own(body, 'note')),
          at: entryAt,
        });
      }
    }

    const isms = own(root, 'isms');
    if (isObject(isms) && claim('isms', at('isms'))) declaration.isms = readIsms(isms, at('isms'));

    asArray(own(root, 'exceptions')).forEach((item, index) => {
      if (!isObject(item)) return;
      const itemAt = at('exceptions', index);
      const path = (key: string): Ref => ({ file, path: [...itemAt.path, key] });
      // A target written as a number (a control 8.10, a line) is read as written.
      const target = own(item, 'target');
      const targetNode = typeof target === 'number' ? nodeAt(file, [...itemAt.path, 'target'])?.node : undefined;
      declaration.exceptions.push({
        rule: writtenString(item, 'rule', path('rule')),
        target: typeof target === 'string' ? { value: target.trim(), at: path('target') }
          : typeof target === 'number' ? { value: isScalar(targetNode) ? scalarText(targetNode.value, targetNode.source) : String(target), at: path('target') }
          : undefined,
        justification: asString(own(item, 'justification')),
        approvedBy: asString(own(item, 'approved_by')),
        until: writtenString(item, 'until', path('until')),
        at: itemAt,
      });
    });
  }
  return declaration;
}

function written(object: Plain, key: string, at: Ref): Written<unknown> | undefined {
  const value = own(object, key);
  return value === undefined ? undefined : { value, at };
}

function writtenString(object: Plain, key: string, at: Ref): Written<string> | undefined {
  const value = own(object, key);
  return isAnswer(value) ? { value, at } : undefined;
}

function writtenStrings(value: unknown, path: Path, file: ParsedFile): Written<string>[] {
  return asArray(value).flatMap((item, index) => (isAnswer(item) ? [{ value: item, at: { file, path: [...path, index] } }] : []));
}

/** The host's or a subcontractor's own remote access, exposure to non-European law and SecNumCloud status. */
function readActorFacts(object: Plain, at: Ref): ActorFacts {
  const { file } = at;
  const remoteAccess = own(object, 'remote_access');
  const laws = own(object, 'third_country_laws');
  const secnumcloud = own(object, 'secnumcloud');
  const answered = (value: unknown, key: string): Ref | undefined => (value === 'none' || Array.isArray(value) ? { file, path: [...at.path, key] } : undefined);
  return {
    remoteAccessAnswer: answered(remoteAccess, 'remote_access'),
    remoteAccess: asArray(remoteAccess).flatMap((access, accessIndex) => {
      if (!isObject(access)) return [];
      const accessAt: Ref = { file, path: [...at.path, 'remote_access', accessIndex] };
      const scope = new Map<string, Written<boolean>>();
      for (const key of adequacyScopeKeys) {
        const value = own(access, key);
        if (typeof value === 'boolean') scope.set(key, { value, at: { file, path: [...accessAt.path, key] } });
      }
      return [{
        from: writtenString(access, 'from', { file, path: [...accessAt.path, 'from'] }),
        basis: writtenString(access, 'basis', { file, path: [...accessAt.path, 'basis'] }),
        purpose: asString(own(access, 'purpose')),
        scope,
        customerInformed: asString(own(access, 'customer_informed')),
        at: accessAt,
      }];
    }),
    lawsAnswer: answered(laws, 'third_country_laws'),
    laws: asArray(laws).flatMap((law, lawIndex) => {
      if (!isObject(law)) return [];
      return [{
        law: asString(own(law, 'law')),
        mitigations: asString(own(law, 'mitigations')),
        residualRisks: asString(own(law, 'residual_risks')),
        customerInformed: asString(own(law, 'customer_informed')),
        at: { file, path: [...at.path, 'third_country_laws', lawIndex] },
      }];
    }),
    secnumcloud: typeof secnumcloud === 'boolean' ? secnumcloud : isObject(secnumcloud) ? true : undefined,
    secnumcloudServices: isObject(secnumcloud) ? asArray(own(secnumcloud, 'services')).filter((service): service is string => typeof service === 'string') : [],
    secnumcloudWholeOffer: secnumcloud === true,
    secnumcloudAnswer: typeof secnumcloud === 'boolean' || isObject(secnumcloud) ? { file, path: [...at.path, 'secnumcloud'] } : undefined,
  };
}

function readCertificate(object: Plain, at: Ref): Certificate {
  return {
    body: asString(own(object, 'body')),
    number: asString(own(object, 'number')),
    issued: writtenString(object, 'issued', { file: at.file, path: [...at.path, 'issued'] }),
    expires: writtenString(object, 'expires', { file: at.file, path: [...at.path, 'expires'] }),
    referential: written(object, 'referential', { file: at.file, path: [...at.path, 'referential'] }),
    activities: readActivityList(own(object, 'activities'), { file: at.file, path: [...at.path, 'activities'] }),
    at,
  };
}

/** `surveillance` (every entry a surveillance audit) or `audits` (each entry says its kind). */
function readAudits(value: unknown, at: Ref, kind?: AuditKind): CertificationAudit[] {
  const { file } = at;
  return asArray(value).flatMap((audit, index) => {
    if (!isObject(audit)) return [];
    const auditAt: Ref = { file, path: [...at.path, index] };
    const written = asString(own(audit, 'kind'));
    const findings = own(audit, 'findings');
    return [{
      kind: kind ?? ((auditKinds as readonly string[]).includes(written ?? '') ? (written as AuditKind) : undefined),
      date: writtenString(audit, 'date', { file, path: [...auditAt.path, 'date'] }),
      result: asString(own(audit, 'result')),
      body: asString(own(audit, 'body')),
      findings: Array.isArray(findings) ? findings.flatMap((item, findingIndex) => (isObject(item) ? [readAuditFinding(item, { file, path: [...auditAt.path, 'findings', findingIndex] })] : [])) : undefined,
      at: auditAt,
    }];
  });
}

function readAuditFinding(object: Plain, at: Ref): AuditFinding {
  const { file } = at;
  const level = asString(own(object, 'level'));
  const key = (name: string): Ref => ({ file, path: [...at.path, name] });
  return {
    id: asString(own(object, 'id')),
    level: (findingLevels as readonly string[]).includes(level ?? '') ? (level as FindingLevel) : undefined,
    requirement: writtenString(object, 'requirement', key('requirement')),
    control: readControl(own(object, 'control'), key('control')),
    text: asString(own(object, 'text')),
    correctiveAction: asString(own(object, 'corrective_action')),
    owner: asString(own(object, 'owner')),
    due: writtenString(object, 'due', key('due')),
    closed: writtenString(object, 'closed', key('closed')),
    evidence: writtenStrings(own(object, 'evidence'), [...at.path, 'evidence'], file),
    at,
  };
}

function readIsms(object: Plain, at: Ref): Isms {
  const { file } = at;
  const key = (...path: (string | number)[]): Ref => ({ file, path: [...at.path, ...path] });
  const listAt = (name: string): Ref | undefined => (own(object, name) !== undefined ? key(name) : undefined);
  const technical = own(object, 'technical_audit');
  return {
    started: writtenString(object, 'started', key('started')),
    internalAudits: asArray(own(object, 'internal_audits')).flatMap((item, index) => {
      if (!isObject(item)) return [];
      return [{
        date: writtenString(item, 'date', key('internal_audits', index, 'date')),
        covers: asArray(own(item, 'covers')).filter((topic): topic is InternalAuditTopic => (internalAuditTopics as readonly unknown[]).includes(topic)),
        auditor: asString(own(item, 'auditor')),
        evidence: writtenStrings(own(item, 'evidence'), [...at.path, 'internal_audits', index, 'evidence'], file),
        at: key('internal_audits', index),
      }];
    }),
    internalAuditsAt: listAt('internal_audits'),
    managementReviews: asArray(own(object, 'management_reviews')).flatMap((item, index) => {
      if (!isObject(item)) return [];
      return [{
        date: writtenString(item, 'date', key('management_reviews', index, 'date')),
        evidence: writtenStrings(own(item, 'evidence'), [...at.path, 'management_reviews', index, 'evidence'], file),
        at: key('management_reviews', index),
      }];
    }),
    managementReviewsAt: listAt('management_reviews'),
    technicalAudit: isObject(technical)
      ? {
        date: writtenString(technical, 'date', key('technical_audit', 'date')),
        auditor: asString(own(technical, 'auditor')),
        independent: typeof own(technical, 'independent') === 'boolean' ? { value: own(technical, 'independent') as boolean, at: key('technical_audit', 'independent') } : undefined,
        evidence: writtenStrings(own(technical, 'evidence'), [...at.path, 'technical_audit', 'evidence'], file),
        at: key('technical_audit'),
      }
      : undefined,
    at,
  };
}

function readResidual(value: unknown, at: Ref): ResidualRisk | undefined {
  if (!isObject(value)) return undefined;
  return { likelihood: asNumber(own(value, 'likelihood')), impact: asNumber(own(value, 'impact')), at };
}

function readScale(value: unknown, at: Ref): ScaleLevel[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item, index) => {
    if (!isObject(item)) return [];
    const level = own(item, 'level');
    return [{ level: typeof level === 'number' && Number.isInteger(level) ? level : undefined, label: asString(own(item, 'label')), meaning: asString(own(item, 'meaning')), at: { file: at.file, path: [...at.path, index] } }];
  });
}

function readAcceptance(value: unknown, at: Ref): RiskAcceptance | undefined {
  if (!isObject(value)) return undefined;
  return { by: asString(own(value, 'by')), date: asString(own(value, 'date')), justification: asString(own(value, 'justification')), at };
}

function readActivityKey(key: string, at: Ref): ActivityRef {
  const written: string | number = /^[1-6]$/.test(key) ? Number(key) : key;
  return { written, id: activityByNumberOrName(written)?.id, at };
}

function readActivityList(value: unknown, at: Ref): ActivityRef[] {
  return asArray(value).flatMap((item, index) => {
    if (typeof item !== 'string' && typeof item !== 'number') return [];
    return [{ written: item, id: activityByNumberOrName(item)?.id, at: { file: at.file, path: [...at.path, index] } }];
  });
}

/** Control ids are read as written, so an unquoted `8.10` is 8.10, not 8.1. */
function readControl(value: unknown, at: Ref): ControlRef | undefined {
  if (typeof value === 'string') return { id: value.trim(), unquoted: false, at };
  if (typeof value !== 'number') return undefined;
  const node = nodeAt(at.file, at.path)?.node;
  const text = isScalar(node) ? scalarText(node.value, node.source) : String(value);
  return { id: text, unquoted: true, at };
}
