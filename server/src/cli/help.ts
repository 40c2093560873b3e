// The help text, in the user's language, built from the option table.
import type { Locale } from '../engine';
import { OPTIONS, type OptionName } from './options';

const text = {
  usage: {
    en: [
      'Usage: hds-check [options] <folder or file>...',
      '       hds-check init [FOLDER]',
      '       hds-check explain CODE|EXI-nn|8.24|B.a',
      '       hds-check export soa|risks|requirements|guarantees|transfers-page [options] <folder or file>',
      '       hds-check readiness [--format text|json] [folder or file]',
      '       hds-check import soa|risks FILE.xlsx|FILE.csv --output PATH.hds.yaml [--force]',
      '',
      'Checks HDS v2 declarations (*.hds.yaml). A folder is searched for declaration files; a file is',
      'checked with the whole declaration it belongs to (its main file, the one with a top-level',
      '"hds:" key, and every declaration file below that main file’s folder).',
      '',
      '  init       writes a starter declaration into FOLDER (default: the current folder), never over a file',
      '  explain    prints a rule, an HDS requirement, an Annex A control or an EXI-05 risk event',
      '  export     writes the Statement of Applicability (soa), the risk register (risks), the checklist of',
      '             EXI-01 to EXI-31 (requirements, in French unless --lang en), the chapter 8 presentation of',
      '             guarantees (guarantees) or the EXI-31 public page of transfers (transfers-page)',
      '  readiness  am I ready for the audit? each requirement verified, answered, unanswered or failing,',
      '             SoA controls decided, risks assessed, evidence found, audit findings open and overdue',
      '  import     reads an SoA or a risk register from a spreadsheet (our exports, English or French headers,',
      '             CISO Assistant’s risk assessment CSV) into a new declaration file, or with --force into the',
      '             soa: or risks: section of an existing one; every row or value it cannot map is reported',
      '',
      'Exit code: 0 no error, 1 errors found (or too many warnings), 2 the command could not run.',
      'readiness: 0 ready (every requirement verified or answered, no audit finding overdue), 1 not ready.',
    ],
    fr: [
      'Usage : hds-check [options] <dossier ou fichier>...',
      '        hds-check init [DOSSIER]',
      '        hds-check explain CODE|EXI-nn|8.24|B.a',
      '        hds-check export soa|risks|requirements|guarantees|transfers-page [options] <dossier ou fichier>',
      '        hds-check readiness [--format text|json] [dossier ou fichier]',
      '        hds-check import soa|risks FICHIER.xlsx|FICHIER.csv --output CHEMIN.hds.yaml [--force]',
      '',
      'Vérifie les déclarations HDS v2 (*.hds.yaml). Un dossier est parcouru à la recherche de fichiers',
      'de déclaration ; un fichier est vérifié avec toute la déclaration dont il fait partie (son fichier',
      'principal, celui qui porte la clé « hds: », et tous les fichiers de déclaration sous son dossier).',
      '',
      '  init       écrit une déclaration de départ dans DOSSIER (par défaut : le dossier courant), sans jamais écraser un fichier',
      '  explain    présente une règle, une exigence HDS, une mesure de l’annexe A ou un événement de risque EXI-05',
      '  export     écrit la déclaration d’applicabilité (soa), le registre des risques (risks), la liste de',
      '             contrôle des exigences EXI-01 à EXI-31 (requirements, en français sauf --lang en), la présentation',
      '             des garanties du chapitre 8 (guarantees) ou la page publique des transferts EXI-31 (transfers-page)',
      '  readiness  suis-je prêt pour l’audit ? chaque exigence vérifiée, satisfaite, sans réponse ou non conforme,',
      '             mesures de la DdA tranchées, risques évalués, preuves trouvées, écarts d’audit ouverts et en retard',
      '  import     lit une déclaration d’applicabilité ou un registre des risques dans un tableur (nos exports,',
      '             en-têtes anglais ou français, CSV d’appréciation des risques de CISO Assistant) et l’écrit dans un',
      '             nouveau fichier de déclaration, ou avec --force dans la section soa: ou risks: d’un fichier existant ;',
      '             chaque ligne ou valeur non reprise est signalée',
      '',
      'Code de sortie : 0 aucune erreur, 1 erreurs trouvées (ou trop d’avertissements), 2 la commande n’a pas pu s’exécuter.',
      'readiness : 0 prêt (chaque exigence vérifiée ou satisfaite, aucun écart d’audit en retard), 1 pas prêt.',
    ],
  },
  options: { en: 'Options:', fr: 'Options :' },
};

export function helpText(locale: Locale): string {
  const rows = (Object.keys(OPTIONS) as OptionName[]).map((name) => {
    const spec = OPTIONS[name] as (typeof OPTIONS)[OptionName] & { short?: string; value?: string };
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    return { flag, help: spec.help[locale] };
  });
  const width = Math.max(...rows.map((row) => row.flag.length)) + 2;
  return [...text.usage[locale], '', text.options[locale], ...rows.map((row) => `  ${row.flag.padEnd(width)} ${row.help}`), ''].join('\n');
}
