// The HTML documents a host hands over, printed as a person would: each one the command line
// exports from the complete example is opened in Chromium, printed to PDF on A4, its pages
// counted, and screenshotted. A document that overflows its page count (a table cut across
// pages, a page of blank) fails here before it reaches a customer or the ANS list.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { assertBuilt, REPO } from './workspace';
import { chromiumPath } from './browser';

const OUTPUT = path.join(REPO, 'test-results', 'e2e');
const AS_OF = '2026-11-22';

/**
 * Each document, and how many A4 landscape pages it prints on: measured, then pinned, so that a
 * change of layout or content that makes a document longer or shorter is seen and decided. The
 * transfers page is long because EXI-31 answers for each certified activity (the example certifies
 * four, each with its chapter 8 table and its transfers).
 */
const DOCUMENTS: { name: string; args: string[]; pages: number }[] = [
  { name: 'guarantees-en', args: ['export', 'guarantees', 'examples', '--lang', 'en'], pages: 5 },
  { name: 'guarantees-fr', args: ['export', 'guarantees', 'examples', '--lang', 'fr'], pages: 6 },
  { name: 'transfers-page-en', args: ['export', 'transfers-page', 'examples', '--lang', 'en'], pages: 14 },
  { name: 'transfers-page-fr', args: ['export', 'transfers-page', 'examples', '--lang', 'fr'], pages: 18 },
];


/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

async function main(): Promise<number> {
  assertBuilt();
  fs.mkdirSync(OUTPUT, { recursive: true });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hds-print-'));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  let passed = 0;
  let failed = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    for (const document of DOCUMENTS) {
      const file = path.join(folder, `${document.name}.html`);
      const exported = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), ...document.args, '--as-of', AS_OF, '--output', file], { cwd: REPO, encoding: 'utf8' });
      if (exported.status !== 0) {
        failed++;
        console.log(`  ✗ ${document.name}: hds-check exited ${exported.status}: ${exported.stderr.trim()}`);
        continue;
      }
      await page.goto(pathToFileURL(file).href);
      await page.screenshot({ path: path.join(OUTPUT, `print-${document.name}.png`), fullPage: true });
      // The documents' own @page rule (A4 landscape) decides the page size, as a person's print dialog does.
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      fs.writeFileSync(path.join(OUTPUT, `print-${document.name}.pdf`), pdf);
      const pages = pdfPageCount(pdf);
      if (pages === document.pages) {
        passed++;
        console.log(`  ✓ ${document.name}: ${pages} A4 page${pages === 1 ? '' : 's'}`);
      } else {
        failed++;
        console.log(`  ✗ ${document.name}: ${pages} A4 pages, expected ${document.pages} (test-results/e2e/print-${document.name}.pdf)`);
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
  console.log(`\nprinted documents: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.stack : String(error));
      process.exit(1);
    },
  );
}
