import { isAnswered } from '../facts/placeholders';
import { storageCountries } from '../facts/sovereignty';
import { defineRule } from '../rule';

export default defineRule({
  code: 'storage-location-missing',
  severity: 'error',
  requirement: 'EXI-28',
  sources: ['csp-r1111-11-3'],
  docs: {
    en: 'The declaration names where health data is stored: a storage site with its country under scope.storage, or a subcontractor’s storage_countries. EXI-28 makes the host document the storage location and tell the customer, and the contract states the hosting locations (art. R.1111-11, 3° of the Public Health Code). An error, not a warning: an auditor who finds the location documented nowhere raises a nonconformity, and without it no check can show that storage stays in the EEA. A scope that provides no activity but administration stores nothing and is not asked.',
    fr: 'La déclaration indique où les données de santé sont stockées\u00a0: un site de stockage avec son pays sous scope.storage, ou les storage_countries d’un sous-traitant. L’EXI-28 impose à l’hébergeur de documenter le lieu de stockage et de le communiquer au client, et le contrat indique les lieux d’hébergement (art. R.1111-11, 3° du code de la santé publique). Une erreur, pas un avertissement\u00a0: un auditeur qui ne trouve ce lieu documenté nulle part relève une non-conformité, et sans lui rien ne permet de vérifier que le stockage reste dans l’EEE. Un périmètre qui n’assure que l’administration ne stocke rien et n’est pas concerné.',
  },
  messages: {
    missing: {
      en: 'No storage location is declared: no storage site with its country under scope.storage, and no subcontractor storage_countries. EXI-28: document where health data is stored (the contract states it, art. R.1111-11, 3° of the Public Health Code).',
      fr: 'Aucun lieu de stockage n’est déclaré\u00a0: ni site de stockage avec son pays sous scope.storage, ni storage_countries de sous-traitant. EXI-28\u00a0: documentez où les données de santé sont stockées (le contrat l’indique, art. R.1111-11, 3° du code de la santé publique).',
    },
  },
  check({ declaration, report }) {
    // Without a scope section, missing-section already asks for it.
    const scope = declaration.sections.get('scope')?.[0];
    if (!scope) return;
    if (storageCountries(declaration).some((country) => isAnswered(country.value))) return;
    // Storage is expected unless the scope lists its activities and provides none but administration.
    const storesData = declaration.activities.length === 0 || declaration.activities.some((scoped) => scoped.activity.id !== 'administration' && scoped.provided !== 'not-provided');
    if (!storesData) return;
    report({ messageId: 'missing', at: { file: scope.file, path: ['scope', 'storage'] }, part: 'key' });
  },
});
