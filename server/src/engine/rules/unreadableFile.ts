import { defineRule } from '../rule';
import { decimal } from '../text';
import { MAX_FILE_CHARS } from '../yamlFile';

export default defineRule({
  code: 'unreadable-file',
  severity: 'error',
  docs: {
    en: 'The file must be a regular file holding a YAML mapping of reasonable size; symbolic links, devices and named pipes are not read, and binary or non-UTF-8 files, alias bombs and over-large files are refused.',
    fr: 'Le fichier doit être un fichier ordinaire contenant un bloc YAML de taille raisonnable ; liens symboliques, périphériques et tubes nommés ne sont pas lus, et fichiers binaires ou hors UTF-8, bombes d’alias et fichiers trop gros sont refusés.',
  },

  messages: {
    'too-large': {
      en: 'This file is too large to check ({size} MB; the limit is {limit} MB). Split the declaration over several .hds.yaml files.',
      fr: 'Ce fichier est trop gros pour être vérifié ({size} Mo ; la limite est de {limit} Mo). Répartissez la déclaration sur plusieurs fichiers .hds.yaml.',
    },
    'symbolic-link': {
      en: 'This declaration file is a symbolic link: links are not followed (one could lead to a device or to a file outside the repository), so it is not checked. Put the file itself here.',
      fr: 'Ce fichier de déclaration est un lien symbolique : les liens ne sont pas suivis (l’un d’eux pourrait mener à un périphérique ou à un fichier hors du dépôt), il n’est donc pas vérifié. Placez ici le fichier lui-même.',
    },
    'not-a-file': {
      en: 'This is not a regular file but a {what}: it is not read, nor checked.',
      fr: 'Ceci n’est pas un fichier ordinaire mais {what} : il n’est ni lu, ni vérifié.',
    },
    binary: { en: 'This file is not text: it contains binary bytes.', fr: "Ce fichier n’est pas du texte : il contient des octets binaires." },
    'invalid-utf8': {
      en: 'This file is not valid UTF-8 (the first undecodable byte is here); it is not checked. Save it as UTF-8.',
      fr: 'Ce fichier n’est pas en UTF-8 valide (le premier octet illisible est ici) ; il n’est pas vérifié. Enregistrez-le en UTF-8.',
    },
    'alias-expansion': {
      en: 'This file expands into too many values through its aliases (*name); it is not checked.',
      fr: "Ce fichier se déploie en trop de valeurs par ses alias (*nom) ; il n’est pas vérifié.",
    },
    'too-deep': { en: 'This file nests values too deeply to be a declaration; it is not checked.', fr: "Ce fichier imbrique ses valeurs trop profondément pour être une déclaration ; il n’est pas vérifié." },
    'not-a-mapping': {
      en: 'A declaration file must be a mapping of sections (hds, scope, soa, risks…), not a single value or a list.',
      fr: "Un fichier de déclaration doit être un bloc de sections (hds, scope, soa, risks…), pas une valeur seule ni une liste.",
    },
  },
  check({ declaration, report }) {
    const what = {
      'symbolic-link': { en: 'symbolic link', fr: 'un lien symbolique' },
      'named-pipe': { en: 'named pipe', fr: 'un tube nommé' },
      device: { en: 'device', fr: 'un périphérique' },
      socket: { en: 'socket', fr: 'une socket' },
      folder: { en: 'folder', fr: 'un dossier' },
      other: { en: 'special file', fr: 'un fichier spécial' },
    };
    // Rounded up, so a file just over the limit never reads "4 MB; the limit is 4 MB".
    const megabytes = (chars: number, round = Math.round) => round((chars / 1024 / 1024) * 10) / 10;
    for (const file of declaration.files) {
      for (const problem of file.problems) {
        if (problem.kind === 'syntax' || problem.kind === 'merge-key') continue;
        const span = problem.kind === 'not-a-mapping' || problem.kind === 'invalid-utf8' ? { start: problem.start, end: problem.end } : { start: 0, end: Math.min(file.text.length, 1) };
        const number = (value: number) => ({ en: decimal(value, 'en'), fr: decimal(value, 'fr') });
        if (problem.kind === 'not-a-file') {
          report(problem.what === 'symbolic-link' ? { messageId: 'symbolic-link', at: { file, ...span } } : { messageId: 'not-a-file', at: { file, ...span }, args: { what: what[problem.what] } });
          continue;
        }
        const args = problem.kind === 'too-large' ? { size: number(megabytes(problem.size, Math.ceil)), limit: number(megabytes(MAX_FILE_CHARS)) } : undefined;
        report({ messageId: problem.kind, at: { file, ...span }, args });
      }
    }
  },
});
