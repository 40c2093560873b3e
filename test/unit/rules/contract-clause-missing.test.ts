import { testRule } from '../ruleTester';

testRule('contract-clause-missing', {
  valid: [
    { name: 'all twelve clauses referenced, EXI-28 (hosting locations) included' },
    { name: 'clauses given outside EXI-17..EXI-28 do not count against it', change: (d) => { d.contract['EXI-05'] = 'Annex 3'; } },
    { name: 'EXI-29 and EXI-30 are due only where they apply: their absence, or a "none", is not this rule’s', change: (d) => { d.contract['EXI-29'] = 'none'; } },
    { name: 'a reference that merely contains “none” or “aucun” is one', change: (d) => { d.contract['EXI-18'] = 'Annex 2, none of the options excluded'; d.contract['EXI-19'] = 'Article 4 (aucun transfert)'; } },
  ],
  invalid: [
    {
      name: 'EXI-22 missing: the fix adds it, in EXI order, with a TODO',
      change: (d) => { delete d.contract['EXI-22']; },
      errors: [{
        messageId: 'missing', at: 'contract', line: 469, data: { clause: 'EXI-22' },
        message: 'No contract reference for EXI-22 (',
        fix: { title: 'Add EXI-22 to the contract section', fixed: '  EXI-22: "TODO section of the contract"  # Contract: use of external providers' },
      }],
    },
    {
      name: 'EXI-28 missing: every contract states the hosting locations (R.1111-11, 3°)',
      change: (d) => { delete d.contract['EXI-28']; },
      errors: [{
        messageId: 'missing', at: 'contract', line: 469, data: { clause: 'EXI-28' },
        message: 'No contract reference for EXI-28 (Health data stored only in the EEA).',
        fix: { title: 'Add EXI-28 to the contract section', fixed: '  EXI-28: "TODO section of the contract"  # Health data stored only in the EEA' },
      }],
    },
    {
      name: 'EXI-18 blank, reported on its key, in French',
      change: (d) => { d.contract['EXI-18'] = ' '; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'missing', at: 'EXI-18', line: 471, data: { clause: 'EXI-18' }, message: 'Aucune référence contractuelle pour EXI-18 (' }],
    },
    {
      name: 'a clause answered with a placeholder has no reference yet: missing, reported on the placeholder',
      change: (d) => { d.contract['EXI-18'] = '...'; d.contract['EXI-19'] = 'TODO section of the contract'; },
      errors: [
        { messageId: 'missing', at: '...', line: 471, data: { clause: 'EXI-18', undecided: true }, message: 'No contract reference for EXI-18 (' },
        { messageId: 'missing', at: 'TODO section of the contract', line: 472, data: { clause: 'EXI-19', undecided: true } },
      ],
    },
    {
      name: 'N/A says the clause does not exist: missing, reported on the value',
      change: (d) => { d.contract['EXI-18'] = 'N/A'; },
      errors: [{
        messageId: 'notAReference', at: 'N/A', line: 471, data: { clause: 'EXI-18' },
        message: '‘N/A’ is not a contract reference for EXI-18 (Contract: description of the services): every hosting contract has this clause; give the section or annex that covers it.',
      }],
    },
    {
      name: 'none, a dash, Néant and “non applicable”, in French',
      change: (d) => { d.contract['EXI-19'] = 'none'; d.contract['EXI-20'] = '-'; d.contract['EXI-27'] = 'Néant'; d.contract['EXI-28'] = 'non applicable'; },
      options: { locale: 'fr' },
      errors: [
        { messageId: 'notAReference', at: 'none', line: 472, data: { clause: 'EXI-19' }, message: '«\u00a0none\u00a0» n’est pas une référence contractuelle pour EXI-19 (' },
        { messageId: 'notAReference', at: '"-"', line: 473, data: { clause: 'EXI-20' } },
        { messageId: 'notAReference', at: 'Néant', line: 480, data: { clause: 'EXI-27' } },
        { messageId: 'notAReference', at: 'non applicable', line: 481, data: { clause: 'EXI-28' }, message: 'tout contrat d’hébergement comporte cette clause\u00a0; indiquez l’article ou l’annexe qui la traite.' },
      ],
    },
    {
      name: 'aucun and aucune',
      change: (d) => { d.contract['EXI-23'] = 'aucun'; d.contract['EXI-24'] = 'Aucune.'; },
      errors: [
        { messageId: 'notAReference', at: 'aucun', line: 476, data: { clause: 'EXI-23' } },
        { messageId: 'notAReference', at: 'Aucune.', line: 477, data: { clause: 'EXI-24' } },
      ],
    },
    { name: 'an empty contract section', change: (d) => { d.contract = {}; }, errors: 12 },
  ],
});
