import { testRule } from '../ruleTester';

testRule('evidence-not-found', {
  valid: [
    { name: 'evidence that exists', change: (d) => { d.soa[0].evidence = ['docs/pssi.pdf']; }, options: { fileExists: (uri) => uri === 'file:///workspace/declaration/docs/pssi.pdf' } },
    { name: 'no file check available', change: (d) => { d.soa[0].evidence = ['docs/missing.pdf']; } },
  ],
  invalid: [
    { name: 'evidence that does not exist', change: (d) => { d.soa[0].evidence = ['docs/missing.pdf']; }, options: { fileExists: () => false }, message: '‘docs/missing.pdf’ does not exist', at: 'docs/missing.pdf' },
  ],
});
