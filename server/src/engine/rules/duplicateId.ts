import type { Ref } from '../declaration';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'duplicate-id',
  severity: 'error',
  docs: {
    en: 'Risk ids, subcontractor ids, storage site ids, offer ids and SoA controls are each declared once, across all files.',
    fr: 'Identifiants de risque, de sous-traitant, de site de stockage, d’offre et mesures de la DdA ne sont déclarés qu’une fois, tous fichiers confondus.',
  },
  messages: {
    risk: { en: 'The risk id {id} is already used.', fr: "L’identifiant de risque {id} est déjà utilisé." },
    subcontractor: { en: 'The subcontractor id {id} is already used.', fr: "L’identifiant de sous-traitant {id} est déjà utilisé." },
    site: { en: 'The storage site {id} is already declared.', fr: 'Le site de stockage {id} est déjà déclaré.' },
    offer: { en: 'The offer id {id} is already used.', fr: "L’identifiant d’offre {id} est déjà utilisé." },
    control: { en: 'Control {id} already has an entry in the SoA.', fr: 'La mesure {id} a déjà une ligne dans la DdA.' },
    first: { en: 'First declared here.', fr: 'Première déclaration ici.' },
  },
  check({ declaration, report }) {
    const check = (kind: string, entries: { id?: string; at: Ref }[], field: string) => {
      const first = new Map<string, Ref>();
      for (const entry of entries) {
        if (entry.id === undefined) continue;
        const previous = first.get(entry.id);
        if (!previous) {
          first.set(entry.id, entry.at);
          continue;
        }
        const at = { file: entry.at.file, path: [...entry.at.path, field] };
        report({ messageId: kind, at, args: { id: quoted(entry.id) }, data: { id: entry.id }, related: [{ at: { file: previous.file, path: [...previous.path, field] }, part: 'value', messageId: 'first' }] });
      }
    };
    check('risk', declaration.risks, 'id');
    check('subcontractor', declaration.subcontractors, 'id');
    check('site', declaration.storage.map((site) => ({ id: site.site, at: site.at })), 'site');
    check('offer', declaration.offers, 'id');
    check('control', declaration.soa.map((entry) => ({ id: entry.control?.id, at: entry.at })), 'control');
  },
});
