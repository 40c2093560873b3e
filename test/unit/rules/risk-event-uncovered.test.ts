import { testRule } from '../ruleTester';

testRule('risk-event-uncovered', {
  valid: [{ name: 'all 13 events covered' }, { name: 'events covered through scenarios lists', change: (d) => { d.risks[1].scenarios = ['B.a', 'B.b']; d.risks[2].scenario = 'A'; } }],
  invalid: [
    { name: 'event B.b uncovered', change: (d) => { d.risks[2].scenario = 'A'; }, message: 'No risk covers EXI-05 event B.b', at: 'risks', data: { event: 'B.b' } },
    { name: 'an empty risk analysis: one finding per event', change: (d) => { d.risks = []; }, count: 13 },
  ],
});
