import { riskEvents } from '../catalog';
import { defineRule } from '../rule';

export default defineRule({
  code: 'risk-event-uncovered',
  severity: 'error',
  requirement: 'EXI-05',
  docs: { en: 'Each of the 13 risk events EXI-05 lists is covered by at least one risk of the analysis.', fr: "Chacun des 13 événements de risque listés par EXI-05 est couvert par au moins un risque de l'analyse." },
  messages: {
    uncovered: {
      en: 'No risk covers EXI-05 event {id} ({title}): add a risk with scenario: {id}.',
      fr: "Aucun risque ne couvre l'événement EXI-05 {id} ({title}) : ajoutez un risque avec scenario: {id}.",
    },
  },
  check({ declaration, report }) {
    const risksSection = declaration.sections.get('risks')?.[0];
    if (!risksSection) return;
    const covered = new Set(declaration.risks.flatMap((risk) => risk.scenarios.map((scenario) => scenario.value)));
    for (const event of riskEvents) {
      if (covered.has(event.id)) continue;
      report({ messageId: 'uncovered', at: risksSection, part: 'key', args: { id: event.id, title: event.title }, data: { event: event.id } });
    }
  },
});
