import { splitDeclaration } from '../fixtures';
import { testRule } from '../ruleTester';

testRule('iso27001-scope', {
  valid: [
    { name: 'covers the HDS scope' },
    { name: 'not said either way (missing-key\'s concern)', change: (d) => { delete d.certification.iso27001.covers_hds_scope; } },
    { name: 'no certification section at all (missing-section\'s concern)', change: (d) => { delete d.certification; } },
  ],
  invalid: [
    {
      // EXI-01: the HDS certificate rests on an ISO/IEC 27001 certified ISMS; without one, nothing else holds.
      name: 'no ISO/IEC 27001 certificate declared', change: (d) => { delete d.certification.iso27001; },
      errors: [
        { messageId: 'missing', at: 'certification', line: 4, data: undefined, message: 'No ISO/IEC 27001 certificate is declared, yet HDS certification requires an ISMS certified ISO/IEC 27001 whose scope covers all your health data hosting (EXI-01): add `certification.iso27001`' },
      ],
    },
    {
      name: 'a placeholder is not a certificate, in French', change: (d) => { d.certification.iso27001 = 'TODO'; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'missing', at: 'iso27001', line: 14, message: 'Aucun certificat ISO/IEC 27001 n’est déclaré, alors que la certification HDS exige un SMSI certifié ISO/IEC 27001 dont le périmètre couvre tout votre hébergement de données de santé (EXI-01)\u00a0: ajoutez `certification.iso27001`' },
      ],
    },
    {
      name: 'does not cover the HDS scope', change: (d) => { d.certification.iso27001.covers_hds_scope = false; },
      errors: [
        { messageId: 'notCovering', at: 'false', line: 17, message: 'The ISMS certified ISO/IEC 27001 must cover the whole HDS scope (EXI-01, EXI-04): extend its scope, then set `covers_hds_scope: true`.' },
      ],
    },
    {
      name: 'in a file of its own, in French',
      files: (() => {
        const { main, soa, risks, subcontractors } = splitDeclaration();
        const { iso27001, ...certification } = main.certification;
        return { 'main.hds.yaml': { ...main, ...soa, ...risks, ...subcontractors, certification }, 'iso.hds.yaml': { certification: { iso27001: { ...iso27001, covers_hds_scope: false } } } };
      })(),
      options: { locale: 'fr' },
      errors: [
        { messageId: 'notCovering', at: 'false', line: 4, file: 'iso.hds.yaml', message: 'Le SMSI certifié ISO/IEC 27001 doit couvrir tout le périmètre HDS (EXI-01, EXI-04)\u00a0: étendez son périmètre, puis indiquez `covers_hds_scope: true`.' },
      ],
    },
  ],
});
