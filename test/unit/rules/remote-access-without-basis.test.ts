import { testRule } from '../ruleTester';

testRule('remote-access-without-basis', {
  valid: [
    { name: 'no remote access (none is an answer)' },
    { name: 'access from inside the EEA needs no basis', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'DE' }]; } },
    { name: 'access from La Réunion is access from inside the EEA, not a transfer', change: (d) => { d.host.remote_access = [{ from: 'RE' }]; } },
    { name: 'access from India under SCC', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'IN', basis: 'scc', customer_informed: 'Contract §7' }]; } },
    { name: 'the host’s team in Tunis under BCR', change: (d) => { d.host.remote_access = [{ from: 'TN', basis: 'bcr', customer_informed: 'Contract §7' }]; } },
    { name: 'access from Switzerland under its adequacy decision', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'CH', basis: 'adequacy' }]; } },
    { name: 'access from the US under adequacy, by a DPF-certified recipient', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'US', basis: 'adequacy', dpf_certified: true }]; } },
    { name: 'access from the US under adequacy, scope not stated yet: a warning of adequacy-scope-unconfirmed, not an error', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'US', basis: 'adequacy' }]; } },
  ],
  invalid: [
    {
      name: 'access from India with no basis',
      change: (d) => { d.subcontractors[0].remote_access = [{ from: 'IN' }]; },
      errors: [{ messageId: 'missing', at: 'IN', line: 466, data: { actor: 'subcontractor', subcontractor: 'dc', country: 'IN' }, message: 'Remote access from outside the EEA (India, ‘IN’) without a GDPR legal basis (EXI-29): add `basis: scc` or `bcr` (GDPR art. 46).' }],
    },
    {
      name: 'the host’s own access from Japan with no basis suggests adequacy',
      change: (d) => { d.host.remote_access = [{ from: 'JP' }]; },
      errors: [{ messageId: 'missingAdequate', at: 'JP', line: 486, data: { actor: 'host', country: 'JP' }, message: 'This country has an EU adequacy decision (2019-01-23): `basis: adequacy` would do, within its scope.' }],
    },
    {
      name: 'adequacy claimed for a country without a decision',
      change: (d) => { d.subcontractors[0].remote_access = [{ from: 'IN', basis: 'adequacy' }]; },
      errors: [{ messageId: 'noDecision', at: 'adequacy', line: 467, data: { actor: 'subcontractor', subcontractor: 'dc', country: 'IN' }, message: 'No EU adequacy decision covers India (‘IN’)', fix: { title: 'Change to ‘scc’', fixed: '        basis: scc' } }],
    },
    {
      name: 'standing access on an art. 49 derogation',
      change: (d) => { d.host.remote_access = [{ from: 'MA', basis: 'derogation', purpose: 'Night support' }]; },
      errors: [{ messageId: 'derogation', at: 'derogation', line: 487, data: { actor: 'host', country: 'MA' }, message: 'A GDPR art. 49 derogation covers only occasional transfers in specific situations; declared, standing remote access from Morocco (‘MA’) cannot rest on it.', fix: { title: 'Change to ‘scc’', fixed: '      basis: scc' } }],
    },
    {
      name: 'US adequacy for a recipient declared outside the Data Privacy Framework',
      change: (d) => { d.subcontractors[0].remote_access = [{ from: 'US', basis: 'adequacy', dpf_certified: false }]; },
      errors: [{ messageId: 'outOfScope', at: 'false', line: 468, data: { actor: 'subcontractor', subcontractor: 'dc', country: 'US', key: 'dpf_certified' }, message: 'this one is declared outside it (`dpf_certified: false`)' }],
    },
    {
      name: 'a derogation, in French',
      change: (d) => { d.subcontractors[0].remote_access = [{ from: 'TN', basis: 'derogation' }]; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'derogation', at: 'derogation', line: 467, data: { actor: 'subcontractor', subcontractor: 'dc', country: 'TN' }, message: 'Une dérogation de l’art. 49 RGPD ne couvre que des transferts ponctuels', fix: { title: 'Remplacer par «\u00a0scc\u00a0»', fixed: '        basis: scc' } }],
    },
  ],
});
