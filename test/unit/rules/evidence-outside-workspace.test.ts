import { testRule } from '../ruleTester';

testRule('evidence-outside-workspace', {
  valid: [
    { name: 'evidence inside, even through ./ and ../ that stay inside', change: (d) => { d.soa[0].evidence = ['docs/pssi.pdf', './a/../b.pdf']; } },
    { name: 'a file whose name starts with two dots', change: (d) => { d.soa[0].evidence = ['..notes.pdf']; } },
    { name: 'evidence inside that no symbolic link leads out', change: (d) => { d.soa[0].evidence = ['evidence/pssi.pdf']; }, options: { fileExists: () => true } },
    { name: 'no workspace folder known', change: (d) => { d.soa[0].evidence = ['../../etc/passwd']; }, options: { workspaceRoot: undefined } },
  ],
  invalid: [
    {
      name: 'inside as written, but a symbolic link on the way leads out', change: (d) => { d.soa[0].evidence = ['evidence/passwd']; }, options: { fileExists: (uri: string) => (uri.endsWith('/passwd') ? 'outside' : true) },
      errors: [
        { messageId: 'outside', at: 'evidence/passwd', line: 45, data: { path: 'evidence/passwd' }, message: 'Evidence ‘evidence/passwd’ lies outside the workspace: keep evidence files inside it.' },
      ],
    },
    {
      name: 'a parent-folder escape', change: (d) => { d.soa[0].evidence = ['../../etc/passwd']; },
      errors: [
        { messageId: 'outside', at: '../../etc/passwd', line: 45, data: { path: '../../etc/passwd' }, message: 'Evidence ‘../../etc/passwd’ lies outside the workspace: keep evidence files inside it.' },
      ],
    },
    {
      name: 'one level up, just outside', change: (d) => { d.soa[0].evidence = ['../pssi.pdf']; },
      errors: [
        { messageId: 'outside', at: '../pssi.pdf', line: 45, data: { path: '../pssi.pdf' }, message: 'Evidence ‘../pssi.pdf’ lies outside the workspace: keep evidence files inside it.' },
      ],
    },
    {
      name: 'an absolute path, in French', change: (d) => { d.soa[0].evidence = ['/home/someone/pssi.pdf']; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'outside', at: '/home/someone/pssi.pdf', line: 45, data: { path: '/home/someone/pssi.pdf' }, message: 'La preuve «\u00a0/home/someone/pssi.pdf\u00a0» se trouve hors de l’espace de travail\u00a0: rangez les preuves à l’intérieur.' },
      ],
    },
    {
      name: 'evidence named in the requirements register is kept inside too',
      files: { 'main.hds.yaml': 'hds: 2\nrequirements:\n  EXI-07: { status: met, evidence: [../support-fr.md] }\n' },
      errors: [{ messageId: 'outside', at: '../support-fr.md', line: 2, data: { path: '../support-fr.md' } }],
    },
    {
      name: 'a web address and a Windows path', change: (d) => { d.soa[0].evidence = ['https://intranet.clinique-test.fr/pssi.pdf', 'C:\\Users\\rssi\\pssi.pdf']; },
      errors: [
        { messageId: 'outside', at: 'https://intranet.clinique-test.fr/pssi.pdf', line: 45, data: { path: 'https://intranet.clinique-test.fr/pssi.pdf' }, message: 'Evidence ‘https://intranet.clinique-test.fr/pssi.pdf’ lies outside the workspace: keep evidence files inside it.' },
        { messageId: 'outside', at: 'C:\\Users\\rssi\\pssi.pdf', line: 46, data: { path: 'C:\\Users\\rssi\\pssi.pdf' }, message: 'Evidence ‘C:\\Users\\rssi\\pssi.pdf’ lies outside the workspace: keep evidence files inside it.' },
      ],
    },
  ],
});
