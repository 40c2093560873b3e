// The report for people: findings by file, which declaration each named file belongs to, a summary.
import type { Locale } from '../../engine';
import type { Report } from '../report';
import { severityWord } from '../severity';

const say = {
  belongs: {
    en: (file: string, main: string, others: number) => `${file} belongs to the declaration of ${main}: checked with ${others === 1 ? 'its other file' : `its ${others} other files`}.`,
    fr: (file: string, main: string, others: number) => `${file} fait partie de la déclaration de ${main}\u00a0: vérifié avec ${others === 1 ? 'son autre fichier' : `ses ${others} autres fichiers`}.`,
  },
  main: {
    en: (file: string, others: number) => `${file} is the main file of its declaration: checked with ${others === 1 ? 'its other file' : `its ${others} other files`}.`,
    fr: (file: string, others: number) => `${file} est le fichier principal de sa déclaration\u00a0: vérifié avec ${others === 1 ? 'son autre fichier' : `ses ${others} autres fichiers`}.`,
  },
  noMain: {
    en: (file: string, others: number) => `${file} belongs to no declaration with a main file (hds: 2)${others > 0 ? `: checked with the ${others} declaration file(s) beside it` : ''}.`,
    fr: (file: string, others: number) => `${file} n’appartient à aucune déclaration ayant un fichier principal (hds: 2)${others > 0 ? `\u00a0: vérifié avec le ou les ${others} fichiers de déclaration voisins` : ''}.`,
  },
  summary: {
    en: (files: number, errors: number, warnings: number, information: number, accepted: number) => `${files} file(s) checked: ${errors} error(s), ${warnings} warning(s), ${information} information(s)${accepted ? `, ${accepted} accepted` : ''}.`,
    fr: (files: number, errors: number, warnings: number, information: number, accepted: number) => `${files} fichier(s) vérifié(s)\u00a0: ${errors} erreur(s), ${warnings} avertissement(s), ${information} information(s)${accepted ? `, ${accepted} accepté(s)` : ''}.`,
  },
};

export function formatText(report: Report): string {
  const locale: Locale = report.locale;
  const lines: string[] = [];
  for (const declaration of report.declarations) {
    for (const named of declaration.named) {
      const others = declaration.files.length - 1;
      if (declaration.files.length === 1 && declaration.mainFile === named) continue;
      lines.push(declaration.mainFile === named ? say.main[locale](named, others) : declaration.mainFile ? say.belongs[locale](named, declaration.mainFile, others) : say.noMain[locale](named, others));
    }
  }
  const files = [...new Set(report.findings.map((finding) => finding.file))].sort();
  const severityWidth = Math.max(...report.findings.map((finding) => severityWord(finding.severity, locale).length), 0);
  for (const file of files) {
    lines.push('', file);
    for (const finding of report.findings.filter((candidate) => candidate.file === file)) {
      lines.push(`  ${`${finding.line}:${finding.column}`.padEnd(8)} ${severityWord(finding.severity, locale).padEnd(severityWidth)}  ${finding.message}  ${finding.code}`);
    }
  }
  lines.push('', summaryLine(report));
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
}

/** The last line of the text report: how many files, errors, warnings and information. */
export function summaryLine(report: Report): string {
  return say.summary[report.locale](report.files, report.errors, report.warnings, report.information + report.hints, report.accepted);
}
