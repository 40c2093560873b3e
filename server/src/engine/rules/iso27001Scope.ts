import { nodeAt } from '../yamlFile';
import { defineRule } from '../rule';

export default defineRule({
  code: 'iso27001-scope',
  severity: 'error',
  requirement: 'EXI-01',
  docs: {
    en: 'The HDS certificate rests on an ISO/IEC 27001 certified ISMS: the declaration gives that certificate, and the scope of the ISMS covers all the HDS activities.',
    fr: 'Le certificat HDS repose sur un SMSI certifié ISO/IEC 27001\u00a0: la déclaration donne ce certificat, et le périmètre du SMSI couvre toutes les activités HDS.',
  },
  messages: {
    missing: {
      en: 'No ISO/IEC 27001 certificate is declared, yet HDS certification requires an ISMS certified ISO/IEC 27001 whose scope covers all your health data hosting (EXI-01): add `certification.iso27001` (body, number, edition, expiry, `covers_hds_scope`).',
      fr: 'Aucun certificat ISO/IEC 27001 n’est déclaré, alors que la certification HDS exige un SMSI certifié ISO/IEC 27001 dont le périmètre couvre tout votre hébergement de données de santé (EXI-01)\u00a0: ajoutez `certification.iso27001` (organisme, numéro, édition, expiration, `covers_hds_scope`).',
    },
    notCovering: {
      en: 'The ISMS certified ISO/IEC 27001 must cover the whole HDS scope (EXI-01, EXI-04): extend its scope, then set `covers_hds_scope: true`.',
      fr: 'Le SMSI certifié ISO/IEC 27001 doit couvrir tout le périmètre HDS (EXI-01, EXI-04)\u00a0: étendez son périmètre, puis indiquez `covers_hds_scope: true`.',
    },
  },
  check({ declaration, report }) {
    const iso = declaration.isoCertificate;
    if (!iso) {
      // No certification section at all is missing-section's finding; here the section is there without the certificate.
      const sections = declaration.sections.get('certification') ?? [];
      if (sections.length === 0) return;
      // Written but not a certificate (`iso27001: TODO`, an empty key): point at it; else at the section.
      const written = sections.find((section) => nodeAt(section.file, [...section.path, 'iso27001']));
      report({ messageId: 'missing', at: written ? { file: written.file, path: [...written.path, 'iso27001'] } : sections[0], part: 'key' });
      return;
    }
    const covers = iso.coversHdsScope;
    if (covers && covers.value === false) report({ messageId: 'notCovering', at: covers.at });
  },
});
