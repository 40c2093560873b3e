import { auditCycle, nameOf, auditKindNames } from '../catalog';
import { addMonths, daysBetween } from '../dates';
import { initialAudit } from '../facts/audits';
import { dayCount } from '../text';
import { dated, defineRule } from '../rule';

export default defineRule({
  code: 'isms-started-recently',
  severity: 'information',
  requirement: 'EXI-01',
  docs: {
    en: 'The initial certification audit comes at least six months after the ISMS started running (`isms.started`): certification bodies expect to see it run, an internal audit and a management review done, before auditing it. No text of the HDS scheme sets the time, hence information.',
    fr: 'L’audit initial de certification a lieu au moins six mois après la mise en fonctionnement du SMSI (`isms.started`)\u00a0: les organismes certificateurs s’attendent à le voir fonctionner, un audit interne et une revue de direction faits, avant de l’auditer. Aucun texte du dispositif HDS ne fixe ce délai, d’où une information.',
  },
  messages: {
    tooSoon: {
      en: 'The ISMS started running on {started}, {days} before the {kind} of {audit}: certification bodies expect to see it run for about six months, an internal audit and a management review done, before they audit it.',
      fr: 'Le SMSI fonctionne depuis le {started}, {days} avant l’{kind} du {audit}\u00a0: les organismes certificateurs s’attendent à le voir fonctionner six mois environ, un audit interne et une revue de direction faits, avant de l’auditer.',
    },
    beforeStart: {
      en: 'The {kind} of {audit} comes before the ISMS started running, on {started}: check both dates.',
      fr: 'L’{kind} du {audit} précède la mise en fonctionnement du SMSI, le {started}\u00a0: vérifiez les deux dates.',
    },
    initialAudit: { en: 'The initial audit.', fr: 'L’audit initial.' },
  },
  check({ declaration, report }) {
    const started = declaration.isms?.started;
    const audit = initialAudit(declaration);
    if (!started || !audit) return;
    const days = daysBetween(started.value, audit.date!.value);
    const enough = addMonths(started.value, auditCycle.ismsRunningMonths);
    if (days === undefined || !enough || audit.date!.value >= enough) return;
    const args = { started: dated(started.value), audit: dated(audit.date!.value), kind: nameOf(auditKindNames, audit.kind!)!, days: dayCount(Math.max(days, 0)) };
    report({
      messageId: days < 0 ? 'beforeStart' : 'tooSoon',
      at: started.at,
      args,
      data: { started: started.value, audit: audit.date!.value },
      related: [{ at: audit.date!.at, messageId: 'initialAudit', part: 'value' }],
    });
  },
});
