import { testRule } from '../ruleTester';

testRule('remote-access-without-basis', {
  valid: [
    { name: 'no remote access' },
    { name: 'access from inside the EEA needs no basis', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'DE' }]; } },
    { name: 'access from India under SCC', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'IN', basis: 'scc' }]; } },
    { name: 'access from Switzerland under its adequacy decision', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'CH', basis: 'adequacy' }]; } },
  ],
  invalid: [
    { name: 'access from India with no basis', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'IN' }]; }, message: 'without a GDPR legal basis', at: 'IN' },
    { name: 'access from Japan with no basis suggests adequacy', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'JP' }]; }, message: 'basis: adequacy would do' },
    { name: 'adequacy claimed for a country without a decision', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'IN', basis: 'adequacy' }]; }, message: 'No EU adequacy decision covers India', at: 'adequacy' },
  ],
});
