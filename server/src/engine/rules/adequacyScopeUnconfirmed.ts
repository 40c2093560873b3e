import { adequacyDecision, countryName } from '../catalog';
import { actorData, actors } from '../facts/sovereignty';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'adequacy-scope-unconfirmed',
  severity: 'warning',
  requirement: 'EXI-29',
  docs: {
    en: 'Remote access that rests on an adequacy decision covering only some recipients (EU-US Data Privacy Framework, Canada’s PIPEDA, Japan’s APPI, Korea’s PIPA) says the recipient is within it (`dpf_certified: true`…).',
    fr: 'Un accès à distance fondé sur une décision d’adéquation qui ne couvre que certains destinataires (Data Privacy Framework UE–États-Unis, PIPEDA canadienne, APPI japonaise, PIPA coréenne) dit si le destinataire est dans son champ (`dpf_certified: true`…).',
  },
  messages: {
    unconfirmed: {
      en: 'The adequacy decision for {country} ({code}) covers only some recipients: {scope} Say whether this one is within it (`{key}: true` or `false`).',
      fr: 'La décision d’adéquation pour ce pays ({country}, {code}) ne couvre que certains destinataires : {scope} Dites si celui-ci en relève (`{key}: true` ou `false`).',
    },
  },
  check({ declaration, options, report }) {
    for (const actor of actors(declaration)) {
      for (const access of actor.remoteAccess) {
        const code = access.from?.value;
        if (!code || access.basis?.value !== 'adequacy') continue;
        const requires = adequacyDecision(code)?.requires;
        if (!requires || access.scope.has(requires.key)) continue;
        report({
          messageId: 'unconfirmed',
          at: access.basis.at,
          args: { country: countryName(code, options.locale), code: quoted(code), scope: requires.question, key: requires.key },
          data: { ...actorData(actor), country: code, key: requires.key },
        });
      }
    }
  },
});
