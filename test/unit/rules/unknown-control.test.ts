import { testRule } from '../ruleTester';

testRule('unknown-control', {
  valid: [{ name: 'the clean declaration' }],
  invalid: [
    { name: 'a control beyond 8.34', change: (d) => { d.risks[0].controls = ['8.35']; }, message: "‘8.35’ is not an ISO/IEC 27001:2022 Annex A control" },
    { name: 'a 2013 control number', change: (d) => { d.soa[0].control = 'A.9.2.1'; }, message: 'ISO/IEC 27001:2013' },
    { name: 'in French', change: (d) => { d.risks[0].controls = ['9.1']; }, options: { locale: 'fr' }, message: "n’est pas une mesure de l’annexe A" },
  ],
});
