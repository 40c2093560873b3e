import { testRule } from '../ruleTester';

testRule('evidence-outside-workspace', {
  valid: [{ name: 'evidence inside', change: (d) => { d.soa[0].evidence = ['docs/pssi.pdf', './a/../b.pdf']; } }],
  invalid: [
    { name: 'a parent-folder escape', change: (d) => { d.soa[0].evidence = ['../../etc/passwd']; }, message: 'lies outside the workspace' },
    { name: 'an absolute path', change: (d) => { d.soa[0].evidence = ['/home/someone/pssi.pdf']; }, message: 'outside' },
    { name: 'a web address', change: (d) => { d.soa[0].evidence = ['https://intranet.example/pssi.pdf']; }, message: 'outside' },
  ],
});
