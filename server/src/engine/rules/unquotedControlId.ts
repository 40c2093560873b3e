import { auditFindings } from '../facts/audits';
import { defineRule } from '../rule';

export default defineRule({
  code: 'unquoted-control-id',
  severity: 'warning',
  docs: {
    en: 'Control ids are written in quotes: YAML reads a bare 8.10 as the number 8.1, so other tools would see another control.',
    fr: 'Les identifiants de mesure s’écrivent entre guillemets : YAML lit un 8.10 nu comme le nombre 8.1, et d’autres outils verraient une autre mesure.',
  },
  messages: {
    unquoted: {
      en: 'Write control ids in quotes ({quotedId}): YAML reads a bare {id} as a number, which other tools may read as another control.',
      fr: "Écrivez les identifiants de mesure entre guillemets ({quotedId}) : YAML lit {id} sans guillemets comme un nombre, que d’autres outils peuvent prendre pour une autre mesure.",
    },
  },
  check({ declaration, report }) {
    const references = [...declaration.soa.flatMap((entry) => (entry.control ? [entry.control] : [])), ...declaration.risks.flatMap((risk) => risk.controls), ...auditFindings(declaration).flatMap(({ finding }) => (finding.control ? [finding.control] : []))];
    for (const reference of references) {
      if (!reference.unquoted) continue;
      report({ messageId: 'unquoted', at: reference.at, args: { id: reference.id, quotedId: `"${reference.id}"` }, data: { id: reference.id } });
    }
  },
});
