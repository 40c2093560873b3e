import { testRule } from '../ruleTester';

const complete = { rule: 'risk-unassessed', target: 'R-01', justification: 'Assessed in the 2027 review.', approved_by: 'Claire Martin, RSSI', until: '2027-03-31' };

testRule('exception-incomplete', {
  valid: [
    { name: 'an exception with its justification, approver and end date', change: (d) => { delete d.risks[0].likelihood; d.exceptions = [complete]; } },
    { name: 'an exception that has ended is still complete (the finding is back, the record stays)', change: (d) => { delete d.risks[0].likelihood; d.exceptions = [{ ...complete, until: '2026-01-31' }]; } },
  ],
  invalid: [
    {
      name: 'no approver and no end date',
      change: (d) => { d.exceptions = [{ rule: 'risk-unassessed', target: 'R-01', justification: 'Assessed in the 2027 review.' }]; },
      errors: [{
        messageId: 'incomplete', at: 'risk-unassessed', line: 538, data: { rule: 'risk-unassessed', missing: ['approved_by', 'until'] },
        message: 'This exception for ‘risk-unassessed’ lacks ‘approved_by’, ‘until’: an exception is on record only with a justification, an approver and an end date. Until then the finding keeps its severity. [ISO/IEC 27001 6.1.3 f)]',
      }],
    },
    {
      name: 'as the quick fix writes it: TODO is not an answer, in French',
      change: (d) => { d.exceptions = [{ rule: 'risk-unassessed', target: 'R-01', justification: 'TODO pourquoi ce constat est accepté', approved_by: 'TODO qui l’a approuvé', until: 'TODO dernier jour' }]; },
      options: { locale: 'fr' },
      errors: [{
        messageId: 'incomplete', at: 'risk-unassessed', line: 538, data: { rule: 'risk-unassessed', missing: ['justification', 'approved_by', 'until'] },
        message: 'Cette exception pour «\u00a0risk-unassessed\u00a0» n’indique pas «\u00a0justification\u00a0», «\u00a0approved_by\u00a0», «\u00a0until\u00a0»\u00a0:',
      }],
    },
    {
      name: 'an end date that is not a date',
      change: (d) => { d.exceptions = [{ ...complete, until: '31/03/2027' }]; },
      errors: [{ messageId: 'incomplete', at: 'risk-unassessed', line: 538, data: { rule: 'risk-unassessed', missing: ['until'] } }],
    },
  ],
});
