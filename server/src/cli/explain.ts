// `hds-check explain ID`: what a rule code, an HDS requirement (EXI-nn), an Annex A control (8.24)
// or an EXI-05 risk event (B.a) is, in English or French, from the rules and the catalog.
import { rules, type Locale } from '../engine';
import { chapter, control, controlTheme, requirement, requirementText, riskEvent } from '../engine/catalog';
import { didYouMean, localize, mark } from '../engine/text';
import { controls, requirements, riskEvents } from '../engine/catalog';
import { installedRuleDocUri } from '../ruleDocs';
import { UsageError } from './options';

const NB = '\u00a0';
const say = {
  rule: { en: 'Rule', fr: 'Règle' },
  severity: { en: 'Default severity', fr: 'Sévérité par défaut' },
  requirement: { en: 'Requirement', fr: 'Exigence' },
  documentation: { en: 'Documentation', fr: 'Documentation' },
  chapter: { en: 'Chapter', fr: 'Chapitre' },
  hdsSource: { en: 'HDS v2 referential (ANS, 2024); this summary is a paraphrase.', fr: `Référentiel HDS v2 (ANS, 2024)${NB}; ce résumé est une paraphrase.` },
  checkedBy: { en: 'Checked by', fr: 'Vérifiée par' },
  control: { en: 'ISO/IEC 27001:2022 Annex A control', fr: 'Mesure de l’annexe A de l’ISO/IEC 27001:2022' },
  theme: { en: 'Theme', fr: 'Thème' },
  riskEvent: { en: 'EXI-05 risk event', fr: 'Événement de risque EXI-05' },
  group: { en: 'Group', fr: 'Groupe' },
  unknown: {
    en: '“{id}” is neither a rule code, an HDS requirement (EXI-01…EXI-31), an Annex A control (5.1…8.34) nor an EXI-05 risk event (A…H)',
    fr: '«\u00a0{id}\u00a0» n’est ni un code de règle, ni une exigence HDS (EXI-01…EXI-31), ni une mesure de l’annexe A (5.1…8.34), ni un événement de risque EXI-05 (A…H)',
  },
  unknownDidYouMean: {
    en: '“{id}” is neither a rule code, an HDS requirement (EXI-01…EXI-31), an Annex A control (5.1…8.34) nor an EXI-05 risk event (A…H): did you mean “{suggestion}”?',
    fr: '«\u00a0{id}\u00a0» n’est ni un code de règle, ni une exigence HDS (EXI-01…EXI-31), ni une mesure de l’annexe A (5.1…8.34), ni un événement de risque EXI-05 (A…H)\u00a0: vouliez-vous dire «\u00a0{suggestion}\u00a0»\u00a0?',
  },
  one: { en: 'explain takes one id: a rule code, EXI-nn, a control such as 8.24 or a risk event such as B.a', fr: 'explain prend un identifiant\u00a0: un code de règle, EXI-nn, une mesure comme 8.24 ou un événement de risque comme B.a' },
};

export function explain(positionals: readonly string[], locale: Locale): string {
  if (positionals.length !== 1) throw new UsageError(say.one[locale], locale);
  const id = positionals[0].trim();
  const colon = mark(':', locale);
  const line = (label: string, value: string) => `${label}${colon} ${value}`;
  const rule = rules.find((candidate) => candidate.code === id);
  if (rule) {
    const page = installedRuleDocUri(rule.code);
    return [
      `${say.rule[locale]} ${rule.code}`,
      '',
      rule.docs[locale],
      '',
      line(say.severity[locale], rule.severity),
      ...(rule.requirement ? [line(say.requirement[locale], `${rule.requirement}${requirementText(rule.requirement) ? ` — ${requirementText(rule.requirement)!.title[locale]}` : ''}`)] : []),
      ...(page ? [line(say.documentation[locale], page)] : []),
      '',
    ].join('\n');
  }
  const exi = requirement(id.toUpperCase());
  if (exi) {
    const checking = rules.filter((candidate) => candidate.requirement === exi.id || (candidate.requirement && /^EXI-(\d+)\.\.EXI-(\d+)$/.test(candidate.requirement) && inRange(candidate.requirement, exi.id)));
    return [
      `${exi.id} — ${exi.title[locale]}`,
      '',
      exi.summary[locale],
      '',
      line(say.chapter[locale], `${exi.chapter} (${chapter(exi.chapter)?.title[locale] ?? ''})`),
      ...(checking.length ? [line(say.checkedBy[locale], checking.map((candidate) => candidate.code).join(', '))] : []),
      say.hdsSource[locale],
      '',
    ].join('\n');
  }
  const annex = control(id);
  if (annex) {
    return [`${say.control[locale]} ${annex.id} — ${annex.title[locale]}`, '', line(say.theme[locale], `${controlTheme(annex.theme)?.clause ?? ''} ${controlTheme(annex.theme)?.name[locale] ?? annex.theme}`.trim()), ''].join('\n');
  }
  const event = riskEvent(id) ?? riskEvents.find((candidate) => candidate.id.toLowerCase() === id.toLowerCase());
  if (event) {
    return [`${say.riskEvent[locale]} ${event.id} — ${event.title[locale]}`, '', event.summary[locale], ...(event.group ? ['', line(say.group[locale], event.group[locale])] : []), ''].join('\n');
  }
  const suggestion = didYouMean(id, [...rules.map((candidate) => candidate.code), ...requirements.map((candidate) => candidate.id), ...controls.map((candidate) => candidate.id), ...riskEvents.map((candidate) => candidate.id)]);
  throw new UsageError(localize(suggestion ? say.unknownDidYouMean : say.unknown, locale, { id, suggestion: suggestion ?? '' }), locale);
}

function inRange(range: string, id: string): boolean {
  const [, from, to] = /^EXI-(\d+)\.\.EXI-(\d+)$/.exec(range)!;
  const number = Number(id.slice(4));
  return number >= Number(from) && number <= Number(to);
}
