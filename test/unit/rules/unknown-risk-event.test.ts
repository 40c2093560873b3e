import { testRule } from '../ruleTester';

testRule('unknown-risk-event', {
  valid: [
    { name: 'the clean declaration' },
    { name: 'several scenarios', change: (d) => { d.risks[0].scenarios = ['B.a', 'B.b']; } },
    { name: 'the families B and D, which EXI-05 lists with "notamment"', change: (d) => { d.risks[0].scenarios = ['B', 'D']; } },
  ],
  invalid: [
    {
      name: 'a lower-case event',
      change: (d) => { d.risks[3].scenario = 'b.c'; },
      errors: [{
        messageId: 'suggestion', at: 'b.c', line: 352, data: { id: 'b.c', suggestion: 'B.c' },
        message: '‘b.c’ is not an EXI-05 risk event: did you mean ‘B.c’?',
        fix: { title: 'Change to ‘B.c’', fixed: '    scenario: B.c' },
      }],
    },
    {
      name: 'an event that does not exist, in a scenarios list, in French',
      change: (d) => { d.risks[0].scenarios = ['ZZZ']; },
      options: { locale: 'fr' },
      errors: [{
        messageId: 'unknown', at: 'ZZZ', line: 332, data: { id: 'ZZZ' },
        message: '«\u00a0ZZZ\u00a0» n’est pas un événement de risque EXI-05. Événements\u00a0: «\u00a0A\u00a0», «\u00a0B\u00a0», «\u00a0B.a\u00a0»',
      }],
    },
  ],
});
