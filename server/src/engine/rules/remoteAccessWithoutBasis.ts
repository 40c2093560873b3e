import { adequacyDecision, countryName, isCountry, isInEea } from '../catalog';
import { actorData, actors } from '../facts/sovereignty';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'remote-access-without-basis',
  severity: 'error',
  requirement: 'EXI-29',
  docs: {
    en: 'Remote access from outside the EEA, by the host or any subcontractor, rests on an adequacy decision within its scope (GDPR art. 45) or on appropriate safeguards (art. 46: SCC, BCR); an art. 49 derogation cannot carry standing access.',
    fr: 'Un accès à distance depuis l’extérieur de l’EEE, par l’hébergeur ou un sous-traitant, repose sur une décision d’adéquation dans son champ (art. 45 RGPD) ou sur des garanties appropriées (art. 46 : CCT, BCR) ; une dérogation de l’art. 49 ne peut fonder un accès permanent.',
  },
  messages: {
    missing: {
      en: 'Remote access from outside the EEA ({country}, {code}) without a GDPR legal basis (EXI-29): add `basis: scc` or `bcr` (GDPR art. 46).',
      fr: 'Accès à distance hors de l’EEE ({country}, {code}) sans base légale RGPD (EXI-29) : ajoutez `basis: scc` ou `bcr` (art. 46 RGPD).',
    },
    missingAdequate: {
      en: 'Remote access from outside the EEA ({country}, {code}) without a GDPR legal basis (EXI-29). This country has an EU adequacy decision ({adopted}): `basis: adequacy` would do, within its scope.',
      fr: 'Accès à distance hors de l’EEE ({country}, {code}) sans base légale RGPD (EXI-29). Ce pays bénéficie d’une décision d’adéquation de l’UE ({adopted}) : `basis: adequacy` conviendrait, dans son champ.',
    },
    noDecision: {
      en: 'No EU adequacy decision covers {country} ({code}): remote access from there needs appropriate safeguards (`basis: scc` or `bcr`).',
      fr: 'Aucune décision d’adéquation de l’UE ne couvre ce pays ({country}, {code}) : un accès depuis ce pays exige des garanties appropriées (`basis: scc` ou `bcr`).',
    },
    outOfScope: {
      en: 'The adequacy decision for {country} ({code}) covers only some recipients, and this one is declared outside it (`{key}: false`): use appropriate safeguards instead (`basis: scc` or `bcr`).',
      fr: 'La décision d’adéquation pour ce pays ({country}, {code}) ne couvre que certains destinataires, et celui-ci est déclaré hors de son champ (`{key}: false`) : recourez plutôt à des garanties appropriées (`basis: scc` ou `bcr`).',
    },
    derogation: {
      en: 'A GDPR art. 49 derogation covers only occasional transfers in specific situations; declared, standing remote access from {country} ({code}) cannot rest on it. EXI-29 asks for an adequacy decision (art. 45) or appropriate safeguards (art. 46: `basis: scc` or `bcr`).',
      fr: 'Une dérogation de l’art. 49 RGPD ne couvre que des transferts ponctuels dans des situations particulières ; un accès à distance déclaré et permanent depuis ce pays ({country}, {code}) ne peut s’y fonder. L’EXI-29 demande une décision d’adéquation (art. 45) ou des garanties appropriées (art. 46 : `basis: scc` ou `bcr`).',
    },
  },
  check({ declaration, options, report }) {
    for (const actor of actors(declaration)) {
      for (const access of actor.remoteAccess) {
        const code = access.from?.value;
        if (!code || !isCountry(code) || isInEea(code)) continue;
        const args = { country: countryName(code, options.locale), code: quoted(code) };
        const decision = adequacyDecision(code);
        const data = { ...actorData(actor), country: code };
        const basis = access.basis;
        if (!basis) {
          if (decision) report({ messageId: 'missingAdequate', at: access.from!.at, args: { ...args, adopted: decision.adopted }, data });
          else report({ messageId: 'missing', at: access.from!.at, args, data });
        } else if (basis.value === 'derogation') {
          report({ messageId: 'derogation', at: basis.at, args, data });
        } else if (basis.value === 'adequacy' && !decision) {
          report({ messageId: 'noDecision', at: basis.at, args, data });
        } else if (basis.value === 'adequacy' && decision?.requires && access.scope.get(decision.requires.key)?.value === false) {
          const key = decision.requires.key;
          report({ messageId: 'outOfScope', at: access.scope.get(key)!.at, args: { ...args, key }, data: { ...data, key } });
        }
      }
    }
  },
});
