import { testRule } from '../ruleTester';

testRule('unknown-key', {
  valid: [{ name: 'the clean declaration' }],
  invalid: [
    {
      name: 'a misspelled top-level key, with a suggestion',
      change: (d) => { d.subcontractor = d.subcontractors; delete d.subcontractors; },
      message: "Unknown key ‘subcontractor’: did you mean ‘subcontractors’?",
      at: 'subcontractor',
      data: { suggestion: 'subcontractors' },
    },
    {
      name: 'a misspelled activity key, in French',
      change: (d) => { d.scope.activities.hardwre = d.scope.activities.hardware; delete d.scope.activities.hardware; },
      options: { locale: 'fr' },
      message: 'Clé inconnue « hardwre » : vouliez-vous dire « hardware » ?',
    },
    { name: 'a __proto__ key', change: (d) => { Object.defineProperty(d.organization, '__proto__', { value: { polluted: true }, enumerable: true }); }, message: '__proto__' },
    { name: 'a key unlike any other', change: (d) => { d.risks[0].zzzzzz = 1; }, message: 'Expected one of' },
  ],
});
