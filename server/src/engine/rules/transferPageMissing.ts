import { isCountry, isInEea } from '../catalog';
import { defineRule, listed } from '../rule';
import { countryRefs } from './storageOutsideEea';

export default defineRule({
  code: 'transfer-page-missing',
  severity: 'error',
  requirement: 'EXI-31',
  docs: {
    en: 'When data is stored or accessed from outside the EEA, the declaration gives the public page that maps those transfers (transfers.public_page).',
    fr: "Dès que des données sont stockées ou consultées hors de l'EEE, la déclaration donne la page publique qui cartographie ces transferts (transfers.public_page).",
  },
  messages: {
    missing: {
      en: 'Data leaves the EEA ({countries}) but no public transfer page is given: add transfers.public_page (EXI-31).',
      fr: "Des données sortent de l'EEE ({countries}) mais aucune page publique des transferts n'est indiquée : ajoutez transfers.public_page (EXI-31).",
    },
  },
  check({ declaration, report }) {
    if (declaration.transfers?.publicPage) return;
    const outside = [
      ...countryRefs(declaration),
      ...declaration.subcontractors.flatMap((subcontractor) => subcontractor.remoteAccess.flatMap((access) => (access.from ? [access.from] : []))),
    ].filter((country) => isCountry(country.value) && !isInEea(country.value));
    if (outside.length === 0) return;
    const countries = [...new Set(outside.map((country) => country.value))];
    const at = declaration.transfers?.at ?? outside[0].at;
    report({ messageId: 'missing', at, part: 'key', args: { countries: listed(countries) }, data: { countries } });
  },
});
