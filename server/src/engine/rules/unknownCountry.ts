import { isCountry } from '../catalog';
import { defineRule, quoted } from '../rule';
import { countryRefs } from './storageOutsideEea';

export default defineRule({
  code: 'unknown-country',
  severity: 'error',
  docs: { en: 'Countries are written as ISO 3166-1 alpha-2 codes in capitals (FR, DE, NO…).', fr: 'Les pays s’écrivent en codes ISO 3166-1 alpha-2 majuscules (FR, DE, NO…).' },
  messages: {
    unknown: { en: '{code} is not an ISO 3166-1 country code.', fr: "{code} n’est pas un code pays ISO 3166-1." },
    suggestion: { en: '{code} is not an ISO 3166-1 country code: did you mean {suggestion}?', fr: "{code} n’est pas un code pays ISO 3166-1 : vouliez-vous dire {suggestion} ?" },
    greece: { en: 'Greece is GR in ISO 3166-1 (EL is the EU’s own abbreviation).', fr: "La Grèce s’écrit GR en ISO 3166-1 (EL est l’abréviation propre à l’UE)." },
  },
  check({ declaration, report }) {
    for (const country of [...countryRefs(declaration), ...declaration.subcontractors.flatMap((s) => s.remoteAccess.flatMap((access) => (access.from ? [access.from] : [])))]) {
      const code = country.value;
      if (isCountry(code)) continue;
      if (code.toUpperCase() === 'EL') {
        report({ messageId: 'greece', at: country.at, data: { code, suggestion: 'GR' } });
      } else if (isCountry(code.toUpperCase())) {
        report({ messageId: 'suggestion', at: country.at, args: { code: quoted(code), suggestion: quoted(code.toUpperCase()) }, data: { code, suggestion: code.toUpperCase() } });
      } else {
        report({ messageId: 'unknown', at: country.at, args: { code: quoted(code) }, data: { code } });
      }
    }
  },
});
