// A document as Markdown: a heading per section and pipe tables. Cells escape `|` (it would split
// the cell), keep line breaks as <br>, and write < and & as entities so no text becomes markup.
import type { ExportDocument } from './guarantees';

export function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function toMarkdown(document: ExportDocument, banner?: string): string {
  const lines = [...(banner ? [`> **${markdownCell(banner)}**`, ''] : []), `# ${markdownCell(document.title)}`, '', markdownCell(document.subtitle), ''];
  for (const section of document.sections) {
    lines.push(`## ${markdownCell(section.heading)}`, '');
    for (const paragraph of section.paragraphs) lines.push(markdownCell(paragraph), '');
    if (section.table) {
      const row = (values: readonly string[]) => `| ${values.map(markdownCell).join(' | ')} |`;
      lines.push(row(section.table.headers), `|${section.table.headers.map(() => ' --- |').join('')}`, ...section.table.rows.map(row), '');
    }
  }
  return lines.join('\n');
}
