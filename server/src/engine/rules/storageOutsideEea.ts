import { adequacyDecision, countryName, isCountry, isInEea } from '../catalog';
import type { Declaration, Written } from '../declaration';
import { defineRule, quoted } from '../rule';

/** Every country where health data is stored: storage sites and subcontractors' storage countries. */
export function countryRefs(declaration: Declaration): (Written<string> & { subcontractor?: string })[] {
  return [
    ...declaration.storage.flatMap((site) => (site.country ? [site.country] : [])),
    ...declaration.subcontractors.flatMap((subcontractor) => subcontractor.storageCountries.map((country) => ({ ...country, subcontractor: subcontractor.id }))),
  ];
}

export default defineRule({
  code: 'storage-outside-eea',
  severity: 'error',
  requirement: 'EXI-28',
  docs: {
    en: 'Health data is stored only in the European Economic Area (EU + Iceland, Liechtenstein, Norway); an adequacy decision does not make a country eligible for storage.',
    fr: "Les données de santé ne sont stockées que dans l'Espace économique européen (UE + Islande, Liechtenstein, Norvège) ; une décision d'adéquation ne rend pas un pays éligible au stockage.",
  },
  messages: {
    site: {
      en: 'Storage outside the EEA: {country} ({code}). EXI-28 requires health data to be stored in the EEA only.',
      fr: "Stockage hors de l'EEE : {country} ({code}). EXI-28 impose de ne stocker les données de santé que dans l'EEE.",
    },
    adequacy: {
      en: 'Storage outside the EEA: {country} ({code}). EXI-28 requires storage in the EEA only; an adequacy decision does not change that (it matters only for remote access, EXI-29).',
      fr: "Stockage hors de l'EEE : {country} ({code}). EXI-28 impose un stockage dans l'EEE uniquement ; une décision d'adéquation n'y change rien (elle ne compte que pour l'accès à distance, EXI-29).",
    },
  },
  check({ declaration, options, report }) {
    for (const country of countryRefs(declaration)) {
      if (!isCountry(country.value) || isInEea(country.value)) continue;
      const adequate = adequacyDecision(country.value) !== undefined;
      report({
        messageId: adequate ? 'adequacy' : 'site',
        at: country.at,
        args: { country: countryName(country.value, options.locale), code: quoted(country.value) },
        data: { country: country.value, subcontractor: country.subcontractor },
      });
    }
  },
});
