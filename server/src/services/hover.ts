// Hover in `*.hds.yaml` files: what an id means (activity, Annex A control, EXI requirement, risk
// event, country, subcontractor, site, risk, legal basis) and what this declaration says about it;
// what a key is for; and, over a diagnostic, the rule behind it.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { activities, activityByNumberOrName, adequacyDecision, chapter, checkingOf, control, controlTheme, countryName, isCountry, isInEea, legalBasis, requirement, riskEvent, source, territory, territoryCase } from '../engine/catalog';
import type { CheckResult } from '../engine/check';
import { isValidDate, sentenceDate } from '../engine/dates';
import { expiryOf, latestHdsExpiry, surveillanceDueDates } from '../engine/facts/certificates';
import { assessmentGaps, isAssessed, riskLevel } from '../engine/facts/risks';
import { labelOf, ORIGIN_TEXT, SCALE_ORIGIN_TEXT, scaleText, type AppliedRiskCriteria } from '../engine/facts/riskCriteria';
import { ruleByCode } from '../engine/rules';
import type { Finding, Locale, Localized, Position } from '../engine/types';
import { isRuleCode, type RuleCode } from '../engine/ruleCodes';
import { offsetAt, positionAt, type ParsedFile, type Path } from '../engine/yamlFile';
import { indexOf, type DeclarationIndex } from './declarationIndex';
import { choicesOf, schemaAt } from './schema';
import { cursorContext, type CursorContext } from './yamlPath';
import { markdownCode, markdownText } from '../engine/markdown';
import { dated, dayCount, localize } from '../engine/text';

export interface HoverRequest {
  file: ParsedFile;
  position: Position;
  checked?: CheckResult;
  locale: Locale;
  /** YYYY-MM-DD, for days left before a certificate expires. */
  today: string;
}

const text = {
  activity: { en: 'Activity {number}', fr: 'Activité {number}' },
  readAs: { en: 'The number {number} is read in the legal order of article R.1111-9.', fr: "Le numéro {number} se lit dans l’ordre légal de l’article R.1111-9." },
  inHouse: { en: 'Here: provided in-house.', fr: 'Ici : assurée en interne.' },
  subcontracted: { en: 'Here: subcontracted to {by}.', fr: 'Ici : sous-traitée à {by}.' },
  inHouseAndSubcontracted: { en: 'Here: provided in-house and subcontracted to {by}.', fr: 'Ici : assurée en interne et sous-traitée à {by}.' },
  territoryCase: { en: 'Case: **{case}** ({source}). {summary}', fr: 'Cas : **{case}** ({source}). {summary}' },
  partOf: { en: 'Belongs to {state}.', fr: 'Relève de {state}.' },
  sourcesDiffer: { en: 'Note: {note}', fr: 'À noter : {note}' },
  adequacyScope: { en: 'Within its scope only: state it with `{key}: true` on the access ({question})', fr: 'Dans son champ seulement : indiquez-le avec `{key}: true` sur l’accès ({question})' },
  supervised: { en: 'Acts under the host’s security policy and supervision, inside its certified scope: no row of its own in the presentation of guarantees.', fr: 'Agit sous la politique de sécurité et la supervision de l’hébergeur, dans son périmètre certifié : pas de ligne propre dans la présentation des garanties.' },
  secnumcloudServices: { en: 'SecNumCloud qualification for: {services}.', fr: 'Qualification SecNumCloud pour : {services}.' },
  notProvided: { en: 'Here: not provided (out of scope).', fr: 'Ici : non assurée (hors périmètre).' },
  notDeclared: { en: 'Here: not declared under scope.activities.', fr: 'Ici : non déclarée dans scope.activities.' },
  theme: { en: 'Theme: {theme} (clause {clause})', fr: 'Thème : {theme} (chapitre {clause})' },
  soaApplicable: { en: 'SoA: applicable{status}.', fr: 'DdA : applicable{status}.' },
  soaExcluded: { en: 'SoA: excluded — {justification}', fr: 'DdA : exclue — {justification}' },
  soaExcludedBare: { en: 'SoA: excluded, without a justification.', fr: 'DdA : exclue, sans justification.' },
  soaMissing: { en: 'SoA: not listed yet.', fr: 'DdA : pas encore listée.' },
  soaUnknown: { en: 'SoA: listed without saying whether it applies.', fr: "DdA : listée sans dire si elle s’applique." },
  chapter: { en: 'Chapter {id} of the HDS v2 referential — {title}', fr: 'Chapitre {id} du référentiel HDS v2 — {title}' },
  event: { en: 'EXI-05 risk event {id}', fr: 'Événement de risque EXI-05 {id}' },
  coveredBy: { en: 'Covered here by: {risks}', fr: 'Couvert ici par : {risks}' },
  uncovered: { en: 'Not covered by any risk of this declaration yet.', fr: "Couvert par aucun risque de cette déclaration pour l’instant." },
  notAssessed: { en: 'Named by {risks}, not assessed yet: a risk covers its event once its likelihood, impact and treatment are decided.', fr: 'Cité par {risks}, pas encore évalué : un risque ne couvre son événement qu’une fois sa vraisemblance, son impact et son traitement décidés.' },
  acceptedBy: { en: 'Residual risk accepted by {by} on {date}.', fr: 'Risque résiduel accepté par {by} le {date}.' },
  riskNotAssessed: { en: 'Not assessed yet ({missing} to decide): it covers no EXI-05 event until then.', fr: 'Pas encore évalué ({missing} à décider) : il ne couvre aucun événement EXI-05 d’ici là.' },
  family: { en: 'A family of events: a risk may name it, but only risks naming {children} cover them.', fr: 'Une famille d’événements : un risque peut la citer, mais seuls les risques qui citent {children} les couvrent.' },
  eea: { en: 'In the European Economic Area: health data may be stored there.', fr: "Dans l’Espace économique européen : les données de santé peuvent y être stockées." },
  outsideEea: { en: 'Outside the European Economic Area: health data may not be stored there (EXI-28).', fr: "Hors de l’EEE : les données de santé ne peuvent pas y être stockées (EXI-28)." },
  adequacy: { en: 'Adequacy decision adopted on {date}{scope}: remote access may rest on it (EXI-29).', fr: "Décision d’adéquation adoptée le {date}{scope} : un accès à distance peut s’y appuyer (EXI-29)." },
  noAdequacy: { en: 'No adequacy decision: remote access needs appropriate safeguards (SCC or BCR, GDPR art. 46), and the customer must be informed (EXI-29). An art. 49 derogation cannot carry standing access.', fr: 'Pas de décision d’adéquation : un accès à distance demande des garanties appropriées (CCT ou BCR, art. 46 RGPD), et le client doit en être informé (EXI-29). Une dérogation de l’art. 49 ne peut fonder un accès permanent.' },
  subcontractor: { en: 'Subcontractor', fr: 'Sous-traitant' },
  unknownSubcontractor: { en: 'No subcontractor {id} is declared under subcontractors.', fr: "Aucun sous-traitant {id} n’est déclaré sous subcontractors." },
  performs: { en: 'Performs: {activities}', fr: 'Réalise : {activities}' },
  performsNothing: { en: 'Performs no HDS activity.', fr: "Ne réalise aucune activité HDS." },
  certificate: { en: 'HDS certificate {number}{body}, covers {activities}', fr: 'Certificat HDS {number}{body}, couvre {activities}' },
  noCertificate: { en: 'No HDS certificate declared.', fr: 'Aucun certificat HDS déclaré.' },
  expiresIn: { en: 'expires {date} ({days} left)', fr: 'expire le {date} (encore {days})' },
  expiresToday: { en: 'expires today, {date}', fr: "expire aujourd’hui, {date}" },
  expired: { en: 'expired on {date} ({days} ago)', fr: 'a expiré le {date} (il y a {days})' },
  nothing: { en: 'nothing', fr: 'rien' },
  thisDate: { en: 'The certificate', fr: 'Le certificat' },
  hdsCycle: {
    en: 'An HDS certificate issued on this date is valid until {latest} at the latest; its yearly surveillance audits fall due by {due}, then the renewal audit.',
    fr: 'Un certificat HDS délivré à cette date vaut jusqu’au {latest} au plus tard\u00a0; ses audits de surveillance annuels sont dus au {due}, puis vient l’audit de renouvellement.',
  },
  and: { en: ' and ', fr: ' et au ' },
  auditDone: { en: 'Audit done on {date}: it answers the surveillance audit of its year.', fr: 'Audit réalisé le {date}\u00a0: il répond à l’audit de surveillance de son année.' },
  auditPlanned: { en: 'Audit planned on {date}.', fr: 'Audit prévu le {date}.' },
  site: { en: 'Storage site', fr: 'Site de stockage' },
  unknownSite: { en: 'No storage site {id} is declared under scope.storage.', fr: "Aucun site de stockage {id} n’est déclaré sous scope.storage." },
  operatedBy: { en: 'operated by {operator}', fr: 'exploité par {operator}' },
  eeaShort: { en: 'EEA', fr: 'EEE' },
  outsideEeaShort: { en: 'outside the EEA', fr: 'hors de l’EEE' },
  risk: { en: 'Risk', fr: 'Risque' },
  events: { en: 'Risk events: {events}', fr: 'Événements de risque : {events}' },
  controls: { en: 'Controls: {controls}', fr: 'Mesures : {controls}' },
  level: { en: 'Likelihood {likelihood} × impact {impact}, treatment: {treatment}', fr: 'Vraisemblance {likelihood} × impact {impact}, traitement : {treatment}' },
  riskLevel: { en: 'Level {level}; acceptance threshold {threshold} ({origin}){approval}: {verdict}', fr: 'Niveau {level}\u00a0; seuil d’acceptation {threshold} ({origin}){approval}\u00a0: {verdict}' },
  approvedBy: { en: ', approved by {by} on {date}', fr: ', approuvé par {by} le {date}' },
  aboveThreshold: { en: 'above it, an acceptance says why', fr: 'au-dessus, une acceptation dit pourquoi' },
  withinThreshold: { en: 'within it', fr: 'en deçà' },
  scaleLevel: { en: '{scale} level {level}: **{label}** ({origin})', fr: '{scale}, niveau {level}\u00a0: **{label}** ({origin})' },
  offScale: { en: '{scale}: {level} is not a level of the scale ({levels}; {origin})', fr: '{scale}\u00a0: {level} n’est pas un niveau de l’échelle ({levels}\u00a0; {origin})' },
  likelihoodScale: { en: 'Likelihood', fr: 'Vraisemblance' },
  impactScale: { en: 'Impact', fr: 'Impact' },
  rule: { en: 'Rule', fr: 'Règle' },
  enforces: { en: 'enforces {requirement}', fr: 'applique {requirement}' },
  checkedByRules: { en: 'The rules check it from the declaration: it needs no answer here.', fr: 'Les règles la vérifient à partir de la déclaration : elle ne demande pas de réponse ici.' },
  checkedFromSection: { en: 'The rules check it from {sections}, which the declaration writes: it needs no answer here.', fr: 'Les règles la vérifient à partir de {sections}, que la déclaration écrit : elle ne demande pas de réponse ici.' },
  checkedByAnswer: { en: 'No rule can check it: answer it here with its status, evidence and owner.', fr: 'Aucune règle ne peut la vérifier : répondez-y ici avec son statut, ses preuves et son responsable.' },
  requirementStatus: { en: 'Declared: {status}.', fr: 'Déclarée : {status}.' },
  ruleSetting: { en: 'Severity can be changed with the `hds.rules` setting.', fr: 'La gravité se règle avec le paramètre `hds.rules`.' },
} satisfies Record<string, Localized>;

export function hover(request: HoverRequest): Hover | null {
  const { file, locale } = request;
  const offset = offsetAt(file, request.position);
  const index = request.checked ? indexOf(request.checked) : undefined;
  const describer = new Describer(locale, index, request.today, request.checked?.riskCriteria);
  const sections: string[] = [];
  let range: [number, number] | undefined;

  // The cursor on the opening quote of a value still means that value.
  const context = cursorContext(file, offset) ?? (/["']/.test(file.text[offset] ?? '') ? cursorContext(file, offset + 1) : undefined);
  if (context && context.text.trim() !== '') {
    const described = describer.describe(context);
    if (described) {
      sections.push(described);
      range = [context.start, context.end];
    }
  }
  if (!range) {
    // An EXI requirement named anywhere: in a comment, a clause reference, a justification.
    const word = wordAt(file.text, offset, /EXI-\d{2}/g);
    const entry = word && requirement(word.text);
    if (word && entry) {
      sections.push(describer.requirement(word.text));
      range = [word.start, word.end];
    }
  }
  const findings = (index?.findingsByUri.get(file.uri) ?? []).filter((finding) => contains(finding, request.position));
  const seen = new Set<string>();
  for (const finding of findings) {
    if (seen.has(finding.code)) continue;
    seen.add(finding.code);
    sections.push(describer.rule(finding));
  }
  if (sections.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: range ? { start: positionAt(file, range[0]), end: positionAt(file, range[1]) } : findings[0]?.range,
  };
}

function contains(finding: Finding, position: Position): boolean {
  const { start, end } = finding.range;
  const after = position.line > start.line || (position.line === start.line && position.character >= start.character);
  const before = position.line < end.line || (position.line === end.line && position.character <= end.character);
  return after && before;
}

function wordAt(source: string, offset: number, pattern: RegExp): { text: string; start: number; end: number } | undefined {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const lineEndIndex = source.indexOf('\n', offset);
  const line = source.slice(lineStart, lineEndIndex < 0 ? source.length : lineEndIndex);
  for (const match of line.matchAll(pattern)) {
    const start = lineStart + match.index!;
    const end = start + match[0].length;
    if (start <= offset && offset <= end) return { text: match[0], start, end };
  }
  return undefined;
}

// Every text goes through the one Markdown escaping; every literal value written as a code span.
const md = (value: string) => markdownText(value);
const code = (value: string) => markdownCode(value);

class Describer {
  constructor(
    private readonly locale: Locale,
    private readonly index: DeclarationIndex | undefined,
    private readonly today: string,
    private readonly criteria?: AppliedRiskCriteria,
  ) {}

  describe(context: CursorContext): string | undefined {
    const value = context.text.trim();
    const path = context.path;
    if (context.kind === 'key') {
      const parent = path.slice(0, -1);
      if (parent.length === 2 && parent[0] === 'scope' && parent[1] === 'activities') return this.activity(value);
      if (parent.length === 1 && parent[0] === 'contract') return this.contractKey(path, value);
      if (parent.length === 1 && parent[0] === 'requirements' && requirement(value)) return this.registerKey(value);
      return this.key(path);
    }
    const at = schemaAt(path);
    if (!at) return undefined;
    const key = [...path].reverse().find((segment) => typeof segment === 'string');
    if (at.defs.includes('controlId')) return this.control(value);
    if (at.defs.includes('riskEvent')) return this.riskEvent(value);
    if (at.defs.includes('activity')) return this.activity(value);
    if (at.defs.includes('country')) return this.country(value);
    if (at.defs.includes('id')) {
      if (key === 'by' || key === 'operator' || (key === 'subcontractors' && path[0] === 'transfers') || (path[0] === 'subcontractors' && key === 'id' && path.length === 3)) return this.subcontractor(value);
      if (key === 'sites' || (path[0] === 'scope' && key === 'site')) return this.site(value);
      if (path[0] === 'risks' && key === 'id') return this.risk(value);
      return undefined;
    }
    if (key === 'basis' && legalBasis(value)) return this.legalBasis(value);
    if ((key === 'likelihood' || key === 'impact') && path[0] === 'risks' && /^\d+$/.test(value)) return this.scaleLevel(key, Number(value));
    if (at.defs.includes('date') && isValidDate(value)) return this.date(path, value);
    // `remote_access: none`, `third_country_laws: none`: an answer, explained by the key.
    if (value === 'none' && choicesOf(at).includes('none')) return this.key(path, value);
    if (path[0] === 'exceptions' && key === 'rule' && isRuleCode(value)) return this.ruleCode(value);
    if (/^EXI-\d{2}$/.test(value) && requirement(value)) return this.requirement(value);
    // An enumerated value: what the field it fills means.
    if (choicesOf(at).some((choice) => String(choice) === value)) return this.key(path, value);
    return undefined;
  }

  /** A rule code an exception names: what the rule checks, its requirement and default severity. */
  ruleCode(code: RuleCode): string | undefined {
    const rule = ruleByCode.get(code);
    if (!rule) return undefined;
    const requirement = rule.requirement ? ` · ${rule.requirement}` : '';
    return [`**\`${rule.code}\`** (${rule.severity}${requirement})`, md(rule.docs[this.locale])].join('\n\n');
  }

  key(path: Path, value?: string): string | undefined {
    const at = schemaAt(path);
    const description = at?.description?.[this.locale];
    if (!description) return undefined;
    const name = [...path].reverse().find((segment) => typeof segment === 'string') ?? '';
    return `**${md(String(name))}**${value !== undefined ? `: ${code(value)}` : ''} — ${md(description)}`;
  }

  activity(written: string): string | undefined {
    const entry = activityByNumberOrName(/^[1-6]$/.test(written) ? Number(written) : written);
    if (!entry) return undefined;
    const lines = [`**${localize(text.activity, this.locale, { number: entry.number })} — ${md(entry.name[this.locale])}** (\`${entry.id}\`)`, md(entry.summary[this.locale])];
    if (/^[1-6]$/.test(written)) lines.push(localize(text.readAs, this.locale, { number: written }));
    if (this.index) {
      const scope = this.index.activities.get(entry.id);
      if (!scope) lines.push(localize(text.notDeclared, this.locale));
      else if (scope.provided === 'in-house') lines.push(localize(text.inHouse, this.locale));
      else if (scope.provided === 'not-provided') lines.push(localize(text.notProvided, this.locale));
      else if (scope.provided === 'subcontracted' || scope.provided === 'in-house-and-subcontracted') {
        const by = scope.by.map((ref) => {
          const name = this.index!.subcontractors.get(ref.value)?.name;
          return name ? `${code(ref.value)} (${md(name)})` : code(ref.value);
        });
        lines.push(localize(scope.provided === 'subcontracted' ? text.subcontracted : text.inHouseAndSubcontracted, this.locale, { by: by.join(', ') || '—' }));
      }
    }
    return lines.join('\n\n');
  }

  control(id: string): string | undefined {
    const entry = control(id);
    if (!entry) return undefined;
    const theme = controlTheme(entry.theme);
    const lines = [`**${entry.id} ${md(entry.title[this.locale])}**`, `ISO/IEC 27001:2022 Annex A · ${localize(text.theme, this.locale, { theme: theme?.name[this.locale] ?? entry.theme, clause: theme?.clause ?? '' })}`];
    if (this.index) {
      const soa = this.index.soa.get(entry.id);
      if (!soa) lines.push(localize(text.soaMissing, this.locale));
      else if (soa.applicable === true) lines.push(localize(text.soaApplicable, this.locale, { status: soa.status ? ` — ${md(soa.status)}` : '' }));
      else if (soa.applicable === false) lines.push(soa.justification ? localize(text.soaExcluded, this.locale, { justification: md(soa.justification) }) : localize(text.soaExcludedBare, this.locale));
      else lines.push(localize(text.soaUnknown, this.locale));
    }
    return lines.join('\n\n');
  }

  /** A contract key: its requirement and, for EXI-28 to EXI-30, what the clause holds and stands for. */
  contractKey(path: Path, id: string): string {
    const explained = this.requirement(id);
    const clause = Number(id.slice(4));
    const description = clause >= 28 && clause <= 30 ? schemaAt(path)?.description?.[this.locale] : undefined;
    return description ? `${explained}\n\n${md(description)}` : explained;
  }

  /** A key of the requirements register: what the requirement asks, and whether the register must answer it. */
  registerKey(id: string): string {
    const declaration = this.index?.declaration;
    const checking = checkingOf(requirement(id)!, declaration?.sections ?? new Set());
    const how = checking.checkedBy === 'answer' ? text.checkedByAnswer : requirement(id)!.checkedBy === 'answer' ? text.checkedFromSection : text.checkedByRules;
    const lines = [this.requirement(id), localize(how, this.locale, { sections: checking.readFrom.map((section) => code(`${section}:`)).join(', ') })];
    const status = this.index?.declaration.requirements.find((entry) => entry.requirement === id)?.status;
    if (status) lines.push(localize(text.requirementStatus, this.locale, { status: code(status) }));
    return lines.join('\n\n');
  }

  requirement(id: string): string {
    const entry = requirement(id);
    if (!entry) return `**${id}**`;
    const part = chapter(entry.chapter);
    const lines = [`**${entry.id} — ${md(entry.title[this.locale])}**`, md(entry.summary[this.locale])];
    if (part) lines.push(`*${localize(text.chapter, this.locale, { id: part.id, title: md(part.title[this.locale]) })}*`);
    const clause = this.index?.declaration.contract.find((candidate) => candidate.requirement === id);
    if (clause?.reference) lines.push(`→ ${md(clause.reference)}`);
    return lines.join('\n\n');
  }

  riskEvent(id: string): string | undefined {
    const event = riskEvent(id);
    if (!event) return undefined;
    const group = event.group ? ` (${md(event.group[this.locale])})` : '';
    const lines = [`**${localize(text.event, this.locale, { id: event.id })} — ${md(event.title[this.locale])}**${group}`, md(event.summary[this.locale])];
    if (event.children) lines.push(localize(text.family, this.locale, { children: event.children.join(', ') }));
    if (this.index) {
      const named = (risks: readonly { id?: string; title?: string }[]) => risks.slice(0, 8).map((risk) => `${code(risk.id ?? '?')}${risk.title ? ` ${md(risk.title)}` : ''}`).join('; ') + (risks.length > 8 ? ` (+${risks.length - 8})` : '');
      const risks = this.index.risksByEvent.get(event.id) ?? [];
      const unassessed = risks.length > 0 ? [] : this.index.declaration.risks.filter((risk) => !isAssessed(risk) && risk.scenarios.some((scenario) => scenario.value === event.id));
      lines.push(risks.length > 0 ? localize(text.coveredBy, this.locale, { risks: named(risks) }) : unassessed.length > 0 ? localize(text.notAssessed, this.locale, { risks: named(unassessed) }) : localize(text.uncovered, this.locale));
    }
    return lines.join('\n\n');
  }

  country(code: string): string | undefined {
    if (!isCountry(code)) return undefined;
    const lines = [`**${md(countryName(code, this.locale))}** (\`${code}\`)`];
    lines.push(localize(isInEea(code) ? text.eea : text.outsideEea, this.locale));
    // Which case of the treaties applies, on what source, and where sources disagree.
    const where = territory(code);
    const known = territoryCase(where.case);
    if (known) lines.push(localize(text.territoryCase, this.locale, { case: md(known.name[this.locale]), source: md(where.source?.[this.locale] ?? ''), summary: md(known.summary[this.locale]) }));
    if (where.of && where.of !== code) lines.push(localize(text.partOf, this.locale, { state: `${md(countryName(where.of, this.locale))} (\`${where.of}\`)` }));
    if (where.note) lines.push(localize(text.sourcesDiffer, this.locale, { note: md(where.note[this.locale]) }));
    if (!isInEea(code)) {
      const decision = adequacyDecision(code);
      lines.push(decision ? localize(text.adequacy, this.locale, { date: dated(decision.adopted), scope: `${decision.decision ? `, ${md(decision.decision)}` : ''}${decision.scope ? ` (${md(decision.scope[this.locale])})` : ''}` }) : localize(text.noAdequacy, this.locale));
      if (decision?.requires) lines.push(localize(text.adequacyScope, this.locale, { key: decision.requires.key, question: md(decision.requires.question[this.locale]) }));
    }
    return lines.join('\n\n');
  }

  legalBasis(id: string): string | undefined {
    const basis = legalBasis(id);
    if (!basis) return undefined;
    return [`**${md(basis.name[this.locale])}** (${this.locale === 'fr' ? 'RGPD' : 'GDPR'} ${basis.gdpr})`, md(basis.summary[this.locale])].join('\n\n');
  }

  subcontractor(id: string): string | undefined {
    if (!this.index) return undefined;
    const subcontractor = this.index.subcontractors.get(id);
    if (!subcontractor) return localize(text.unknownSubcontractor, this.locale, { id: code(id) });
    const lines = [`**${localize(text.subcontractor, this.locale)} ${md(subcontractor.name ?? id)}** (${code(id)})`];
    if (subcontractor.role) lines.push(md(subcontractor.role));
    if (subcontractor.underHostSupervision?.value === true) lines.push(localize(text.supervised, this.locale));
    if (subcontractor.secnumcloudServices.length > 0) lines.push(localize(text.secnumcloudServices, this.locale, { services: subcontractor.secnumcloudServices.map(md).join(', ') }));
    const performed = subcontractor.activities.map((ref) => this.activityLabel(ref.id, ref.written));
    lines.push(performed.length > 0 ? localize(text.performs, this.locale, { activities: performed.join(', ') }) : localize(text.performsNothing, this.locale));
    const certificate = subcontractor.certificate;
    if (certificate?.number) {
      const covered = certificate.activities.map((ref) => this.activityLabel(ref.id, ref.written));
      let line = localize(text.certificate, this.locale, { number: md(certificate.number), body: certificate.body ? ` (${md(certificate.body)})` : '', activities: covered.join(', ') || localize(text.nothing, this.locale) });
      const expiry = certificate.expires?.value;
      if (expiry) line += `; ${this.expiry(expiry)}`;
      lines.push(line);
    } else {
      lines.push(localize(text.noCertificate, this.locale));
    }
    return lines.join('\n\n');
  }

  /** A certificate's date: what the key means, then where it stands against today and the HDS cycle. */
  date(path: Path, value: string): string | undefined {
    const lines = [this.key(path)].filter((line): line is string => line !== undefined);
    const key = path[path.length - 1];
    const ownHds = path[0] === 'certification' && path[1] === 'hds';
    if (key === 'expires') lines.push(`${localize(text.thisDate, this.locale)} ${this.expiry(value)}.`);
    if (ownHds && path.length === 3 && key === 'issued') {
      const due = surveillanceDueDates(value).map((date) => sentenceDate(date, this.locale));
      lines.push(localize(text.hdsCycle, this.locale, { latest: dated(latestHdsExpiry(value)!), due: due.join(localize(text.and, this.locale)) }));
    }
    if (ownHds && path[2] === 'surveillance' && key === 'date') lines.push(localize(value > this.today ? text.auditPlanned : text.auditDone, this.locale, { date: dated(value) }));
    return lines.length > 0 ? lines.join('\n\n') : undefined;
  }

  private expiry(date: string): string {
    const { days } = expiryOf(date, this.today);
    if (days === undefined) return date;
    if (days > 0) return localize(text.expiresIn, this.locale, { date: dated(date), days: dayCount(days) });
    if (days === 0) return localize(text.expiresToday, this.locale, { date: dated(date) });
    return localize(text.expired, this.locale, { date: dated(date), days: dayCount(-days) });
  }

  private activityLabel(id: string | undefined, written: string | number): string {
    const entry = id ? activities.find((candidate) => candidate.id === id) : undefined;
    return entry ? `${entry.number}. ${md(entry.name[this.locale])}` : code(String(written));
  }

  site(id: string): string | undefined {
    if (!this.index) return undefined;
    const site = this.index.sites.get(id);
    if (!site) return localize(text.unknownSite, this.locale, { id: code(id) });
    const country = site.country?.value;
    const region = country ? (isInEea(country) ? localize(text.eeaShort, this.locale) : localize(text.outsideEeaShort, this.locale)) : '';
    const where = country ? `${md(countryName(country, this.locale))} (${code(country)}) ${region}` : '';
    const operatorName = site.operator ? this.index.subcontractors.get(site.operator.value)?.name : undefined;
    const operator = site.operator ? localize(text.operatedBy, this.locale, { operator: `${code(site.operator.value)}${operatorName ? ` (${md(operatorName)})` : ''}` }) : '';
    return [`**${localize(text.site, this.locale)} ${md(id)}**`, [where, operator].filter(Boolean).join(', ')].filter(Boolean).join('\n\n');
  }

  risk(id: string): string | undefined {
    const risk = this.index?.risksById.get(id);
    if (!risk) return undefined;
    const lines = [`**${localize(text.risk, this.locale)} ${md(id)}**${risk.title ? ` — ${md(risk.title)}` : ''}`];
    if (risk.scenarios.length > 0) lines.push(localize(text.events, this.locale, { events: risk.scenarios.map((scenario) => `${md(scenario.value)}${riskEvent(scenario.value) ? ` ${md(riskEvent(scenario.value)!.title[this.locale])}` : ''}`).join('; ') }));
    if (risk.likelihood !== undefined || risk.impact !== undefined) lines.push(localize(text.level, this.locale, { likelihood: md(String(risk.likelihood ?? '?')), impact: md(String(risk.impact ?? '?')), treatment: md(String(risk.treatment ?? '?')) }));
    const level = riskLevel(risk);
    if (level !== undefined && this.criteria) {
      const { threshold, declared } = this.criteria;
      const approval = threshold.origin === 'declaration' && declared?.approvedBy ? localize(text.approvedBy, this.locale, { by: md(declared.approvedBy), date: declared.approvedOn ? dated(declared.approvedOn) : '?' }) : '';
      lines.push(localize(text.riskLevel, this.locale, { level, threshold: threshold.value, origin: md(localize(ORIGIN_TEXT[threshold.origin], this.locale)), approval, verdict: localize(level > threshold.value ? text.aboveThreshold : text.withinThreshold, this.locale) }));
    }
    if (risk.controls.length > 0) lines.push(localize(text.controls, this.locale, { controls: risk.controls.map((ref) => `${md(ref.id)}${control(ref.id) ? ` ${md(control(ref.id)!.title[this.locale])}` : ''}`).join('; ') }));
    if (risk.acceptance?.by) lines.push(localize(text.acceptedBy, this.locale, { by: md(risk.acceptance.by), date: risk.acceptance.date ? dated(risk.acceptance.date) : '?' }));
    const gaps = assessmentGaps(risk);
    if (gaps.length > 0) lines.push(localize(text.riskNotAssessed, this.locale, { missing: gaps.map((gap) => `\`${gap}\``).join(', ') }));
    return lines.join('\n\n');
  }

  /** A likelihood or impact: its label on the scale that applies, and which scale that is. */
  scaleLevel(which: 'likelihood' | 'impact', level: number): string | undefined {
    if (!this.criteria) return undefined;
    const scale = this.criteria[which];
    const label = labelOf(scale, level);
    const name = localize(which === 'likelihood' ? text.likelihoodScale : text.impactScale, this.locale);
    const origin = md(localize(SCALE_ORIGIN_TEXT[scale.origin], this.locale));
    return label === undefined
      ? localize(text.offScale, this.locale, { scale: name, level, levels: md(scaleText(scale)), origin })
      : localize(text.scaleLevel, this.locale, { scale: name, level, label: md(label), origin });
  }

  rule(finding: Finding): string {
    const rule = ruleByCode.get(finding.code);
    const requirementId = finding.requirement ?? rule?.requirement;
    const header = `**${localize(text.rule, this.locale)} \`${finding.code}\`**${requirementId ? ` — ${localize(text.enforces, this.locale, { requirement: requirementId })}` : ''}`;
    // Where the texts a rule rests on disagree, the hover says so next to the verdict.
    const notes = (rule?.sources ?? []).flatMap((id) => {
      const note = source(id)?.note;
      return note ? [localize(text.sourcesDiffer, this.locale, { note: md(note[this.locale]) })] : [];
    });
    return [header, rule ? md(rule.docs[this.locale]) : '', ...notes, localize(text.ruleSetting, this.locale)].filter(Boolean).join('\n\n');
  }
}
