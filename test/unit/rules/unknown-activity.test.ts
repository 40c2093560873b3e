import { testRule } from '../ruleTester';

testRule('unknown-activity', {
  valid: [
    { name: 'activities by number, 1 to 6', change: (d) => { d.risks[0].activities = [1, 2, 3, 4, 5, 6]; } },
    { name: 'an unknown activity key in the scope is left to unknown-key', change: (d) => { d.scope.activities.hosting = { provided: 'in-house' }; } },
    { name: 'every activity by name, in a certificate', change: (d) => { d.subcontractors[0].certificate.activities = ['physical-sites', 'hardware', 'virtual-infrastructure', 'application-platform', 'administration', 'backup']; } },
  ],
  invalid: [
    {
      name: 'a misspelled activity in a risk', change: (d) => { d.risks[0].activities = ['harware']; },
      errors: [
        { messageId: 'suggestion', at: 'harware', line: 325, data: { written: 'harware', suggestion: 'hardware' }, message: '‘harware’ is not an HDS activity: did you mean ‘hardware’?', fix: { title: 'Change to ‘hardware’', fixed: '      - hardware' } },
      ],
    },
    {
      name: 'activity number 7 and 0, in French', change: (d) => { d.subcontractors[0].activities = [7, 0]; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'unknown', at: '7', line: 455, data: { written: '7' }, message: '«\u00a07\u00a0» n’est pas une activité HDS. Activités\u00a0: physical-sites, hardware, virtual-infrastructure, application-platform, administration, backup.' },
        { messageId: 'unknown', at: '0', line: 456, data: { written: '0' }, message: '«\u00a00\u00a0» n’est pas une activité HDS. Activités\u00a0: physical-sites, hardware, virtual-infrastructure, application-platform, administration, backup.' },
      ],
    },
    {
      name: 'in the HDS certificate and a subcontractor certificate', change: (d) => { d.certification.hds.activities = ['application-platfrom', 'administration']; d.subcontractors[0].certificate.activities = ['hosting', 'hardware']; },
      errors: [
        { messageId: 'suggestion', at: 'application-platfrom', line: 12, data: { written: 'application-platfrom', suggestion: 'application-platform' }, message: '‘application-platfrom’ is not an HDS activity: did you mean ‘application-platform’?', fix: { title: 'Change to ‘application-platform’', fixed: '      - application-platform' } },
        { messageId: 'unknown', at: 'hosting', line: 460, data: { written: 'hosting' }, message: '‘hosting’ is not an HDS activity. Activities: physical-sites, hardware, virtual-infrastructure, application-platform, administration, backup.' },
      ],
    },
  ],
});
