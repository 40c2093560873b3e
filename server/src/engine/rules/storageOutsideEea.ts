import { adequacyDecision, countryName, isCountry, isInEea, territory, territoryCase } from '../catalog';
import { storageCountries } from '../facts/sovereignty';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'storage-outside-eea',
  severity: 'error',
  requirement: 'EXI-28',
  docs: {
    en: 'Health data is stored only in the European Economic Area, a territory: the EU with its outermost regions (La Réunion, Guadeloupe…), Iceland, Liechtenstein and Norway; overseas countries and territories (French Polynesia…) and Svalbard are outside, and an adequacy decision does not make a country eligible for storage.',
    fr: 'Les données de santé ne sont stockées que dans l’Espace économique européen, un territoire : l’UE avec ses régions ultrapériphériques (La Réunion, la Guadeloupe…), l’Islande, le Liechtenstein et la Norvège ; les pays et territoires d’outre-mer (Polynésie française…) et le Svalbard en sont exclus, et une décision d’adéquation ne rend pas un pays éligible au stockage.',
  },
  messages: {
    site: {
      en: 'Storage outside the EEA: {country} ({code}). EXI-28 requires health data to be stored in the EEA only.',
      fr: 'Stockage hors de l’EEE : {country} ({code}). L’EXI-28 impose de ne stocker les données de santé que dans l’EEE.',
    },
    adequacy: {
      en: 'Storage outside the EEA: {country} ({code}). EXI-28 requires storage in the EEA only; an adequacy decision does not change that (it matters only for remote access, EXI-29).',
      fr: 'Stockage hors de l’EEE : {country} ({code}). L’EXI-28 impose un stockage dans l’EEE uniquement ; une décision d’adéquation n’y change rien (elle ne compte que pour l’accès à distance, EXI-29).',
    },
    territory: {
      en: 'Storage outside the EEA: {country} ({code}). Case: {case} ({source}), outside the EU and the EEA. EXI-28 requires health data to be stored in the EEA only.',
      fr: 'Stockage hors de l’EEE : {country} ({code}). Cas : {case} ({source}), hors de l’UE et de l’EEE. L’EXI-28 impose de ne stocker les données de santé que dans l’EEE.',
    },
  },
  check({ declaration, options, report }) {
    for (const country of storageCountries(declaration)) {
      if (!isCountry(country.value) || isInEea(country.value)) continue;
      const where = territory(country.value);
      const known = territoryCase(where.case);
      const args = { country: countryName(country.value, options.locale), code: quoted(country.value) };
      const data = { country: country.value, ...(country.subcontractor ? { subcontractor: country.subcontractor } : {}) };
      if (known) {
        report({ messageId: 'territory', at: country.at, args: { ...args, case: known.name, source: where.source ?? '' }, data: { ...data, case: where.case } });
      } else {
        report({ messageId: adequacyDecision(country.value) ? 'adequacy' : 'site', at: country.at, args, data });
      }
    }
  },
});
