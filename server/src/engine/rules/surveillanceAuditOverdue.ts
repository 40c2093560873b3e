import { dayCount } from '../text';
import { surveillanceSchedule } from '../facts/certificates';
import { dated, defineRule, quoted } from '../rule';

export default defineRule({
  code: 'surveillance-audit-overdue',
  severity: 'warning',
  requirement: 'EXI-01',
  docs: {
    en: 'Each yearly surveillance audit of the HDS certificate (one per anniversary of its issue) is recorded under certification.hds.surveillance once its date has passed.',
    fr: 'Chaque audit de surveillance annuel du certificat HDS (un par anniversaire de sa délivrance) est consigné sous certification.hds.surveillance une fois sa date passée.',
  },
  messages: {
    overdue: {
      en: 'The surveillance audit of year {year} of the HDS certificate {number} was due by {due} ({days} ago) and none is recorded: record it under surveillance, or plan it with the certification body.',
      fr: 'L’audit de surveillance de l’année {year} du certificat HDS {number} était dû au {due} (il y a {days}) et aucun n’est consigné\u00a0: consignez-le sous surveillance, ou planifiez-le avec l’organisme certificateur.',
    },
    overduePlanned: {
      en: 'The surveillance audit of year {year} of the HDS certificate {number} was due by {due} ({days} ago); the one planned on {planned} comes late.',
      fr: 'L’audit de surveillance de l’année {year} du certificat HDS {number} était dû au {due} (il y a {days})\u00a0; celui prévu le {planned} arrive en retard.',
    },
  },
  check({ declaration, options, report }) {
    const certificate = declaration.hdsCertificate;
    if (!certificate?.issued) return;
    const schedule = surveillanceSchedule(certificate.issued.value, certificate.expires?.value, certificate.surveillance, options.today);
    const surveillanceKey = { file: certificate.at.file, path: [...certificate.at.path, 'surveillance'] };
    const written = certificate.surveillance.length > 0;
    for (const due of schedule) {
      if (!due.overdue) continue;
      const args = { year: due.year, number: quoted(certificate.number ?? '?'), due: dated(due.due), days: dayCount(-due.days) };
      if (due.planned) {
        report({ messageId: 'overduePlanned', at: due.planned.date!.at, args: { ...args, planned: dated(due.planned.date!.value) }, data: { year: due.year, due: due.due } });
      } else {
        report({ messageId: 'overdue', at: written ? surveillanceKey : certificate.issued.at, part: written ? 'key' : undefined, args, data: { year: due.year, due: due.due } });
      }
    }
  },
});
