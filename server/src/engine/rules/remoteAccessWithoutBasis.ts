import { adequacyDecision, countryName, isCountry, isInEea } from '../catalog';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'remote-access-without-basis',
  severity: 'error',
  requirement: 'EXI-29',
  docs: {
    en: 'Remote access from outside the EEA rests on a GDPR legal basis (adequacy decision, SCC, BCR or derogation); “adequacy” is only valid for a country that has an adequacy decision.',
    fr: "Un accès à distance depuis l'extérieur de l'EEE repose sur une base légale RGPD (décision d'adéquation, CCT, BCR ou dérogation) ; « adequacy » n'est valable que pour un pays couvert par une décision d'adéquation.",
  },
  messages: {
    missing: {
      en: 'Remote access from outside the EEA ({country}, {code}) without a GDPR legal basis (EXI-29): add basis: adequacy, scc, bcr or derogation.',
      fr: "Accès à distance hors EEE ({country}, {code}) sans base légale RGPD (EXI-29) : ajoutez basis: adequacy, scc, bcr ou derogation.",
    },
    missingAdequate: {
      en: 'Remote access from outside the EEA ({country}, {code}) without a GDPR legal basis (EXI-29). This country has an EU adequacy decision ({adopted}): basis: adequacy would do.',
      fr: "Accès à distance hors EEE ({country}, {code}) sans base légale RGPD (EXI-29). Ce pays bénéficie d'une décision d'adéquation de l'UE ({adopted}) : basis: adequacy conviendrait.",
    },
    noDecision: {
      en: 'No EU adequacy decision covers {country} ({code}): remote access from there needs another basis (scc, bcr or derogation).',
      fr: "Aucune décision d'adéquation de l'UE ne couvre ce pays ({country}, {code}) : un accès depuis ce pays exige une autre base (scc, bcr ou derogation).",
    },
  },
  check({ declaration, options, report }) {
    for (const subcontractor of declaration.subcontractors) {
      for (const access of subcontractor.remoteAccess) {
        const code = access.from?.value;
        if (!code || !isCountry(code) || isInEea(code)) continue;
        const args = { country: countryName(code, options.locale), code: quoted(code) };
        const decision = adequacyDecision(code);
        const data = { country: code, subcontractor: subcontractor.id, adequacy: decision !== undefined };
        if (!access.basis) {
          if (decision) report({ messageId: 'missingAdequate', at: access.from!.at, args: { ...args, adopted: decision.adopted }, data });
          else report({ messageId: 'missing', at: access.from!.at, args, data });
        } else if (access.basis.value === 'adequacy' && !decision) {
          report({ messageId: 'noDecision', at: access.basis.at, args, data });
        }
      }
    }
  },
});
