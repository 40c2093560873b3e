import { defineRule } from '../rule';

export default defineRule({
  code: 'iso27001-scope',
  severity: 'error',
  requirement: 'EXI-01',
  docs: { en: 'The scope of the ISO/IEC 27001 certified ISMS covers all the HDS activities.', fr: 'Le périmètre du SMSI certifié ISO/IEC 27001 couvre toutes les activités HDS.' },
  messages: {
    notCovering: {
      en: 'The ISMS certified ISO/IEC 27001 must cover the whole HDS scope (EXI-01, EXI-04): extend its scope, then set `covers_hds_scope: true`.',
      fr: "Le SMSI certifié ISO/IEC 27001 doit couvrir tout le périmètre HDS (EXI-01, EXI-04) : étendez son périmètre, puis indiquez `covers_hds_scope: true`.",
    },
  },
  check({ declaration, report }) {
    const covers = declaration.isoCertificate?.coversHdsScope;
    if (covers && covers.value === false) report({ messageId: 'notCovering', at: covers.at });
  },
});
