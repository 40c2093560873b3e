import { testRule } from '../ruleTester';

testRule('law-exposure-incomplete', {
  valid: [
    { name: 'no exposure' },
    { name: 'an exposure with mitigations and residual risks', change: (d) => { d.subcontractors[0].third_country_laws = [{ law: 'US CLOUD Act', mitigations: 'Encryption', residual_risks: 'Low' }]; } },
  ],
  invalid: [
    { name: 'an exposure with neither', change: (d) => { d.subcontractors[0].third_country_laws = [{ law: 'US CLOUD Act' }]; }, count: 2, at: 'US CLOUD Act' },
    { name: 'blank residual risks', change: (d) => { d.subcontractors[0].third_country_laws = [{ law: 'FISA 702', mitigations: 'Encryption', residual_risks: '  ' }]; }, message: 'residual risks' },
  ],
});
