// A document as one standalone HTML page, ready to print or publish: no external asset, no script,
// the style inline, every text escaped, `lang` set so screen readers and hyphenation follow it.
// The DRAFT banner of --force sits at the top, in red, on screen and on paper.
import type { ExportDocument } from './guarantees';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Escaped, with line breaks kept. */
const cell = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

const STYLE = [
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem;color:#111;line-height:1.4}',
  'h1{font-size:1.5rem;margin:0 0 .25rem}',
  'h2{font-size:1.15rem;margin:1.75rem 0 .5rem}',
  '.subtitle{color:#444;margin:0 0 1rem}',
  '.draft{background:#c00000;color:#fff;font-weight:bold;padding:.75rem 1rem;margin:0 0 1rem;-webkit-print-color-adjust:exact;print-color-adjust:exact}',
  'table{border-collapse:collapse;width:100%;font-size:.9rem}',
  'th,td{border:1px solid #999;padding:.35rem .5rem;text-align:left;vertical-align:top}',
  'th{background:#d9e1f2;-webkit-print-color-adjust:exact;print-color-adjust:exact}',
  '@media print{body{margin:0}tr{break-inside:avoid}thead{display:table-header-group}}',
  '@page{size:A4 landscape;margin:1.5cm}',
].join('\n');

export function toHtml(document: ExportDocument, banner?: string): string {
  const lines = [
    '<!DOCTYPE html>',
    `<html lang="${document.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    ...(banner ? [`<p class="draft" role="alert">${cell(banner)}</p>`] : []),
    `<h1>${escapeHtml(document.title)}</h1>`,
    `<p class="subtitle">${cell(document.subtitle)}</p>`,
  ];
  for (const section of document.sections) {
    lines.push(`<h2>${escapeHtml(section.heading)}</h2>`);
    for (const paragraph of section.paragraphs) lines.push(`<p>${cell(paragraph)}</p>`);
    if (section.table) {
      lines.push('<table>', '<thead>', `<tr>${section.table.headers.map((header) => `<th scope="col">${cell(header)}</th>`).join('')}</tr>`, '</thead>', '<tbody>');
      for (const row of section.table.rows) lines.push(`<tr>${row.map((value) => `<td>${cell(value)}</td>`).join('')}</tr>`);
      lines.push('</tbody>', '</table>');
    }
  }
  lines.push('</body>', '</html>', '');
  return lines.join('\n');
}
