import { testRule } from '../ruleTester';

testRule('guarantees-answer-missing', {
  valid: [
    { name: 'every actor answers, none included' },
    { name: 'lists and a partial SecNumCloud qualification are answers', change: (d) => { d.host = { remote_access: [{ from: 'TN', basis: 'scc', customer_informed: 'Contract §8' }], third_country_laws: [], secnumcloud: { services: ['IaaS'] } }; } },
    {
      name: 'a subcontractor under the host’s supervision has no row of its own',
      change: (d) => {
        d.scope.activities.administration = { provided: 'in-house-and-subcontracted', by: ['ops'] };
        d.subcontractors.push({ id: 'ops', name: 'Ops SARL', activities: ['administration'], under_host_supervision: true });
      },
    },
  ],
  invalid: [
    {
      name: 'a host that has answered nothing',
      change: (d) => { delete d.host; },
      errors: [
        { messageId: 'remoteAccess', at: 'organization', line: 1, data: { actor: 'host', key: 'remote_access' }, message: 'The host does not answer EXI-29 in the presentation of guarantees' },
        { messageId: 'laws', at: 'organization', line: 1, data: { actor: 'host', key: 'third_country_laws' }, message: 'The host does not answer EXI-30 in the presentation of guarantees' },
        { messageId: 'secnumcloud', at: 'organization', line: 1, data: { actor: 'host', key: 'secnumcloud' }, message: 'The host does not say whether it holds the SecNumCloud qualification' },
      ],
    },
    {
      name: 'a silent subcontractor',
      change: (d) => { for (const key of ['remote_access', 'third_country_laws', 'secnumcloud', 'role']) delete d.subcontractors[0][key]; },
      errors: [
        { messageId: 'remoteAccess', at: 'dc', line: 452, data: { actor: 'subcontractor', subcontractor: 'dc', key: 'remote_access' } },
        { messageId: 'laws', at: 'dc', line: 452, data: { actor: 'subcontractor', subcontractor: 'dc', key: 'third_country_laws' } },
        { messageId: 'secnumcloud', at: 'dc', line: 452, data: { actor: 'subcontractor', subcontractor: 'dc', key: 'secnumcloud' } },
        { messageId: 'role', at: 'dc', line: 452, data: { actor: 'subcontractor', subcontractor: 'dc', key: 'role' }, message: 'Subcontractor ‘dc’ has no role in the presentation of guarantees: add role' },
      ],
    },
    {
      name: 'the host silent on EXI-30, in French',
      change: (d) => { delete d.host.third_country_laws; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'laws', at: 'host', line: 484, data: { actor: 'host', key: 'third_country_laws' }, message: 'L’hébergeur ne répond pas à l’EXI-30 dans la présentation des garanties\u00a0: dites s’il est exposé' }],
    },
  ],
});
