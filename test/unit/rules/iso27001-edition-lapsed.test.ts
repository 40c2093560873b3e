import { testRule } from '../ruleTester';

testRule('iso27001-edition-lapsed', {
  valid: [
    { name: 'a certificate to the 2022 edition', change: (d) => { d.certification.iso27001.edition = 2022; } },
    { name: 'a 2013 certificate on its last valid day', change: (d) => { d.certification.iso27001.edition = 2013; }, options: { today: '2025-10-31' } },
  ],
  invalid: [
    {
      name: 'a 2013 certificate the day after the transition ended',
      change: (d) => { d.certification.iso27001.edition = 2013; },
      options: { today: '2025-11-01' },
      errors: [{ messageId: 'lapsed', at: '2013', line: 18, data: { edition: 2013, lastDay: '2025-10-31' }, message: 'is to the 2013 edition, whose certificates lapsed after 31 October 2025' }],
    },
    {
      name: 'a 2013 certificate, in French',
      change: (d) => { d.certification.iso27001.edition = 2013; },
      options: { locale: 'fr' },
      errors: [{ messageId: 'lapsed', at: '2013', line: 18, data: { edition: 2013, lastDay: '2025-10-31' }, message: 'dont les certificats ont cessé d’être valables après le 31\u00a0octobre 2025\u00a0:' }],
    },
  ],
});
