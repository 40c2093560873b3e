import { riskEvent, scenarioIds } from '../catalog';
import { unknownReferenceReport } from '../facts/references';
import { defineRule, listed } from '../rule';
import { didYouMean } from '../text';

export default defineRule({
  code: 'unknown-risk-event',
  severity: 'error',
  requirement: 'EXI-05',
  docs: { en: 'A risk’s scenario names one of the 13 EXI-05 risk events, or their family B or D.', fr: 'Le scénario d’un risque désigne l’un des 13 événements de risque EXI-05, ou leur famille B ou D.' },
  messages: {
    unknown: { en: '{id} is not an EXI-05 risk event. Events: {all}.', fr: '{id} n’est pas un événement de risque EXI-05. Événements\u00a0: {all}.' },
    suggestion: { en: '{id} is not an EXI-05 risk event: did you mean {suggestion}?', fr: '{id} n’est pas un événement de risque EXI-05\u00a0: vouliez-vous dire {suggestion}\u00a0?' },
  },
  check({ declaration, report }) {
    const ids = scenarioIds;
    for (const scenario of declaration.risks.flatMap((risk) => risk.scenarios)) {
      if (riskEvent(scenario.value)) continue;
      // Case slips (`b.c`, `Bc`) are the usual mistake: compare without case and dots first.
      const normalized = ids.find((id) => id.replace('.', '').toLowerCase() === scenario.value.replace('.', '').toLowerCase());
      const suggestion = normalized ?? didYouMean(scenario.value, ids);
      report(unknownReferenceReport({ at: scenario.at, name: 'id', written: scenario.value, suggestion, unknownArgs: { all: listed(ids) } }));
    }
  },
});
