import { testRule } from '../ruleTester';

const record = { justification: 'Kept on paper, shown on site.', approved_by: 'Claire Martin, RSSI', until: '2027-03-31' };

testRule('exception-stale', {
  valid: [
    { name: 'no exceptions' },
    { name: 'an exception about an id the finding names', change: (d) => { delete d.risks[0].likelihood; d.exceptions = [{ rule: 'risk-unassessed', target: 'R-01', ...record }]; } },
    { name: 'an exception about the value the finding points at', change: (d) => { d.scope.storage[0].country = 'fr'; d.exceptions = [{ rule: 'unknown-country', target: 'fr', ...record }]; } },
    { name: 'an exception for a rule turned off here is not judged', change: (d) => { d.exceptions = [{ rule: 'risk-unassessed', target: 'R-01', ...record }]; }, options: { rules: { 'risk-unassessed': 'off' } } },
    { name: 'an ended exception still matches its finding', change: (d) => { delete d.risks[0].likelihood; d.exceptions = [{ rule: 'risk-unassessed', target: 'R-01', ...record, until: '2026-01-31' }]; } },
  ],
  invalid: [
    {
      name: 'the finding it accepted is gone',
      change: (d) => { d.exceptions = [{ rule: 'risk-unassessed', target: 'R-01', ...record }]; },
      errors: [{
        messageId: 'stale', at: 'R-01', line: 539, data: { rule: 'risk-unassessed', target: 'R-01' },
        message: 'No ‘risk-unassessed’ finding is about ‘R-01’ any more: remove this exception, or correct its rule or target.',
      }],
    },
    {
      name: 'a rule code misspelt, in French',
      change: (d) => { d.exceptions = [{ rule: 'risk-unasessed', target: 'R-01', ...record }]; },
      options: { locale: 'fr' },
      errors: [{
        messageId: 'suggestion', at: 'risk-unasessed', line: 538, data: { rule: 'risk-unasessed', suggestion: 'risk-unassessed' },
        message: '«\u00a0risk-unasessed\u00a0» n’est pas une règle d’HDS Studio\u00a0: vouliez-vous dire «\u00a0risk-unassessed\u00a0»\u00a0?',
      }],
    },
    {
      name: 'a rule that does not exist',
      change: (d) => { d.exceptions = [{ rule: 'no-such-thing-at-all', target: 'R-01', ...record }]; },
      errors: [{ messageId: 'unknownRule', at: 'no-such-thing-at-all', line: 538, data: { rule: 'no-such-thing-at-all' } }],
    },
  ],
});
