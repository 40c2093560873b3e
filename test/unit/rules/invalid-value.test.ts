import { testRule } from '../ruleTester';

testRule('invalid-value', {
  valid: [
    { name: 'the boundaries of every range: likelihood and impact 1 and 4', change: (d) => { d.risks[0].likelihood = 1; d.risks[0].impact = 4; d.risks[1].likelihood = 4; d.risks[1].impact = 1; } },
    { name: 'a leap day', change: (d) => { d.certification.hds.expires = '2028-02-29'; } },
    { name: 'activities by number and a transfer page over https', change: (d) => { d.risks[0].activities = [1, 6]; d.transfers = { public_page: 'https://example.fr/transfers' }; } },
  ],
  invalid: [
    {
      name: 'a misspelled enumeration value', change: (d) => { d.scope.activities.backup.provided = 'inhouse'; },
      errors: [
        { messageId: 'oneOfSuggestion', at: 'inhouse', line: 35, data: { suggestion: 'in-house' }, message: '‘inhouse’ is not allowed here: did you mean ‘in-house’?', fix: { title: 'Change to ‘in-house’', fixed: '      provided: in-house' } },
      ],
    },
    {
      name: 'a value unlike any allowed one, in French', change: (d) => { d.risks[0].treatment = 'zzzzzz'; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'oneOf', at: 'zzzzzz', line: 328, message: '«\u00a0zzzzzz\u00a0» n’est pas admis ici. Valeurs possibles\u00a0: «\u00a0reduce\u00a0», «\u00a0accept\u00a0», «\u00a0avoid\u00a0», «\u00a0transfer\u00a0».' },
      ],
    },
    {
      name: 'a date that does not exist', change: (d) => { d.certification.hds.expires = '2027-02-29'; },
      errors: [
        { messageId: 'date', at: '2027-02-29', line: 9, message: 'Expected a real date written YYYY-MM-DD.' },
      ],
    },
    {
      name: 'a date written the French way, in French', change: (d) => { d.subcontractors[0].certificate.expires = '01/01/2029'; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'date', at: '01/01/2029', line: 462, message: 'Attendu\u00a0: une date réelle écrite AAAA-MM-JJ.' },
      ],
    },
    {
      name: 'a year where a date is expected', change: (d) => { d.certification.iso27001.expires = 2028; },
      errors: [
        { messageId: 'hint', at: '2028', line: 16, message: 'Expected a date written YYYY-MM-DD.' },
      ],
    },
    {
      name: 'a list where a mapping is expected', change: (d) => { d.organization = ['x']; },
      errors: [
        { messageId: 'type', at: '- x', line: 2, message: 'Expected a mapping of keys here.' },
      ],
    },
    {
      // Above the scale is risk-rating-off-scale's: the scale is the declaration's (risk_criteria), not the schema's.
      name: 'an impact below 1', change: (d) => { d.risks[0].likelihood = 5; d.risks[1].impact = 0; },
      errors: [
        { messageId: 'atLeast', at: '0', line: 337, message: 'Expected a whole number from 1.' },
      ],
    },
    {
      name: 'a scale level above 10', change: (d) => { d.risk_criteria = { likelihood: [{ level: 1, label: 'Rare' }, { level: 11, label: 'Always' }] }; },
      errors: [
        { messageId: 'range', at: '11', line: 541, message: 'Expected a whole number from 1 to 10.' },
      ],
    },
    {
      name: 'a SIREN written as a number', change: (d) => { d.organization.siren = 552100554; },
      errors: [
        { messageId: 'hint', at: '552100554', line: 3, message: 'Expected a SIREN: 9 digits in quotes, such as "552100554".', fix: { title: 'Write it in quotes: "552100554"', fixed: '  siren: "552100554"' } },
      ],
    },
    {
      name: 'hds version 1', change: (d) => { d.hds = 1; },
      errors: [
        { messageId: 'oneOfSuggestion', at: '1', line: 0, data: { suggestion: '2' }, message: '‘1’ is not allowed here: did you mean ‘2’?', fix: { title: 'Change to ‘2’', fixed: 'hds: "2"' } },
      ],
    },
    {
      name: 'a boolean where an activity is expected', change: (d) => { d.risks[0].activities = [true]; },
      errors: [
        { messageId: 'hint', at: 'true', line: 325, message: 'Expected an HDS activity name (physical-sites, hardware, virtual-infrastructure, application-platform, administration, backup) or its number 1-6.' },
      ],
    },
    {
      name: 'an empty title', change: (d) => { d.risks[0].title = ''; },
      errors: [
        { messageId: 'nonEmpty', at: '""', line: 323, message: 'This must not be empty.' },
      ],
    },
    {
      name: 'a transfer page over plain http', change: (d) => { d.transfers = { public_page: 'http://clinique-test.fr/transfers' }; },
      errors: [
        { messageId: 'hint', at: 'http://clinique-test.fr/transfers', line: 483, message: 'Expected a public https address, such as https://example.fr/hds/transfers.' },
      ],
    },
  ],
});
