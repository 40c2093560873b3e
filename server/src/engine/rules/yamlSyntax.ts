import { defineRule } from '../rule';
import { positionAt } from '../yamlFile';

/** French wording for the YAML parser's error codes; other codes fall back to the parser's text. */
const explanations: Record<string, { en: string; fr: string }> = {
  DUPLICATE_KEY: { en: 'This key is already used in this mapping.', fr: 'Cette clé est déjà utilisée dans ce bloc.' },
  BAD_INDENT: { en: 'The indentation is wrong here.', fr: "L’indentation est incorrecte ici." },
  TAB_AS_INDENT: { en: 'Tabs cannot indent YAML: use spaces.', fr: "Les tabulations ne peuvent pas indenter du YAML : utilisez des espaces." },
  MISSING_CHAR: { en: 'A closing character is missing (quote, bracket or brace).', fr: 'Un caractère fermant manque (guillemet, crochet ou accolade).' },
  MULTIPLE_DOCS: { en: 'Only one YAML document per file: split it into several .hds.yaml files.', fr: 'Un seul document YAML par fichier : répartissez-le sur plusieurs fichiers .hds.yaml.' },
  BLOCK_AS_IMPLICIT_KEY: { en: 'A key cannot span several lines.', fr: 'Une clé ne peut pas tenir sur plusieurs lignes.' },
  MULTILINE_IMPLICIT_KEY: { en: 'A key cannot span several lines.', fr: 'Une clé ne peut pas tenir sur plusieurs lignes.' },
  UNEXPECTED_TOKEN: { en: 'Unexpected text here.', fr: 'Texte inattendu ici.' },
  BAD_SCALAR_START: { en: 'A value cannot start with this character: put it in quotes.', fr: 'Une valeur ne peut pas commencer par ce caractère : mettez-la entre guillemets.' },
  BAD_ALIAS: { en: 'This alias is malformed.', fr: 'Cet alias est mal formé.' },
  BAD_DIRECTIVE: { en: 'This YAML directive is not understood.', fr: "Cette directive YAML n’est pas comprise." },
  IMPOSSIBLE: { en: 'This YAML cannot be read.', fr: 'Ce YAML ne peut pas être lu.' },
  TAG_RESOLVE_FAILED: {
    en: 'this tag is not one of YAML 1.2’s: HDS Studio reads the value as if it had none, other tools may refuse it or read it otherwise. Remove the tag.',
    fr: 'cette étiquette n’est pas une étiquette YAML 1.2 : HDS Studio lit la valeur comme si elle n’en avait pas, d’autres outils peuvent la refuser ou la lire autrement. Retirez l’étiquette.',
  },
};

export default defineRule({
  code: 'yaml-syntax',
  severity: 'error',
  docs: { en: 'The file must be valid YAML.', fr: 'Le fichier doit être du YAML valide.' },
  messages: {
    unclosed: {
      en: 'YAML syntax error: a {opening} … {closing} is never closed here: add the missing ‘{closing}’ (or fix the indentation of the lines below).',
      fr: 'Erreur de syntaxe YAML : un {opening} … {closing} n’est pas refermé ici : ajoutez le ‘{closing}’ manquant (ou corrigez l’indentation des lignes suivantes).',
    },
    known: { en: 'YAML syntax error: {explanation}', fr: 'Erreur de syntaxe YAML : {explanation}' },
    unknown: { en: 'YAML syntax error: {detail}', fr: 'Erreur de syntaxe YAML : {detail}' },
    'merge-key': {
      en: 'A merge key (<<) is YAML 1.1 only: YAML 1.2, which HDS Studio reads, merges nothing here, while a YAML 1.1 tool would. Write the keys out.',
      fr: 'Une clé de fusion (<<) n’existe qu’en YAML 1.1 : en YAML 1.2, que lit HDS Studio, rien n’est fusionné ici, alors qu’un outil YAML 1.1 le ferait. Écrivez les clés en entier.',
    },
  },
  check({ declaration, report }) {
    for (const file of declaration.files) {
      // The parser often reports one mistake several times on the same line (an unclosed
      // bracket also unbalances the enclosing brace): the first report is the useful one.
      const linesReported = new Set<number>();
      for (const problem of file.problems) {
        if (problem.kind === 'merge-key') report({ messageId: 'merge-key', at: { file, start: problem.start, end: problem.end } });
        if (problem.kind !== 'syntax') continue;
        const line = positionAt(file, problem.start).line;
        if (linesReported.has(line)) continue;
        linesReported.add(line);
        const at = { file, start: problem.start, end: Math.max(problem.end, problem.start + 1) };
        const unclosed = /end with an? ([\]}])/.exec(problem.message)?.[1];
        const explanation = explanations[problem.code];
        if (unclosed) report({ messageId: 'unclosed', at, args: { opening: unclosed === ']' ? '[' : '{', closing: unclosed } });
        else if (explanation) report({ messageId: 'known', at, args: { explanation } });
        else report({ messageId: 'unknown', at, args: { detail: problem.message.split('\n')[0] } });
      }
    }
  },
});
