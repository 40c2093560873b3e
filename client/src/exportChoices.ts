// What "HDS: Export…" offers and says (exportDocument.ts asks it): every kind in each of its
// formats, named in the user's language. Plain data, so the unit tests read it without VS Code.
import { FRENCH_BY_DEFAULT, KIND_FORMATS, type ExportFormat, type ExportKind } from './protocol';

export type Locale = 'en' | 'fr';

export const kindNames: Record<ExportKind, Record<Locale, string>> = {
  soa: { en: 'Statement of Applicability', fr: 'Déclaration d’applicabilité' },
  risks: { en: 'Risk register', fr: 'Registre des risques' },
  requirements: { en: 'Requirements checklist (EXI-01 to EXI-31)', fr: 'Liste de contrôle des exigences (EXI-01 à EXI-31)' },
  guarantees: { en: 'Presentation of guarantees', fr: 'Présentation des garanties' },
  'transfers-page': { en: 'Transfers page (EXI-31)', fr: 'Page des transferts (EXI-31)' },
};
export const formatNames: Record<ExportFormat, Record<Locale, string>> = {
  xlsx: { en: 'Excel workbook', fr: 'Classeur Excel' },
  csv: { en: 'CSV for Excel', fr: 'CSV pour Excel' },
  html: { en: 'HTML page', fr: 'Page HTML' },
  md: { en: 'Markdown', fr: 'Markdown' },
};

export const strings = {
  en: {
    pickDocument: 'Document to export',
    pickLanguage: 'Language of the document',
    english: 'English',
    french: 'French',
    default: 'default',
    noFile: 'Open a *.hds.yaml file to export its documents.',
    noDeclaration: 'No HDS declaration holds this file.',
    refused: (count: number, undecided = 0) => {
      const errors = count - undecided;
      const what = [errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', undecided > 0 ? `${undecided} undecided ${undecided === 1 ? 'answer' : 'answers'}` : ''].filter(Boolean).join(' and ');
      return `The declaration has ${what}. Export it anyway, as a draft? The document will open with a DRAFT banner.`;
    },
    more: (count: number) => `… and ${count} more`,
    asDraft: 'Export as draft',
    save: 'Export',
    failed: (reason: string) => `The document could not be exported: ${reason}`,
    workbookInBrowser: 'An Excel workbook is built by the desktop editor or hds-check only: in the browser, export the same table as CSV for Excel, or open the repository in VS Code.',
    link: (target: string) => `${target} is a symbolic link: HDS Studio writes only to the file you name, never through a link. Choose another file.`,
    written: (file: string) => `Exported ${file}.`,
    open: 'Open',
    reveal: 'Reveal',
  },
  fr: {
    pickDocument: 'Document à exporter',
    pickLanguage: 'Langue du document',
    english: 'Anglais',
    french: 'Français',
    default: 'par défaut',
    noFile: 'Ouvrez un fichier *.hds.yaml pour exporter ses documents.',
    noDeclaration: 'Aucune déclaration HDS ne contient ce fichier.',
    refused: (count: number, undecided = 0) => {
      const errors = count - undecided;
      const what = [errors > 0 ? `${errors}\u00a0${errors < 2 ? 'erreur' : 'erreurs'}` : '', undecided > 0 ? `${undecided}\u00a0${undecided < 2 ? 'réponse en suspens' : 'réponses en suspens'}` : ''].filter(Boolean).join(' et ');
      return `La déclaration comporte ${what}. L’exporter quand même, comme brouillon\u00a0? Le document s’ouvrira sur un bandeau BROUILLON.`;
    },
    more: (count: number) => `… et ${count} autres`,
    asDraft: 'Exporter comme brouillon',
    save: 'Exporter',
    failed: (reason: string) => `Le document n’a pas pu être exporté\u00a0: ${reason}`,
    workbookInBrowser: 'Un classeur Excel ne se construit que dans l’éditeur de bureau ou avec hds-check\u00a0: dans le navigateur, exportez le même tableau en CSV pour Excel, ou ouvrez le dépôt dans VS Code.',
    link: (target: string) => `${target} est un lien symbolique\u00a0: HDS Studio n’écrit que dans le fichier que vous nommez, jamais à travers un lien. Choisissez un autre fichier.`,
    written: (file: string) => `${file} exporté.`,
    open: 'Ouvrir',
    reveal: 'Afficher',
  },
};

/** One quick pick item per kind and format, in KIND_FORMATS order (a kind's default format first). */
export function documentChoices(ui: Locale): { label: string; description: string; document: { kind: ExportKind; format: ExportFormat } }[] {
  // QuickPickItem has a `kind` of its own (separators): the choice travels as `document`.
  return (Object.keys(KIND_FORMATS) as ExportKind[]).flatMap((kind) =>
    KIND_FORMATS[kind].map((format) => ({ label: `${kindNames[kind][ui]} — ${formatNames[format][ui]}`, description: `.${format}`, document: { kind, format } })));
}

/** The language offered first (Enter keeps it): French for the documents meant for the French certification body, else the user's. */
export function defaultLanguage(kind: ExportKind, ui: Locale): Locale {
  return FRENCH_BY_DEFAULT.includes(kind) ? 'fr' : ui;
}
