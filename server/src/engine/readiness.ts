// "Am I ready?": one summary of a checked declaration, for the Requirements view, the status bar,
// `hds-check readiness` and the requirements checklist export alike. Pure, like the rest of the
// engine, and derived from the same model and findings as the Problems panel, so they never disagree.
//
// Each EXI requirement is in one of four states:
//  - unanswered: the register has no status for it (requirements the rules cannot check), or the
//    sections the rules read it from are missing or still hold a placeholder (an undecided answer);
//  - failing: a finding about it asks for something (an error: a nonconformity; a warning: still owed);
//  - answered: the register answers it (met), and nothing about it is open;
//  - verified: the rules check it from the declaration, and find nothing.
// A finding is about a requirement when it cites it (EXI-17..EXI-28 cites each of them), or when it
// cites no EXI requirement and is written inside the requirement's register entry or inside a
// section the rules read it from (a missing key of the SoA is about EXI-01, whose ISMS it belongs to).
// An error of a requirement another depends on (catalog `dependsOn`) is about that other one too.
// Information findings and findings an exception accepts ask nothing now, unless they are an
// answer still undecided: a placeholder is never an answer, whatever its severity.
import { findingCounts } from './facts/audits';
import { chapters as catalogChapters, checkingOf, requirement as catalogRequirement, requirementIdsOf, requirements as catalogRequirements, type RequirementCheck } from './catalog';
import type { FindingFacts } from './coverage';
import { isUndecided, soaProgress, type SoaProgress } from './facts/decided';
import { isAssessed } from './facts/risks';
import type { Declaration, Ref, RequirementAnswer, RequirementStatus, SectionName, Written } from './declaration';
import type { Finding, Localized, Location } from './types';
import { offsetAt, offsetsAt, rangeAt, type ParsedFile, type Part } from './yamlFile';

export type RequirementState = 'verified' | 'answered' | 'unanswered' | 'failing';

export interface EvidenceFacts {
  path: string;
  /** False when the evidence rules report the file missing or outside the workspace. */
  found: boolean;
  location: Location;
}

export interface RequirementReadiness {
  id: string;
  chapter: string;
  title: Localized;
  checkedBy: RequirementCheck;
  state: RequirementState;
  /** For a failing requirement: error (a nonconformity) or warning (still owed). */
  severity?: 'error' | 'warning';
  /** The register's answer, when it has one. */
  status?: RequirementStatus;
  owner?: string;
  reviewed?: string;
  note?: string;
  /** The register entry's evidence. */
  evidence: EvidenceFacts[];
  /** The findings about it that ask something, the one that decided its state first. */
  findings: FindingFacts[];
  /** Where a click goes: the finding that decided its state, else the answer. */
  location?: Location;
}

export interface ChapterReadiness {
  id: string;
  title: Localized;
  requirements: RequirementReadiness[];
}

/** Open and overdue findings of the certification audits. */
export interface AuditFindingFigures {
  open: number;
  overdue: number;
}

export interface ReadinessFigures {
  /** EXI-01 to EXI-31: answered + failing + unanswered = total; answered counts the verified ones. */
  requirements: { total: number; answered: number; failing: number; unanswered: number };
  /** Annex A controls the SoA decides, of 93 (facts/decided.ts). */
  soa: SoaProgress;
  risks: { assessed: number; total: number };
  /** Evidence files named in the SoA and the register: found, or reported missing by the evidence rules. */
  evidence: { found: number; missing: number };
  findings: AuditFindingFigures;
}

export interface ReadinessSummary extends ReadinessFigures {
  organization?: string;
  chapters: ChapterReadiness[];
}

export interface ReadinessOptions {
  today: string;
}

const EVIDENCE_RULES = new Set(['evidence-not-found', 'evidence-outside-workspace']);
/** What says a requirement has no answer yet, besides an undecided finding. */
const UNANSWERED_RULES = new Set(['requirement-unanswered', 'missing-section']);

export function computeReadiness(declaration: Declaration, findings: readonly Finding[], options: ReadinessOptions): ReadinessSummary {
  const index = new FindingIndex(declaration, findings);
  const register = new Map<string, RequirementAnswer>();
  for (const entry of declaration.requirements) if (!register.has(entry.requirement)) register.set(entry.requirement, entry);

  // The findings about each requirement, gathered in one pass over the findings.
  const about = new Map<string, Finding[]>(catalogRequirements.map((entry) => [entry.id, []]));
  const readers = new Map<string, string[]>();
  for (const entry of catalogRequirements) for (const section of entry.readFrom ?? []) readers.set(section, [...(readers.get(section) ?? []), entry.id]);
  // A written section the rules take a requirement over from (EXI-16 from isms:): its placeholders leave
  // that requirement unanswered; its other findings cite what they are about (a management review, ISO 9.3).
  const takenOverFrom = new Map<string, string[]>();
  for (const entry of catalogRequirements) {
    const checking = checkingOf(entry, declaration.sections);
    if (entry.checkedBy === 'rules' || checking.checkedBy === 'answer') continue;
    for (const section of checking.readFrom) takenOverFrom.set(section, [...(takenOverFrom.get(section) ?? []), entry.id]);
  }
  for (const finding of findings) {
    if (!asksSomething(finding)) continue;
    const cited = requirementIdsOf(finding.requirement);
    const concerned = new Set(cited);
    if (cited.length === 0) {
      const place = index.placeOf(finding);
      if (place?.entry && about.has(place.entry)) concerned.add(place.entry);
      for (const id of (place && readers.get(place.section)) ?? []) concerned.add(id);
      if (place && isUndecided(finding)) for (const id of takenOverFrom.get(place.section) ?? []) concerned.add(id);
    }
    for (const id of concerned) about.get(id)?.push(finding);
  }
  // An error of what a requirement depends on keeps it from being verified (after its own findings).
  for (const entry of catalogRequirements) {
    const own = about.get(entry.id)!;
    const already = new Set(own);
    for (const other of entry.dependsOn ?? []) {
      for (const finding of about.get(other)!) {
        if (finding.severity !== 'error' || finding.accepted || already.has(finding) || !requirementIdsOf(finding.requirement).includes(other)) continue;
        already.add(finding);
        own.push(finding);
      }
    }
  }

  const missingEvidence = index.evidenceFindings();
  const evidenceFacts = (evidence: Written<string>): EvidenceFacts => ({ path: evidence.value, found: !missingEvidence.has(evidence), location: locationOf(evidence.at, 'value') });

  const requirementReadiness = (id: string): RequirementReadiness => {
    const known = catalogRequirement(id)!;
    const entry = register.get(id);
    const concerning = about.get(id)!;
    const unansweredBy = concerning.find((finding) => isUndecided(finding) || UNANSWERED_RULES.has(finding.code));
    const errorBy = concerning.find((finding) => finding.severity === 'error' && !finding.accepted);
    const warningBy = concerning.find((finding) => finding.severity === 'warning' && !finding.accepted);
    // A rule turned off does not answer anything: without a status, or a section to read, it stays unanswered.
    const checking = checkingOf(known, declaration.sections);
    const sections = checking.readFrom as SectionName[];
    const unwritten = checking.checkedBy === 'answer' ? entry?.status === undefined : sections.every((section) => !declaration.sections.has(section));
    const state: RequirementState = unansweredBy || unwritten ? 'unanswered' : errorBy || warningBy ? 'failing' : checking.checkedBy === 'answer' ? 'answered' : 'verified';
    const decisive = state === 'unanswered' ? unansweredBy ?? errorBy ?? warningBy : state === 'failing' ? errorBy ?? warningBy : undefined;
    const ordered = decisive ? [decisive, ...concerning.filter((finding) => finding !== decisive)] : concerning;
    return {
      id,
      chapter: known.chapter,
      title: known.title,
      checkedBy: checking.checkedBy,
      state,
      ...(state === 'failing' ? { severity: errorBy ? 'error' as const : 'warning' as const } : {}),
      status: entry?.status,
      owner: entry?.owner,
      reviewed: entry?.reviewed?.value,
      note: entry?.note,
      evidence: (entry?.evidence ?? []).map(evidenceFacts),
      findings: ordered.map(findingFacts),
      location: decisive ? { uri: decisive.uri, range: decisive.range } : answerLocation(id, entry, sections),
    };
  };

  const answerLocation = (id: string, entry: RequirementAnswer | undefined, sections: readonly SectionName[]): Location | undefined => {
    if (entry) return locationOf(entry.at, 'key');
    const clause = declaration.contract.find((candidate) => candidate.requirement === id);
    if (clause) return locationOf(clause.at, 'key');
    const written = sections.map((section) => declaration.sections.get(section)?.[0]).find((at) => at !== undefined);
    return written ? locationOf(written, 'key') : locationOf(declaration.sections.get('requirements')?.[0] ?? declaration.sections.get('hds')?.[0], 'key');
  };

  const chapters = catalogChapters.map((chapter): ChapterReadiness => ({ id: chapter.id, title: chapter.title, requirements: chapter.requirements.map(requirementReadiness) }));
  const all = chapters.flatMap((chapter) => chapter.requirements);
  const count = (...states: RequirementState[]) => all.filter((entry) => states.includes(entry.state)).length;
  const evidence = [...declaration.soa.flatMap((entry) => entry.evidence), ...declaration.requirements.flatMap((entry) => entry.evidence)];
  const missing = evidence.filter((written) => missingEvidence.has(written)).length;
  return {
    organization: declaration.organization?.name,
    requirements: { total: all.length, answered: count('answered', 'verified'), failing: count('failing'), unanswered: count('unanswered') },
    soa: soaProgress(declaration),
    risks: { assessed: declaration.risks.filter(isAssessed).length, total: declaration.risks.length },
    evidence: { found: evidence.length - missing, missing },
    findings: findingCounts(declaration, options.today),
    chapters,
  };
}

/** A finding that asks something now: an error or a warning not on record, or an answer still undecided. */
function asksSomething(finding: Finding): boolean {
  return isUndecided(finding) || ((finding.severity === 'error' || finding.severity === 'warning') && !finding.accepted);
}

function findingFacts(finding: Finding): FindingFacts {
  const facts: FindingFacts = { code: finding.code, severity: finding.severity, message: finding.message, location: { uri: finding.uri, range: finding.range } };
  if (finding.accepted) facts.accepted = { until: finding.accepted.until, approvedBy: finding.accepted.approvedBy };
  return facts;
}

function locationOf(at: Ref, part: Part): Location;
function locationOf(at: Ref | undefined, part: Part): Location | undefined;
function locationOf(at: Ref | undefined, part: Part): Location | undefined {
  return at ? { uri: at.file.uri, range: rangeAt(at.file, at.path, part) } : undefined;
}

/** Spans of a file, sorted by start, found by binary search: cost linear in the findings and the spans. */
class Spans<T> {
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly values: T[];

  constructor(spans: { start: number; end: number; value: T }[]) {
    spans.sort((a, b) => a.start - b.start);
    this.starts = spans.map((span) => span.start);
    this.ends = spans.map((span) => span.end);
    this.values = spans.map((span) => span.value);
  }

  /** The value of the last span that starts at or before `offset` and contains it (spans do not nest). */
  at(offset: number): T | undefined {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle] <= offset) low = middle + 1;
      else high = middle;
    }
    const found = low - 1;
    return found >= 0 && offset < Math.max(this.ends[found], this.starts[found] + 1) ? this.values[found] : undefined;
  }
}

/** Where findings are written: in which top-level section, and in which register entry. */
class FindingIndex {
  private readonly files: Map<string, ParsedFile>;
  private readonly sections = new Map<string, Spans<SectionName>>();
  private readonly entries = new Map<string, Spans<string>>();

  constructor(private readonly declaration: Declaration, private readonly findings: readonly Finding[]) {
    this.files = new Map(declaration.files.map((file) => [file.uri, file]));
    const sections = new Map<string, { start: number; end: number; value: SectionName }[]>();
    for (const [name, refs] of declaration.sections) {
      for (const ref of refs) {
        const [start, end] = offsetsAt(ref.file, ref.path, 'entry');
        const list = sections.get(ref.file.uri) ?? [];
        list.push({ start, end, value: name });
        sections.set(ref.file.uri, list);
      }
    }
    for (const [uri, spans] of sections) this.sections.set(uri, new Spans(spans));
    const entries = new Map<string, { start: number; end: number; value: string }[]>();
    for (const entry of declaration.requirements) {
      const [start, end] = offsetsAt(entry.at.file, entry.at.path, 'entry');
      const list = entries.get(entry.at.file.uri) ?? [];
      list.push({ start, end, value: entry.requirement });
      entries.set(entry.at.file.uri, list);
    }
    for (const [uri, spans] of entries) this.entries.set(uri, new Spans(spans));
  }

  /** The section a finding is written in, and the register entry when it is inside one. */
  placeOf(finding: Finding): { section: SectionName; entry?: string } | undefined {
    const file = this.files.get(finding.uri);
    if (!file) return undefined;
    const offset = offsetAt(file, finding.range.start);
    const section = this.sections.get(finding.uri)?.at(offset);
    if (!section) return undefined;
    return { section, entry: section === 'requirements' ? this.entries.get(finding.uri)?.at(offset) : undefined };
  }

  /** The evidence the evidence rules report missing (not found, or outside the workspace). */
  evidenceFindings(): Set<Written<string>> {
    const evidence = [...this.declaration.soa.flatMap((entry) => entry.evidence), ...this.declaration.requirements.flatMap((entry) => entry.evidence)];
    const spans = new Map<string, { start: number; end: number; value: Written<string> }[]>();
    for (const written of evidence) {
      const [start, end] = offsetsAt(written.at.file, written.at.path, 'entry');
      const list = spans.get(written.at.file.uri) ?? [];
      list.push({ start, end, value: written });
      spans.set(written.at.file.uri, list);
    }
    const byFile = new Map([...spans].map(([uri, list]) => [uri, new Spans(list)]));
    const missing = new Set<Written<string>>();
    for (const finding of this.findings) {
      if (!EVIDENCE_RULES.has(finding.code)) continue;
      const file = this.files.get(finding.uri);
      const found = file && byFile.get(finding.uri)?.at(offsetAt(file, finding.range.start));
      if (found) missing.add(found);
    }
    return missing;
  }
}
