import { hdsValidityYears, latestHdsExpiry } from '../facts/certificates';
import { dated, defineRule, quoted } from '../rule';

export default defineRule({
  code: 'hds-certificate-validity',
  severity: 'error',
  requirement: 'EXI-01',
  docs: {
    en: 'The organisation’s HDS certificate is valid for three years at most from its issue: an expiry further away, or before the issue date, is a mistake in the declaration.',
    fr: 'Le certificat HDS de l’organisation vaut trois ans au plus à compter de sa délivrance\u00a0: une expiration plus lointaine, ou antérieure à la délivrance, est une erreur de la déclaration.',
  },
  messages: {
    tooLong: {
      en: 'The HDS certificate {number} issued on {issued} cannot expire on {expires}: an HDS certificate is valid for {years} years, so until {latest} at the latest.',
      fr: 'Le certificat HDS {number} délivré le {issued} ne peut pas expirer le {expires}\u00a0: un certificat HDS vaut {years}\u00a0ans, donc jusqu’au {latest} au plus tard.',
    },
    beforeIssue: {
      en: 'The HDS certificate {number} expires on {expires}, before it was issued ({issued}).',
      fr: 'Le certificat HDS {number} expire le {expires}, avant sa délivrance ({issued}).',
    },
  },
  check({ declaration, report }) {
    const certificate = declaration.hdsCertificate;
    const issued = certificate?.issued;
    const expires = certificate?.expires;
    if (!certificate || !issued || !expires) return;
    const latest = latestHdsExpiry(issued.value);
    if (!latest || latestHdsExpiry(expires.value) === undefined) return;
    const args = { number: quoted(certificate.number ?? '?'), issued: dated(issued.value), expires: dated(expires.value) };
    if (expires.value < issued.value) {
      report({ messageId: 'beforeIssue', at: expires.at, args, related: [{ at: issued.at, messageId: 'beforeIssue', args }] });
    } else if (expires.value > latest) {
      report({ messageId: 'tooLong', at: expires.at, args: { ...args, years: hdsValidityYears, latest: dated(latest) }, data: { latest } });
    }
  },
});
