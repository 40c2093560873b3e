import { dayCount } from '../text';
import { expiryOf } from '../facts/certificates';
import { dated, defineRule, quoted } from '../rule';

export default defineRule({
  code: 'hds-certificate-expired',
  severity: 'error',
  requirement: 'EXI-01',
  docs: { en: 'The organisation’s own HDS certificate has not expired.', fr: 'Le certificat HDS de l’organisation n’a pas expiré.' },
  messages: {
    expired: { en: 'The HDS certificate {number} expired on {date} ({days} ago).', fr: 'Le certificat HDS {number} a expiré le {date} (il y a {days}).' },
  },
  check({ declaration, options, report }) {
    const certificate = declaration.hdsCertificate;
    const expires = certificate?.expires;
    if (!expires) return;
    const { status, days } = expiryOf(expires.value, options.today);
    if (status !== 'expired') return;
    report({ messageId: 'expired', at: expires.at, args: { number: quoted(certificate!.number ?? '?'), date: dated(expires.value), days: dayCount(-days!) } });
  },
});
