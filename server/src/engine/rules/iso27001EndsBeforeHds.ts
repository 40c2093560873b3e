import { isValidDate } from '../dates';
import { expiryOf } from '../facts/certificates';
import { dated, defineRule, quoted } from '../rule';

export default defineRule({
  code: 'iso27001-ends-before-hds',
  severity: 'warning',
  requirement: 'EXI-01',
  docs: {
    en: 'The ISO/IEC 27001 certificate the HDS certificate rests on runs at least as long as it: one ending first must be renewed in time, or the HDS certification loses its ground. Information while its end is more than 90 days away (its renewal is on the calendar), a warning once within them.',
    fr: 'Le certificat ISO/IEC 27001 sur lequel repose le certificat HDS court au moins aussi longtemps que lui\u00a0: s’il prend fin avant, il doit être renouvelé à temps, sans quoi la certification HDS perd son fondement. En information tant que sa fin est à plus de 90\u00a0jours (son renouvellement est au calendrier), en avertissement ensuite.',
  },
  messages: {
    endsBefore: {
      en: 'The ISO/IEC 27001 certificate {iso} ends on {isoExpires}, before the HDS certificate {hds} it supports ({hdsExpires}): plan its renewal before then.',
      fr: 'Le certificat ISO/IEC 27001 {iso} prend fin le {isoExpires}, avant le certificat HDS {hds} qu’il fonde ({hdsExpires})\u00a0: prévoyez son renouvellement d’ici là.',
    },
    hdsExpiry: { en: 'The HDS certificate expires here.', fr: 'Le certificat HDS expire ici.' },
  },
  check({ declaration, options, report }) {
    const iso = declaration.isoCertificate;
    const hds = declaration.hdsCertificate;
    if (!iso?.expires || !hds?.expires || !isValidDate(iso.expires.value) || !isValidDate(hds.expires.value)) return;
    if (iso.expires.value >= hds.expires.value) return;
    // Renewing in time is the plan until the renewal window opens: information, then a warning.
    const expiring = expiryOf(iso.expires.value, options.today).status !== 'valid';
    report({
      severity: expiring ? undefined : 'information',
      messageId: 'endsBefore',
      at: iso.expires.at,
      args: { iso: quoted(iso.number ?? '?'), isoExpires: dated(iso.expires.value), hds: quoted(hds.number ?? '?'), hdsExpires: dated(hds.expires.value) },
      related: [{ at: hds.expires.at, messageId: 'hdsExpiry' }],
    });
  },
});
