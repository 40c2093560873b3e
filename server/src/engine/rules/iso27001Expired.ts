import { dayCount } from '../text';
import { expiryOf } from '../facts/certificates';
import { dated, defineRule, quoted } from '../rule';

export default defineRule({
  code: 'iso27001-expired',
  severity: 'error',
  requirement: 'EXI-01',
  docs: { en: 'The ISO/IEC 27001 certificate the HDS certification rests on has not expired.', fr: 'Le certificat ISO/IEC 27001 sur lequel repose la certification HDS n’a pas expiré.' },
  messages: {
    expired: {
      en: 'The ISO/IEC 27001 certificate {number} expired on {date} ({days} ago): HDS certification requires a certified ISMS.',
      fr: 'Le certificat ISO/IEC 27001 {number} a expiré le {date} (il y a {days})\u00a0: la certification HDS exige un SMSI certifié.',
    },
  },
  check({ declaration, options, report }) {
    const certificate = declaration.isoCertificate;
    const expires = certificate?.expires;
    if (!expires) return;
    const { status, days } = expiryOf(expires.value, options.today);
    if (status !== 'expired') return;
    report({ messageId: 'expired', at: expires.at, args: { number: quoted(certificate!.number ?? '?'), date: dated(expires.value), days: dayCount(-days!) } });
  },
});
