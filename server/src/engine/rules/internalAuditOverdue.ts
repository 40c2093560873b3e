import { internalAuditTopicNames, nameOf } from '../catalog';
import { daysBetween } from '../dates';
import type { InternalAudit, InternalAuditTopic } from '../declaration';
import { internalAuditsDue } from '../facts/isms';
import { dayCount } from '../text';
import { dated, defineRule } from '../rule';
import type { Localized } from '../types';

export default defineRule({
  code: 'internal-audit-overdue',
  severity: 'warning',
  requirement: 'EXI-16',
  docs: {
    en: 'Where the declaration has an `isms:` section, its internal audits cover, at least yearly, the ISMS’s conformity to the HDS referential (`referential-conformity`) and the traces of staff access to health data (`access-traces`), as EXI-16 asks. An audit dated after today is planned, not done.',
    fr: 'Quand la déclaration a une section `isms:`, ses audits internes couvrent, au moins une fois par an, la conformité du SMSI au référentiel HDS (`referential-conformity`) et les traces d’accès du personnel aux données de santé (`access-traces`), comme le demande EXI-16. Un audit daté après aujourd’hui est prévu, pas fait.',
  },
  messages: {
    none: {
      en: 'No internal audit covering {topics} is recorded: EXI-16 asks for one at least yearly. Record it under internal_audits, with what it covered (covers).',
      fr: 'Aucun audit interne portant sur {topics} n’est consigné\u00a0: EXI-16 en demande un au moins une fois par an. Consignez-le sous internal_audits, avec ce qu’il a couvert (covers).',
    },
    overdue: {
      en: 'The last internal audit covering {topics}, on {date}, is more than a year old: the next one was due by {due} ({days} ago). EXI-16 asks for one at least yearly.',
      fr: 'Le dernier audit interne portant sur {topics}, le {date}, date de plus d’un an\u00a0: le suivant était dû au {due} (il y a {days}). EXI-16 en demande un au moins une fois par an.',
    },
  },
  check({ declaration, options, report }) {
    const isms = declaration.isms;
    if (!isms) return;
    // Topics whose last audit is the same (or that have none) make one finding.
    const groups = new Map<InternalAudit | undefined, { topics: InternalAuditTopic[]; due?: string }>();
    for (const entry of internalAuditsDue(isms, options.today)) {
      if (entry.due && entry.due >= options.today) continue;
      const group = groups.get(entry.last) ?? { topics: [], due: entry.due };
      group.topics.push(entry.topic);
      groups.set(entry.last, group);
    }
    for (const [last, { topics, due }] of groups) {
      const named = topics.map((topic) => nameOf(internalAuditTopicNames, topic)!);
      const names: Localized = { en: named.map((name) => name.en).join(' and '), fr: named.map((name) => name.fr).join(' et ') };
      if (!last) {
        report({ messageId: 'none', at: isms.internalAuditsAt ?? isms.at, part: 'key', args: { topics: names }, data: { topics } });
      } else {
        report({ messageId: 'overdue', at: last.date!.at, args: { topics: names, date: dated(last.date!.value), due: dated(due!), days: dayCount(daysBetween(due!, options.today)!) }, data: { topics, due } });
      }
    }
  },
});
