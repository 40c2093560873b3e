import { controls } from '../../../server/src/engine/catalog';
import { testRule } from '../ruleTester';
import type { Yaml } from '../fixtures';

/** Excludes `id` in the SoA, with a justification (soa-justification-missing stays quiet). */
function exclude(d: Yaml, id: string): void {
  d.soa[controls.findIndex((control) => control.id === id)] = { control: id, applicable: false, justification: 'Not relevant to us.' };
}

testRule('soa-exclusion-not-allowed', {
  valid: [
    { name: 'every control applicable' },
    { name: 'a control HDS does not require, excluded', change: (d) => exclude(d, '7.9') },
    { name: 'backup (8.13) excluded by a host that provides no backup', change: (d) => exclude(d, '8.13') },
    {
      name: 'access rights (5.18) excluded by a host that runs no activity in-house',
      change: (d) => {
        d.scope.activities['application-platform'] = { provided: 'subcontracted', by: ['dc'] };
        d.scope.activities.administration = { provided: 'subcontracted', by: ['dc'] };
        exclude(d, '5.18');
      },
    },
    {
      name: 'supplier relationships (5.19) excluded by a host that subcontracts nothing',
      change: (d) => {
        d.scope.activities['physical-sites'] = { provided: 'in-house' };
        d.scope.activities.hardware = { provided: 'in-house' };
        d.subcontractors[0].activities = [];
        exclude(d, '5.19');
      },
    },
  ],
  invalid: [
    {
      name: 'logging (8.15) excluded: EXI-15, EXI-16, EXI-05',
      change: (d) => exclude(d, '8.15'),
      errors: [{
        messageId: 'notExcludable', at: 'false', line: 261, data: { control: '8.15' },
        message: 'Control 8.15 (Logging) cannot be excluded: EXI-15 requires you to let customers consult the traces of access to their health data, EXI-16 your internal audits to review the traces of access by your staff, and EXI-05 (event D.c) the risk assessment to consider the traceability of access: none of this exists without logs. Make it applicable (`applicable: true`) and record how it is implemented.',
      }],
    },
    {
      name: 'privacy (5.34) excluded, in French',
      change: (d) => exclude(d, '5.34'),
      options: { locale: 'fr' },
      errors: [{
        messageId: 'notExcludable', at: 'false', line: 141, data: { control: '5.34' },
        message: 'La mesure 5.34 (Protection de la vie privée et des données à caractère personnel (DCP)) ne peut pas être exclue\u00a0: l’EXI-09 exige que vos objectifs de sécurité comprennent la protection des données de santé que vos clients vous confient et le respect des obligations du RGPD. Rendez-la applicable',
      }],
    },
    {
      name: 'backup (8.13) excluded by a host that provides backup (even subcontracted)',
      change: (d) => { d.scope.activities.backup = { provided: 'subcontracted', by: ['dc'] }; exclude(d, '8.13'); },
      errors: [{ messageId: 'notExcludable', at: 'false', line: 257, data: { control: '8.13' }, message: 'you provide backup, and EXI-04 requires' }],
    },
    {
      name: 'access rights (5.18) excluded by a host that administers its platform in-house',
      change: (d) => exclude(d, '5.18'),
      errors: [{ messageId: 'notExcludable', at: 'false', line: 93, data: { control: '5.18' }, message: 'Control 5.18 (Access rights) cannot be excluded: you administer systems in-house, and EXI-05 (event D.a)' }],
    },
    {
      name: 'supplier relationships (5.19 to 5.22) excluded by a host that subcontracts',
      change: (d) => { for (const id of ['5.19', '5.20', '5.21', '5.22']) exclude(d, id); },
      errors: [
        { messageId: 'notExcludable', at: 'false', line: 96, data: { control: '5.19' }, message: 'EXI-06' },
        { messageId: 'notExcludable', at: 'false', line: 99, data: { control: '5.20' }, message: 'EXI-22' },
        { messageId: 'notExcludable', at: 'false', line: 102, data: { control: '5.21' } },
        { messageId: 'notExcludable', at: 'false', line: 105, data: { control: '5.22' }, message: 'EXI-14' },
      ],
    },
    {
      name: 'subcontracting a subcontractor’s own list shows, though the scope says in-house',
      change: (d) => {
        d.scope.activities['physical-sites'] = { provided: 'in-house' };
        d.scope.activities.hardware = { provided: 'in-house' };
        exclude(d, '5.19');
      },
      errors: [{ messageId: 'notExcludable', at: 'false', line: 92, data: { control: '5.19' } }],
    },
  ],
});
