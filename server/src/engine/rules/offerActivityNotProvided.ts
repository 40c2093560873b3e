import { activity as catalogActivity } from '../catalog';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'offer-activity-not-provided',
  severity: 'warning',
  requirement: 'EXI-31',
  docs: {
    en: 'Each activity an offer lists (transfers.offers) is one the scope provides, in-house or subcontracted: the offer’s presentation of guarantees and EXI-31 table would otherwise speak for an activity the declaration does not cover.',
    fr: 'Chaque activité qu’une offre mentionne (transfers.offers) est une activité que le périmètre assure, en interne ou en sous-traitance\u00a0: sinon la présentation des garanties et le tableau EXI-31 de l’offre parleraient d’une activité que la déclaration ne couvre pas.',
  },
  messages: {
    notProvided: {
      en: 'The offer {offer} lists {activity}, which the scope does not provide: provide it under `scope.activities`, or take it out of the offer.',
      fr: 'L’offre {offer} mentionne {activity}, que le périmètre n’assure pas\u00a0: assurez-la sous `scope.activities`, ou retirez-la de l’offre.',
    },
  },
  check({ declaration, report }) {
    // With no scope section at all, missing-section speaks first.
    if ((declaration.sections.get('scope') ?? []).length === 0) return;
    const provided = new Set(declaration.activities.filter((scope) => scope.provided !== undefined && scope.provided !== 'not-provided').flatMap((scope) => (scope.activity.id ? [scope.activity.id] : [])));
    // An activity whose provision is not yet a valid answer is another rule's finding.
    const unanswered = new Set(declaration.activities.filter((scope) => scope.provided === undefined).flatMap((scope) => (scope.activity.id ? [scope.activity.id] : [])));
    for (const offer of declaration.offers) {
      for (const reference of offer.activities) {
        // An unknown activity is unknown-activity's finding.
        if (!reference.id || provided.has(reference.id) || unanswered.has(reference.id)) continue;
        const entry = catalogActivity(reference.id);
        report({
          messageId: 'notProvided',
          at: reference.at,
          args: { offer: quoted(offer.name ?? offer.id ?? '?'), activity: quoted(entry ? entry.id : String(reference.written)) },
          data: { offer: offer.id, activity: reference.id },
        });
      }
    }
  },
});
