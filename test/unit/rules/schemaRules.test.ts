// Rules that report what the JSON Schema finds, phrased for people.
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
      message: 'Clé inconnue « hardwre » : vouliez-vous dire « hardware » ?',
    },
    { name: 'a __proto__ key', change: (d) => { Object.defineProperty(d.organization, '__proto__', { value: { polluted: true }, enumerable: true }); }, message: '__proto__' },
    { name: 'a key unlike any other', change: (d) => { d.risks[0].zzzzzz = 1; }, message: 'Expected one of' },
  ],
});

testRule('missing-key', {
  valid: [{ name: 'the clean declaration' }, { name: 'a not-provided activity without by', change: (d) => { d.scope.activities.backup = { provided: 'not-provided' }; } }],
  invalid: [
    { name: 'a risk without id', change: (d) => { delete d.risks[0].id; }, message: "Missing key ‘id’" },
    { name: 'a subcontracted activity without by', change: (d) => { d.scope.activities.backup = { provided: 'subcontracted' }; }, message: 'must name its subcontractors', at: 'backup' },
    { name: 'a certificate without expiry', change: (d) => { delete d.subcontractors[0].certificate.expires; }, message: "‘expires’" },
  ],
});

testRule('invalid-value', {
  valid: [{ name: 'the clean declaration' }],
  invalid: [
    { name: 'a misspelled enumeration value', change: (d) => { d.scope.activities.backup.provided = 'inhouse'; }, message: "‘inhouse’ is not allowed here: did you mean ‘in-house’?", at: 'inhouse' },
    { name: 'a date that does not exist', change: (d) => { d.certification.hds.expires = '2027-02-30'; }, message: 'YYYY-MM-DD', at: '2027-02-30' },
    { name: 'a list where a mapping is expected', change: (d) => { d.organization = ['x']; }, message: 'a mapping of keys' },
    { name: 'a likelihood out of range', change: (d) => { d.risks[0].likelihood = 9; }, message: 'from 1 to 4' },
    { name: 'a SIREN written as a number', change: (d) => { d.organization.siren = 552100554; }, message: '9 digits' },
    { name: 'hds version 1', change: (d) => { d.hds = 1; }, message: 'did you mean ‘2’?' },
    { name: 'a boolean where an activity is expected', change: (d) => { d.risks[0].activities = [true]; }, message: 'HDS activity name' },
    { name: 'an empty title', change: (d) => { d.risks[0].title = ''; }, message: 'must not be empty' },
    { name: 'a transfer page over plain http', change: (d) => { d.transfers = { public_page: 'http://example.fr/transfers' }; }, message: 'https' },
  ],
});

testRule('missing-section', {
  valid: [{ name: 'the clean declaration' }, { name: 'no subcontractors and no transfers section', change: (d) => { delete d.transfers; } }],
  invalid: [
    { name: 'no soa section', change: (d) => { delete d.soa; }, message: "no ‘soa’ section" },
    { name: 'no risks and no contract', change: (d) => { delete d.risks; delete d.contract; }, count: 2 },
    {
      name: 'a split declaration missing its scope, reported in the main file',
      files: { 'a-soa.hds.yaml': 'soa: []\n', 'main.hds.yaml': 'hds: 2\norganization: { name: X }\ncertification: {}\nrisks: []\ncontract: {}\n' },
      file: 'main.hds.yaml',
      message: "‘scope’",
    },
  ],
});
