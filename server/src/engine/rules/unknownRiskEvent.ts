import { riskEvent, riskEvents } from '../catalog';
import { defineRule, listed, quoted } from '../rule';
import { didYouMean } from '../text';

export default defineRule({
  code: 'unknown-risk-event',
  severity: 'error',
  requirement: 'EXI-05',
  docs: { en: 'A risk’s scenario names one of the 13 EXI-05 risk events.', fr: 'Le scénario d’un risque désigne l’un des 13 événements de risque EXI-05.' },
  messages: {
    unknown: { en: '{id} is not an EXI-05 risk event. Events: {all}.', fr: "{id} n’est pas un événement de risque EXI-05. Événements : {all}." },
    suggestion: { en: '{id} is not an EXI-05 risk event: did you mean {suggestion}?', fr: "{id} n’est pas un événement de risque EXI-05 : vouliez-vous dire {suggestion} ?" },
  },
  check({ declaration, report }) {
    const ids = riskEvents.map((event) => event.id);
    for (const scenario of declaration.risks.flatMap((risk) => risk.scenarios)) {
      if (riskEvent(scenario.value)) continue;
      // Case slips (`b.c`, `Bc`) are the usual mistake: compare without case and dots first.
      const normalized = ids.find((id) => id.replace('.', '').toLowerCase() === scenario.value.replace('.', '').toLowerCase());
      const suggestion = normalized ?? didYouMean(scenario.value, ids);
      if (suggestion) report({ messageId: 'suggestion', at: scenario.at, args: { id: quoted(scenario.value), suggestion: quoted(suggestion) }, data: { id: scenario.value, suggestion } });
      else report({ messageId: 'unknown', at: scenario.at, args: { id: quoted(scenario.value), all: listed(ids) }, data: { id: scenario.value } });
    }
  },
});
