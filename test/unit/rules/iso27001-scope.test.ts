import { splitDeclaration } from '../fixtures';
import { testRule } from '../ruleTester';

testRule('iso27001-scope', {
  valid: [
    { name: 'covers the HDS scope' },
    { name: 'not said either way (missing-key\'s concern)', change: (d) => { delete d.certification.iso27001.covers_hds_scope; } },
    { name: 'no ISO/IEC 27001 certificate declared', change: (d) => { delete d.certification.iso27001; } },
  ],
  invalid: [
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
