import { testRule } from '../ruleTester';

testRule('management-review-overdue', {
  valid: [
    { name: 'no isms section' },
    { name: 'a review less than a year ago', change: (d) => { d.isms = { management_reviews: [{ date: '2025-12-15' }, { date: '2026-06-01' }] }; } },
  ],
  invalid: [
    {
      name: 'none recorded; a placeholder date is none',
      files: { 'main.hds.yaml': 'hds: 2\nisms:\n  management_reviews:\n    - { date: TODO }\n' },
      errors: [{ messageId: 'none', at: 'management_reviews', line: 2, message: 'No management review is recorded' }],
    },
    {
      name: 'the last review more than a year old, a planned one beside it',
      files: { 'main.hds.yaml': 'hds: 2\nisms:\n  management_reviews: [{ date: 2025-09-01 }, { date: 2026-12-10 }]\n' },
      errors: [{ messageId: 'overdue', at: '2025-09-01', line: 2, data: { due: '2026-09-01' }, message: 'The last management review, on 1 September 2025, is more than a year old: the next one was due by 1 September 2026 (82 days ago).' }],
    },
  ],
});
