// A document as Markdown: a heading per section and pipe tables. Every text goes through the one
// Markdown escaping (engine/markdown.ts): `|` cannot split a cell, line breaks stay as <br>, and no
// text becomes markup (no image, link, HTML or mention).
import { markdownText } from '../engine/markdown';
import type { ExportDocument } from './guarantees';

export function markdownCell(text: string): string {
  return markdownText(text, { lineBreak: '<br>' });
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
