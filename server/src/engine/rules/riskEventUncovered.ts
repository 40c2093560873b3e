import { uncoveredRiskEvents, riskEventCoverage } from '../facts/risks';
import { defineRule, listed, quoted, type Report } from '../rule';

export default defineRule({
  code: 'risk-event-uncovered',
  severity: 'error',
  requirement: 'EXI-05',
  docs: {
    en: 'Each of the 13 risk events EXI-05 lists is covered by at least one assessed risk of the analysis (the families B and D cover none of their sub-events).',
    fr: 'Chacun des 13 événements de risque listés par EXI-05 est couvert par au moins un risque évalué de l’analyse (les familles B et D ne couvrent aucun de leurs sous-événements).',
  },
  messages: {
    uncovered: {
      en: 'No risk covers EXI-05 event {id} ({title}): add a risk with `scenario: {id}`.',
      fr: 'Aucun risque ne couvre l’événement EXI-05 {id} ({title})\u00a0: ajoutez un risque avec `scenario: {id}`.',
    },
    unassessed: {
      en: 'EXI-05 event {id} ({title}) is named only by risks not yet assessed ({risks}): a risk covers its event once its likelihood, impact and treatment are decided.',
      fr: 'L’événement EXI-05 {id} ({title}) n’est cité que par des risques pas encore évalués ({risks})\u00a0: un risque ne couvre son événement qu’une fois sa vraisemblance, son impact et son traitement décidés.',
    },
    family: {
      en: 'No risk covers EXI-05 event {id} ({title}): {risks} names the whole family {family}, which does not cover its sub-events one by one.',
      fr: 'Aucun risque ne couvre l’événement EXI-05 {id} ({title})\u00a0: {risks} vise toute la famille {family}, ce qui ne couvre pas ses sous-événements un par un.',
    },
    unassessedRisk: { en: 'Risk not assessed yet.', fr: 'Risque pas encore évalué.' },
    familyRisk: { en: 'Risk written against the whole family.', fr: 'Risque rattaché à toute la famille.' },
  },
  check({ declaration, report }) {
    const risksSection = declaration.sections.get('risks')?.[0];
    if (!risksSection) return;
    const uncovered = new Set(uncoveredRiskEvents(declaration).map((event) => event.id));
    for (const { event, unassessed, family } of riskEventCoverage(declaration)) {
      if (!uncovered.has(event.id)) continue;
      const ids = (risks: typeof unassessed) => listed(risks.map((risk) => risk.id ?? '?'));
      const related: NonNullable<Report['related']> = [
        ...unassessed.map((risk) => ({ at: { file: risk.at.file, path: [...risk.at.path, 'id'] }, messageId: 'unassessedRisk' })),
        ...family.map((risk) => ({ at: { file: risk.at.file, path: [...risk.at.path, 'id'] }, messageId: 'familyRisk' })),
      ];
      const base = { at: risksSection, part: 'key' as const, data: { event: event.id } };
      // The risks still to assess are in the facts, so a fix that added one is seen to have done its part.
      if (unassessed.length > 0) report({ ...base, data: { event: event.id, unassessed: unassessed.map((risk) => risk.id ?? '?') }, messageId: 'unassessed', args: { id: event.id, title: event.title, risks: ids(unassessed) }, related });
      else if (family.length > 0) report({ ...base, messageId: 'family', args: { id: event.id, title: event.title, risks: ids(family), family: quoted(event.id.split('.')[0]) }, related });
      else report({ ...base, messageId: 'uncovered', args: { id: event.id, title: event.title } });
    }
  },
});
