import { testRule } from '../ruleTester';

testRule('risk-event-uncovered', {
  valid: [
    { name: 'all 13 events covered' },
    { name: 'events covered through scenarios lists', change: (d) => { d.risks[1].scenarios = ['B.a', 'B.b']; d.risks[2].scenario = 'A'; } },
    {
      name: 'an accepted risk that records who accepted it and when covers its event; so does one avoided without controls',
      change: (d) => {
        Object.assign(d.risks[2], { treatment: 'accept', acceptance: { by: 'Dr Martin, RSSI', date: '2026-03-01' } });
        Object.assign(d.risks[3], { treatment: 'avoid', controls: [] });
      },
    },
  ],
  invalid: [
    {
      name: 'event B.b has no risk: the fix adds one whose answers are TODO',
      change: (d) => { d.risks[2].scenario = 'A'; },
      errors: [{
        messageId: 'uncovered', at: 'risks', line: 320, data: { event: 'B.b' },
        message: 'No risk covers EXI-05 event B.b (Health data printed on paper): add a risk with `scenario: B.b`.',
        fix: {
          title: 'Add a risk for event B.b',
          fixed: [
            '  - id: R-14',
            '    scenario: B.b',
            '    title: Health data printed on paper',
            '    activities: [physical-sites, hardware, application-platform, administration]',
            '    likelihood: TODO',
            '    impact: TODO',
            '    treatment: TODO',
            '    controls: [TODO]  # to assess: likelihood (1-4), impact (1-4), treatment (reduce, accept, avoid, transfer), controls',
          ].join('\n'),
        },
      }],
    },
    {
      name: 'the only risk for B.b is not assessed: no second risk is offered, the work is to assess it',
      change: (d) => { delete d.risks[2].likelihood; d.risks[2].treatment = 'TODO'; },
      errors: [{
        messageId: 'unassessed', at: 'risks', line: 320, data: { event: 'B.b', unassessed: ['R-03'] },
        message: 'is named only by risks not yet assessed (‘R-03’)',
        related: [{ messageId: 'unassessedRisk', at: 'id', line: 341 }],
      }],
    },
    {
      name: 'a risk for the family B covers none of B.a–B.c, in French',
      change: (d) => { d.risks[2].scenario = 'B'; },
      options: { locale: 'fr' },
      errors: [{
        messageId: 'family', at: 'risks', line: 320, data: { event: 'B.b' },
        message: 'Aucun risque ne couvre l’événement EXI-05 B.b (Impression de données de santé sur papier)\u00a0: «\u00a0R-03\u00a0» vise toute la famille «\u00a0B\u00a0»',
        related: [{ messageId: 'familyRisk', at: 'id', line: 341 }],
        fix: {
          title: 'Ajouter un risque pour l’événement B.b',
          fixed: [
            '  - id: R-14',
            '    scenario: B.b',
            '    title: Impression de données de santé sur papier',
            '    activities: [physical-sites, hardware, application-platform, administration]',
            '    likelihood: TODO',
            '    impact: TODO',
            '    treatment: TODO',
            '    controls: [TODO]  # à évaluer\u00a0: likelihood (1-4), impact (1-4), treatment (reduce, accept, avoid, transfer), controls',
          ].join('\n'),
        },
      }],
    },
    { name: 'an empty risk analysis: one finding per event', change: (d) => { d.risks = []; }, errors: 13 },
  ],
});
