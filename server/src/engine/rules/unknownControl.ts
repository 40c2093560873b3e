import { control, controls } from '../catalog';
import { auditFindings } from '../facts/audits';
import { unknownReferenceReport } from '../facts/references';
import { isPlaceholder } from '../facts/placeholders';
import { defineRule, quoted } from '../rule';
import { didYouMean } from '../text';

export default defineRule({
  code: 'unknown-control',
  severity: 'error',
  requirement: 'ISO/IEC 27001:2022 Annex A',
  docs: { en: 'SoA entries, risks and audit findings name real ISO/IEC 27001:2022 Annex A controls (5.1–5.37, 6.1–6.8, 7.1–7.14, 8.1–8.34).', fr: "Les lignes de la DdA, les risques et les constats d’audit citent de vraies mesures de l’annexe A de l’ISO/IEC 27001:2022 (5.1–5.37, 6.1–6.8, 7.1–7.14, 8.1–8.34)." },
  messages: {
    unknown: { en: '{id} is not an ISO/IEC 27001:2022 Annex A control.', fr: "{id} n’est pas une mesure de l’annexe A de l’ISO/IEC 27001:2022." },
    suggestion: { en: '{id} is not an ISO/IEC 27001:2022 Annex A control: did you mean {suggestion}?', fr: "{id} n’est pas une mesure de l’annexe A de l’ISO/IEC 27001:2022 : vouliez-vous dire {suggestion} ?" },
    legacy: {
      en: '{id} is a control number of ISO/IEC 27001:2013; the 2022 edition numbers Annex A controls 5.1 to 8.34.',
      fr: "{id} est un numéro de mesure de l’ISO/IEC 27001:2013 ; l’édition 2022 numérote les mesures de l’annexe A de 5.1 à 8.34.",
    },
  },
  check({ declaration, report }) {
    const references = [
      ...declaration.soa.flatMap((entry) => (entry.control ? [entry.control] : [])),
      ...declaration.risks.flatMap((risk) => risk.controls),
      ...auditFindings(declaration).flatMap(({ finding }) => (finding.control ? [finding.control] : [])),
    ];
    const ids = controls.map((candidate) => candidate.id);
    for (const reference of references) {
      // `controls: [TODO]`, as a quick fix writes it, is placeholder-left's to report.
      if (control(reference.id) || isPlaceholder(reference.id)) continue;
      if (/^A\.\d+\.\d+\.\d+$/.test(reference.id)) {
        report({ messageId: 'legacy', at: reference.at, args: { id: quoted(reference.id) }, data: { id: reference.id } });
        continue;
      }
      report(unknownReferenceReport({ at: reference.at, name: 'id', written: reference.id, suggestion: didYouMean(reference.id, ids) }));
    }
  },
});
