import { testRule } from '../ruleTester';

testRule('unknown-key', {
  valid: [
    { name: 'the clean declaration' },
    { name: 'optional keys: a contact, a risk owner, several scenarios', change: (d) => { d.organization.contact = 'rssi@example.fr'; d.risks[0].owner = 'RSSI'; delete d.risks[0].scenario; d.risks[0].scenarios = ['A']; } },
    { name: 'an unknown key inside a value is text, not a key', change: (d) => { d.risks[0].title = 'subcontractor: hardwre'; } },
  ],
  invalid: [
    {
      name: 'a misspelled top-level key, with a suggestion',
      change: (d) => { d.subcontractor = d.subcontractors; delete d.subcontractors; },
      errors: [
        { messageId: 'suggestion', at: 'subcontractor', line: 519, data: { key: 'subcontractor', suggestion: 'subcontractors' }, message: 'Unknown key ‘subcontractor’: did you mean ‘subcontractors’?', fix: { title: 'Change to ‘subcontractors’', fixed: 'subcontractors:' } },
      ],
    },
    {
      name: 'a misspelled activity key, in French',
      change: (d) => { d.scope.activities.hardwre = d.scope.activities.hardware; delete d.scope.activities.hardware; },
      options: { locale: 'fr' },
      errors: [
        { messageId: 'suggestion', at: 'hardwre', line: 32, data: { key: 'hardwre', suggestion: 'hardware' }, message: 'Clé inconnue «\u00a0hardwre\u00a0»\u00a0: vouliez-vous dire «\u00a0hardware\u00a0»\u00a0?', fix: { title: 'Remplacer par «\u00a0hardware\u00a0»', fixed: '    hardware:' } },
      ],
    },
    {
      name: 'a __proto__ key', change: (d) => { Object.defineProperty(d.organization, '__proto__', { value: { polluted: true }, enumerable: true }); },
      errors: [
        { messageId: 'plain', at: '__proto__', line: 4, data: { key: '__proto__' }, message: 'Unknown key ‘__proto__’. Expected one of: ‘name’, ‘siren’, ‘contact’.' },
      ],
    },
    {
      name: 'a key unlike any other, in French', change: (d) => { d.risks[0].zzzzzz = 1; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'plain', at: 'zzzzzz', line: 331, data: { key: 'zzzzzz' }, message: 'Clé inconnue «\u00a0zzzzzz\u00a0». Clés possibles\u00a0: «\u00a0id\u00a0», «\u00a0scenario\u00a0», «\u00a0scenarios\u00a0», «\u00a0title\u00a0», «\u00a0activities\u00a0», «\u00a0likelihood\u00a0», «\u00a0impact\u00a0», «\u00a0treatment\u00a0», «\u00a0controls\u00a0», «\u00a0owner\u00a0», «\u00a0residual\u00a0», «\u00a0acceptance\u00a0».' },
      ],
    },
    {
      name: 'a clause the contract section cannot hold', change: (d) => { d.contract['EXI-99'] = 'Annex 9'; },
      errors: [
        { messageId: 'keys', at: 'EXI-99', line: 482, data: { key: 'EXI-99' }, message: 'Unknown key ‘EXI-99’: the keys here are clause requirements, EXI-17 to EXI-30.' },
      ],
    },
    {
      name: 'a clause the contract section cannot hold, in French', change: (d) => { d.contract['EXI-16'] = 'Annexe 9'; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'keys', at: 'EXI-16', line: 482, data: { key: 'EXI-16' }, message: 'Clé inconnue «\u00a0EXI-16\u00a0»\u00a0: les clés attendues ici sont des exigences de clause, de EXI-17 à EXI-30.' },
      ],
    },
    {
      name: 'two unknown keys in one entry, each reported', change: (d) => { d.subcontractors[0].nmae = 'X'; d.subcontractors[0].zzzzzz = 1; },
      errors: [
        { messageId: 'plain', at: 'nmae', line: 469, data: { key: 'nmae' }, message: 'Unknown key ‘nmae’. Expected one of: ‘id’, ‘name’, ‘role’, ‘activities’, ‘certificate’, ‘storage_countries’, ‘remote_access’, ‘third_country_laws’, ‘secnumcloud’, ‘under_host_supervision’.' },
        { messageId: 'plain', at: 'zzzzzz', line: 470, data: { key: 'zzzzzz' }, message: 'Unknown key ‘zzzzzz’. Expected one of: ‘id’, ‘name’, ‘role’, ‘activities’, ‘certificate’, ‘storage_countries’, ‘remote_access’, ‘third_country_laws’, ‘secnumcloud’, ‘under_host_supervision’.' },
      ],
    },
  ],
});
