// Benchmark of completion and hover on a generated 10,000-line declaration (bench/generate.mjs): through the language
// services directly, then through the bundled server over stdio (as an editor runs it).
// Run with `npm run bench` (compiles and bundles first). Prints p50/p95/p99 latencies and memory.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { singleFile } from './generate.mjs';

const require = createRequire(import.meta.url);
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = (module) => require(path.join(REPO, 'out', module));
const { checkDeclaration, positionAt } = out('server/src/engine/index.js');
const { complete } = out('server/src/services/completion.js');
const { hover } = out('server/src/services/hover.js');
const { LspClient } = out('test/server/lspClient.js');

const TODAY = '2026-11-22';
const TARGET_LINES = 10_000;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 2000);

/** Cursor offsets spread over the file: on scalars, on keys, at line ends (where typing happens). */
function samplePositions(text, count) {
  const offsets = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < count; i++) {
    const line = Math.floor(random() * (lineStarts.length - 1));
    const start = lineStarts[line];
    const end = lineStarts[line + 1] - 1;
    const kind = i % 3;
    offsets.push(kind === 0 ? end : kind === 1 ? start + Math.floor(random() * Math.max(1, end - start)) : Math.min(end, start + text.slice(start, end).search(/\S|$/) + 1));
  }
  return offsets;
}

function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted[sorted.length - 1] };
}

function report(name, samples) {
  const { n, p50, p95, p99, max } = percentiles(samples);
  console.log(`${name.padEnd(34)} n=${String(n).padStart(5)}  p50 ${p50.toFixed(2).padStart(7)} ms  p95 ${p95.toFixed(2).padStart(7)} ms  p99 ${p99.toFixed(2).padStart(7)} ms  max ${max.toFixed(2).padStart(7)} ms`);
  return p99;
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  const text = singleFile(TARGET_LINES)[0].text;
  const lineCount = text.split('\n').length - 1;
  const uri = 'file:///bench/declaration.hds.yaml';
  console.log(`Declaration: ${lineCount} lines, ${(text.length / 1024).toFixed(0)} KiB`);

  // Checking is what an edit costs before any request can be answered; measured for reference.
  const checkTimes = [];
  let checked;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    checked = checkDeclaration([{ uri, text }], { today: TODAY, locale: 'en' });
    checkTimes.push(performance.now() - started);
  }
  const file = checked.declaration.files[0];
  const offsets = samplePositions(text, SAMPLES);

  console.log('\nLanguage services (in process, on the latest check result):');
  for (const locale of ['en', 'fr']) {
    const completionTimes = [];
    const hoverTimes = [];
    let answered = 0;
    for (const offset of offsets) {
      let started = performance.now();
      const list = complete({ file, offset, checked, locale });
      completionTimes.push(performance.now() - started);
      if (list && list.items.length > 0) answered++;
      started = performance.now();
      hover({ file, position: positionAt(file, offset), checked, locale, today: TODAY });
      hoverTimes.push(performance.now() - started);
    }
    report(`completion (${locale})`, completionTimes);
    report(`hover (${locale})`, hoverTimes);
    if (locale === 'en') console.log(`  (${answered}/${offsets.length} positions had completion items)`);
  }
  report('check after an edit (reference)', checkTimes);
  const memory = process.memoryUsage();
  console.log(`Memory (bench process): heap used ${mb(memory.heapUsed)}, rss ${mb(memory.rss)}`);

  if (process.env.BENCH_SKIP_SERVER) return;
  console.log('\nBundled server over stdio (round trip, document open and checked):');
  await withServerOn(text, async (client, serverUri) => {
    await client.waitFor('textDocument/publishDiagnostics', () => true, 60_000);
    client.notify('textDocument/didOpen', { textDocument: { uri: serverUri, languageId: 'hds-yaml', version: 1, text } });
    const completionTimes = [];
    const hoverTimes = [];
    const serverOffsets = offsets.slice(0, Math.min(offsets.length, 1000));
    for (const offset of serverOffsets) {
      const position = positionAt(file, offset);
      let started = performance.now();
      await client.request('textDocument/completion', { textDocument: { uri: serverUri }, position });
      completionTimes.push(performance.now() - started);
      started = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri: serverUri }, position });
      hoverTimes.push(performance.now() - started);
    }
    report('completion (server)', completionTimes);
    report('hover (server)', hoverTimes);
    // An edit then a completion: the request pays for re-checking the declaration.
    const editTimes = [];
    for (let version = 2; version < 12; version++) {
      const edited = text.replace('title: Risk number 500 ', `title: Risk number 500 (v${version}) `);
      client.notify('textDocument/didChange', { textDocument: { uri: serverUri, version }, contentChanges: [{ text: edited }] });
      const started = performance.now();
      await client.request('textDocument/completion', { textDocument: { uri: serverUri }, position: positionAt(file, offsets[version]) });
      editTimes.push(performance.now() - started);
    }
    report('completion right after an edit', editTimes);
    report('sidebar refresh after an edit', await sidebarRefreshTimes(client, serverUri, text, 12));
    const pid = client.pid;
    const status = pid ? fs.readFileSync(`/proc/${pid}/status`, 'utf8') : '';
    const rss = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    if (rss) console.log(`Memory (server process): rss ${mb(Number(rss) * 1024)}`);
  });
}

/** Runs `use` on the bundled server started on a folder whose one declaration file holds `text`. */
async function withServerOn(text, use) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hds-bench-'));
  const diskFile = path.join(folder, 'declaration.hds.yaml');
  fs.writeFileSync(diskFile, text);
  const client = new LspClient();
  try {
    await client.initialize([folder], { settings: { asOf: TODAY } });
    return await use(client, pathToFileURL(diskFile).href);
  } finally {
    await client.shutdown();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * From the last keystroke to the sidebar's data: the server's typing pause, the check, the
 * `hds/coverageChanged` notification and the `hds/coverage` answer (the client adds ~10 ms).
 */
async function sidebarRefreshTimes(client, uri, text, firstVersion) {
  const times = [];
  for (let version = firstVersion; version < firstVersion + 10; version++) {
    const since = client.notifications.length;
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: `${text}\n# edit ${version}\n` }] });
    const started = performance.now();
    await client.waitFor('hds/coverageChanged', () => true, 60_000, since);
    await client.request('hds/coverage', {});
    times.push(performance.now() - started);
    // Let the notification of the check that request made pass before the next edit.
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return times;
}

/** Typing speed of the scenario below: a steady typist, about 8 characters a second. */
const KEYSTROKE_MS = 120;

/**
 * Typing in a large file as an editor sends it: one character per change, each followed by a
 * completion request at the cursor (the suggest widget open). Completion should not wait behind
 * re-checks of the declaration between keystrokes.
 */
async function typingCompletionTimes(lines) {
  const text = singleFile(lines)[0].text;
  return withServerOn(text, async (client, uri) => {
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text } });
    await client.waitFor('textDocument/publishDiagnostics', (params) => params.uri === uri, 300_000);
    const textLines = text.split('\n');
    const line = textLines.findIndex((entry, index) => index > textLines.length / 2 && entry.startsWith('    title: '));
    let character = textLines[line].length;
    const times = [];
    for (let version = 2; version < 32; version++) {
      const typed = 'abcdefghijklmnopqrstuvwxyz'[version % 26];
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: typed }] });
      character++;
      const started = performance.now();
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character } });
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, KEYSTROKE_MS - (performance.now() - started))));
    }
    return times;
  });
}

async function sidebarOnExamples() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hds-bench-examples-'));
  for (const name of fs.readdirSync(path.join(REPO, 'examples')).filter((entry) => entry.endsWith('.hds.yaml'))) {
    fs.copyFileSync(path.join(REPO, 'examples', name), path.join(folder, name));
  }
  const client = new LspClient();
  try {
    await client.initialize([folder], { settings: { asOf: TODAY } });
    await client.waitFor('textDocument/publishDiagnostics', () => true, 60_000);
    const file = path.join(folder, 'risks.hds.yaml');
    const uri = pathToFileURL(file).href;
    const text = fs.readFileSync(file, 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'hds-yaml', version: 1, text } });
    report('sidebar refresh (examples/)', await sidebarRefreshTimes(client, uri, text, 2));
  } finally {
    await client.shutdown();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main()
  .then(() => (process.env.BENCH_SKIP_SERVER ? undefined : sidebarOnExamples()))
  .then(async () => {
    if (process.env.BENCH_SKIP_SERVER) return;
    for (const lines of [10_000, 50_000]) report(`completion while typing, ${lines / 1000}k lines`, await typingCompletionTimes(lines));
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
