import { isCountry, reservedCode } from '../catalog';
import { actors, storageCountries } from '../facts/sovereignty';
import { unknownReferenceReport } from '../facts/references';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'unknown-country',
  severity: 'error',
  docs: { en: 'Countries are written as ISO 3166-1 alpha-2 codes in capitals (FR, DE, NO…).', fr: 'Les pays s’écrivent en codes ISO 3166-1 alpha-2 majuscules (FR, DE, NO…).' },
  messages: {
    unknown: { en: '{code} is not an ISO 3166-1 country code.', fr: "{code} n’est pas un code pays ISO 3166-1." },
    suggestion: { en: '{code} is not an ISO 3166-1 country code: did you mean {suggestion}?', fr: "{code} n’est pas un code pays ISO 3166-1 : vouliez-vous dire {suggestion} ?" },
    greece: { en: 'Greece is GR in ISO 3166-1 (EL is the EU’s own abbreviation).', fr: "La Grèce s’écrit GR en ISO 3166-1 (EL est l’abréviation propre à l’UE)." },
    reserved: { en: '{code} is not an assigned ISO 3166-1 code: {note}', fr: '{code} n’est pas un code ISO 3166-1 attribué\u00a0: {note}' },
  },
  check({ declaration, report }) {
    for (const country of [...storageCountries(declaration), ...actors(declaration).flatMap((actor) => actor.remoteAccess.flatMap((access) => (access.from ? [access.from] : [])))]) {
      const code = country.value;
      if (isCountry(code)) continue;
      const upper = code.toUpperCase();
      const reserved = reservedCode(upper);
      if (reserved) {
        report({ messageId: 'reserved', at: country.at, args: { code: quoted(code), note: reserved.note }, data: { code, suggestion: reserved.write } });
        continue;
      }
      // EL is the EU's abbreviation for Greece, not its ISO code: it gets a message of its own.
      const suggestion = upper === 'EL' ? 'GR' : isCountry(upper) ? upper : undefined;
      report(unknownReferenceReport({ at: country.at, name: 'code', written: code, suggestion, messageIds: { suggestion: upper === 'EL' ? 'greece' : 'suggestion' } }));
    }
  },
});
