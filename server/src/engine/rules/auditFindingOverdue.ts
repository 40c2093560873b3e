import { auditKindNames, findingLevelNames, nameOf } from '../catalog';
import { daysBetween } from '../dates';
import { auditFindings, findingLabel, isOverdue } from '../facts/audits';
import { dayCount } from '../text';
import { dated, defineRule, quoted, type MessageArg } from '../rule';
import type { Localized } from '../types';

export default defineRule({
  code: 'audit-finding-overdue',
  severity: 'error',
  requirement: 'EXI-01',
  sources: ['ans-hds-certification-procedure'],
  docs: {
    en: 'A finding of a certification audit (`findings` of `certification.hds.audits` or `surveillance`) is closed by its deadline: the `due` date the certification body set, else three months after the audit for a nonconformity (the ANS’s deadline). Still open after it, a major nonconformity is an error (the certificate is at stake), a minor one a warning, an observation or opportunity for improvement with a `due` date information.',
    fr: 'Un constat d’audit de certification (`findings` de `certification.hds.audits` ou de `surveillance`) est levé à son échéance\u00a0: la date `due` fixée par l’organisme certificateur, sinon trois mois après l’audit pour une non-conformité (le délai de l’ANS). Encore ouvert après, une non-conformité majeure est une erreur (le certificat est en jeu), une mineure un avertissement, une observation ou piste d’amélioration avec une date `due` une information.',
  },
  messages: {
    overdue: {
      en: 'The {level} {finding} of the {kind} of {audit} is still open {days} after its deadline, {due}: close it (closed, with its evidence), or record the deadline the certification body agreed.',
      fr: 'La {level} {finding} de l’{kind} du {audit} est encore ouverte {days} après son échéance, le {due}\u00a0: levez-la (closed, avec ses preuves), ou consignez l’échéance convenue avec l’organisme certificateur.',
    },
    overdueDefault: {
      en: 'The {level} {finding} of the {kind} of {audit} is still open more than three months after the audit, since {due} ({days}): close it (closed, with its evidence), or write the deadline the certification body set (due).',
      fr: 'La {level} {finding} de l’{kind} du {audit} est encore ouverte plus de trois mois après l’audit, depuis le {due} ({days})\u00a0: levez-la (closed, avec ses preuves), ou indiquez l’échéance fixée par l’organisme certificateur (due).',
    },
  },
  check({ declaration, options, report }) {
    for (const facts of auditFindings(declaration)) {
      if (!isOverdue(facts, options.today)) continue;
      const { finding, audit } = facts;
      const level = finding.level ?? 'observation';
      const args: Record<string, MessageArg> = {
        level: nameOf(findingLevelNames, level) as Localized,
        finding: quoted(findingLabel(facts)),
        kind: nameOf(auditKindNames, audit.kind ?? 'surveillance') as Localized,
        audit: audit.date ? dated(audit.date.value) : '?',
        due: dated(facts.due!),
        days: dayCount(daysBetween(facts.due!, options.today)!),
      };
      report({
        messageId: facts.defaultDue ? 'overdueDefault' : 'overdue',
        at: finding.due && !facts.defaultDue ? finding.due.at : { file: finding.at.file, path: [...finding.at.path, 'level'] },
        args,
        severity: level === 'major-nonconformity' ? undefined : level === 'minor-nonconformity' ? 'warning' : 'information',
        data: { level, due: facts.due, ...(finding.id ? { id: finding.id } : {}) },
      });
    }
  },
});
