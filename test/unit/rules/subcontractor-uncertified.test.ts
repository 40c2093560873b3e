import { testRule } from '../ruleTester';
import type { Yaml } from '../fixtures';

/** An on-call operator under the host's supervision, performing `activity`. */
function supervised(d: Yaml, activity: string, provided: string): void {
  d.scope.activities[activity] = { provided, by: ['ops'] };
  d.subcontractors.push({ id: 'ops', name: 'Ops SARL', role: 'Night on-call', activities: [activity], under_host_supervision: true });
}

testRule('subcontractor-uncertified', {
  valid: [
    { name: 'a certified subcontractor' },
    { name: 'a supervised, uncertified subcontractor inside the host’s certified scope', change: (d) => supervised(d, 'administration', 'in-house-and-subcontracted') },
  ],
  invalid: [
    {
      name: 'a subcontractor with no certificate',
      change: (d) => { delete d.subcontractors[0].certificate; },
      errors: [
        { messageId: 'missing', at: 'dc', line: 23, data: { subcontractor: 'dc', activity: 'physical-sites' }, message: /^‘dc’ performs Physical sites but no HDS certificate is declared for it: .* \[CSP art\. L\.1111-8\]$/ },
        { messageId: 'missing', at: 'dc', line: 27, data: { subcontractor: 'dc', activity: 'hardware' } },
      ],
    },
    {
      name: 'a supervised subcontractor outside the host’s certified scope',
      change: (d) => supervised(d, 'backup', 'subcontracted'),
      errors: [{
        messageId: 'supervisedOutsideScope', at: 'ops', line: 37, data: { subcontractor: 'ops', activity: 'backup' },
        message: '‘ops’ has no HDS certificate of its own and acts under the host’s supervision, so the host’s HDS certificate must cover Health data backup, which it does not. [EXI-01]',
        related: [{ messageId: 'hostCertificate', at: 'activities', line: 11 }],
      }],
    },
    {
      name: 'no certificate, in French',
      change: (d) => { delete d.subcontractors[0].certificate; d.subcontractors[0].activities = ['physical-sites']; d.scope.activities.hardware = { provided: 'not-provided' }; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'missing', at: 'dc', line: 23, data: { subcontractor: 'dc', activity: 'physical-sites' }, message: 'dites-le avec `under_host_supervision: true`' }],
    },
  ],
});
