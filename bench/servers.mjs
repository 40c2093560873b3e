// The HDS language server against yaml-language-server with this project's JSON schema, both driven
// over stdio as an editor runs them, on the same generated declarations (one file, or split over
// 20 files). Prints every run, the medians and the ratios, and writes docs/performance.md.
//
//   node bench/servers.mjs                      # 1,000, 10,000 and 50,000 lines (npm run bench)
//   node bench/servers.mjs --smoke              # 1,000 lines, one run, few samples (CI smoke check)
//   node bench/servers.mjs --sizes 10000 --runs 5 --layouts single
//
// Figures depend on the machine and its load: they are printed, never asserted.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { singleFile, splitFiles } from './generate.mjs';

const require = createRequire(import.meta.url);
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { LspClient } = require(path.join(REPO, 'out/test/server/lspClient.js'));

const TODAY = '2026-11-22';
const SCHEMA_URI = pathToFileURL(path.join(REPO, 'schemas/hds.schema.json')).href;
/**
 * How long the editor waits after an edit's diagnostics before the next edit: each edit is checked
 * on its own, after the server's typing pause (yaml-language-server's validationDelayMs is 200 ms;
 * the HDS server waits as long as its last check took, 50 to 250 ms), and the HDS server's idle
 * collection (1 s) never runs between edits.
 */
const PAUSE_BETWEEN_EDITS_MS = 150;
/** How long the editor stays quiet after the last edit before the resident memory is read again. */
const IDLE_MS = 2000;

const { values: argv } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    layouts: { type: 'string' },
    servers: { type: 'string' },
    runs: { type: 'string' },
    samples: { type: 'string' },
    edits: { type: 'string' },
    write: { type: 'string' },
  },
});
const sizes = (argv.sizes ?? (argv.smoke ? '1000' : '1000,10000,50000')).split(',').map(Number);
const layouts = (argv.layouts ?? 'single,split').split(',');
const serverNames = (argv.servers ?? 'hds,yaml-language-server').split(',');
/** Large sizes are slow on a shared machine: fewer runs unless told otherwise. */
const runsFor = (size) => Number(argv.runs ?? (argv.smoke ? 1 : size >= 50_000 ? 1 : 3));
const samplesFor = (size) => Number(argv.samples ?? (argv.smoke ? 20 : size >= 50_000 ? 20 : size >= 10_000 ? 60 : 100));
const editsFor = (size) => Number(argv.edits ?? (argv.smoke ? 5 : size >= 50_000 ? 8 : 20));
const writeDocs = argv.write !== undefined ? argv.write !== 'false' : !argv.smoke;

const servers = {
  hds: {
    label: 'HDS server',
    // BENCH_HDS_SERVER runs another build (or a profiling wrapper) in its place.
    module: process.env.BENCH_HDS_SERVER ?? path.join(REPO, 'dist/server.js'),
    languageId: 'hds-yaml',
    // Started as the VS Code client starts it; BENCH_HDS_NODE_ARGS gives other Node options ("" for none).
    nodeArgs: process.env.BENCH_HDS_NODE_ARGS !== undefined ? process.env.BENCH_HDS_NODE_ARGS.split(' ').filter(Boolean) : [...require(path.join(REPO, 'out/server/src/protocol.js')).SERVER_NODE_OPTIONS],
    configuration: () => ({ asOf: TODAY }),
  },
  'yaml-language-server': {
    label: 'yaml-language-server',
    module: require.resolve('yaml-language-server/bin/yaml-language-server'),
    languageId: 'yaml',
    configuration: (section) => {
      if (section === 'yaml') {
        // The schema from this repository, no schema store (no network), every feature on.
        return { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false }, schemas: { [SCHEMA_URI]: '*.hds.yaml' } };
      }
      if (section === 'http') return { proxy: '', proxyStrictSSL: false };
      if (section === 'editor') return { tabSize: 2, detectIndentation: false };
      return {};
    },
  },
};

/** The generated files, with one deliberate schema error so that first diagnostics are not empty for either server. */
function declarationFiles(size, layout) {
  const files = layout === 'single' ? singleFile(size) : splitFiles(size, 20);
  files[0].text = files[0].text.replace('  siren: "552100554"\n', '  siren: "552100554"\n  nmae: Bench\n');
  return files;
}

function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Peak resident memory of a process, in MiB (Linux). */
function peakRssMb(pid) {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Resident memory of a process now, in MiB (Linux). */
function currentRssMb(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** CPU time a process has used so far, in ms (Linux): unlike wall time, barely affected by other load on the machine. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();

/**
 * The floor: the `yaml` library alone parsing the declaration's files, in a fresh process (cold,
 * as a server's first check is) and warm (median of five more).
 */
function parseFloor(folder) {
  const script = `
    const fs = require('fs'), path = require('path'), YAML = require(${JSON.stringify(require.resolve('yaml'))});
    const texts = fs.readdirSync(process.argv[1]).filter((n) => n.endsWith('.hds.yaml')).map((n) => fs.readFileSync(path.join(process.argv[1], n), 'utf8'));
    const once = () => { const t = performance.now(); for (const text of texts) YAML.parseAllDocuments(text); return performance.now() - t; };
    const cpu = process.cpuUsage(); const cold = once(); const used = process.cpuUsage(cpu); const coldCpu = (used.user + used.system) / 1000;
    const warm = [once(), once(), once(), once(), once()].sort((a, b) => a - b)[2];
    process.stdout.write(JSON.stringify({ cold, coldCpu, warm }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, folder], { encoding: 'utf8' }));
}

/** Cursor positions on the edited file: line ends, inside values, after indentation. */
function samplePositions(text, count) {
  const lines = text.split('\n');
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const positions = [];
  for (let i = 0; i < count; i++) {
    const line = Math.floor(random() * (lines.length - 1));
    const length = lines[line].length;
    const indent = lines[line].search(/\S|$/);
    const character = i % 3 === 0 ? length : i % 3 === 1 ? Math.floor(random() * Math.max(1, length)) : Math.min(length, indent + 1);
    positions.push({ line, character });
  }
  return positions;
}

/** The lines of risk titles around the middle of the file, which the edits rewrite in turn. */
function titleLines(text) {
  const lines = text.split('\n');
  const titles = lines.flatMap((line, index) => (/^ {4}title: /.test(line) ? [index] : []));
  const middle = Math.floor(titles.length / 2);
  return { lines, targets: titles.slice(Math.max(0, middle - 2), middle + 3) };
}

async function runOnce(serverName, size, layout) {
  const server = servers[serverName];
  const files = declarationFiles(size, layout);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `hds-bench-${serverName}-`));
  for (const file of files) fs.writeFileSync(path.join(folder, file.name), file.text);
  const lineCount = files.reduce((total, file) => total + file.text.split('\n').length - 1, 0);
  const mainUri = pathToFileURL(path.join(folder, files[0].name)).href;
  // Single file: edit it. Split: edit a file of risks in the middle of the set.
  const edited = layout === 'single' ? files[0] : files[Math.floor(files.length / 2)];
  const editedUri = pathToFileURL(path.join(folder, edited.name)).href;
  const result = { server: serverName, size, layout, lines: lineCount, files: files.length };
  const started = performance.now();
  const client = new LspClient(['--stdio'], { serverModule: server.module, nodeArgs: server.nodeArgs ?? [] });
  try {
    await client.initialize([folder], { configuration: server.configuration });
    result.startup = performance.now() - started;
    if (serverName === 'yaml-language-server') client.notify('workspace/didChangeConfiguration', { settings: { yaml: server.configuration('yaml') } });

    // First diagnostics: the main file opened right after `initialized`, until its (non-empty) diagnostics arrive.
    const cpuAtOpen = cpuMs(client.pid);
    const opened = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri: mainUri, languageId: server.languageId, version: 1, text: files[0].text } });
    await client.waitFor('textDocument/publishDiagnostics', (params) => params.uri === mainUri && params.diagnostics.length > 0, 300_000);
    result.firstDiagnostics = performance.now() - opened;
    result.firstDiagnosticsCpu = cpuMs(client.pid) - cpuAtOpen;
    result.peakAtFirstDiagnosticsMb = peakRssMb(client.pid);
    if (editedUri !== mainUri) {
      const since = client.notifications.length;
      client.notify('textDocument/didOpen', { textDocument: { uri: editedUri, languageId: server.languageId, version: 1, text: edited.text } });
      if (serverName === 'yaml-language-server') await client.waitFor('textDocument/publishDiagnostics', (params) => params.uri === editedUri, 300_000, since);
      else await new Promise((resolve) => setTimeout(resolve, 300));
    }

    const completion = [];
    const hover = [];
    for (const position of samplePositions(edited.text, samplesFor(size))) {
      let t = performance.now();
      await client.request('textDocument/completion', { textDocument: { uri: editedUri }, position });
      completion.push(performance.now() - t);
      t = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri: editedUri }, position });
      hover.push(performance.now() - t);
    }
    Object.assign(result, { completionP50: percentile(completion, 50), completionP99: percentile(completion, 99), hoverP50: percentile(hover, 50), hoverP99: percentile(hover, 99) });

    // Edits: one line rewritten, sent as an incremental change, until the file's next diagnostics.
    const { lines, targets } = titleLines(edited.text);
    const editTimes = [];
    result.peakBeforeEditsMb = peakRssMb(client.pid);
    const cpuBeforeEdits = cpuMs(client.pid);
    for (let k = 0; k < editsFor(size); k++) {
      const line = targets[k % targets.length];
      const replacement = `    title: Risk edited ${k}`;
      const since = client.notifications.length;
      const t = performance.now();
      client.notify('textDocument/didChange', {
        textDocument: { uri: editedUri, version: k + 2 },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: lines[line].length } }, text: replacement }],
      });
      lines[line] = replacement;
      await client.waitFor('textDocument/publishDiagnostics', (params) => params.uri === editedUri, 300_000, since);
      editTimes.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_EDITS_MS));
    }
    Object.assign(result, { editP50: percentile(editTimes, 50), editP99: percentile(editTimes, 99), editCpu: (cpuMs(client.pid) - cpuBeforeEdits) / editTimes.length });
    result.peakRssMb = peakRssMb(client.pid);
    // What stays resident once the editor has been idle for a while (the HDS server collects then).
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    result.idleRssMb = currentRssMb(client.pid);
    // yaml-language-server holds only the files open in the editor; the HDS server holds the whole
    // declaration. For comparison, its peak once every file of the declaration is open too.
    if (serverName === 'yaml-language-server' && files.length > 1) {
      for (const file of files) {
        const uri = pathToFileURL(path.join(folder, file.name)).href;
        if (uri === mainUri || uri === editedUri) continue;
        const since = client.notifications.length;
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: server.languageId, version: 1, text: file.text } });
        await client.waitFor('textDocument/publishDiagnostics', (params) => params.uri === uri, 300_000, since);
      }
      result.peakAllOpenMb = peakRssMb(client.pid);
    }
  } finally {
    await client.shutdown();
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return result;
}

const fmt = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

async function main() {
  const load = os.loadavg().map((value) => value.toFixed(1)).join(' ');
  console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${load}`);
  const rows = [];
  for (const size of sizes) {
    for (const layout of layouts) {
      const floorFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'hds-bench-floor-'));
      for (const file of declarationFiles(size, layout)) fs.writeFileSync(path.join(floorFolder, file.name), file.text);
      const floors = [];
      for (let run = 0; run < runsFor(size); run++) floors.push(parseFloor(floorFolder));
      fs.rmSync(floorFolder, { recursive: true, force: true });
      const floor = { cold: median(floors.map((entry) => entry.cold)), coldCpu: median(floors.map((entry) => entry.coldCpu)), warm: median(floors.map((entry) => entry.warm)) };
      console.log(`\n${size} lines, ${layout}: bare yaml parse ${fmt(floor.cold, 1)} ms cold (CPU ${fmt(floor.coldCpu)} ms), ${fmt(floor.warm, 1)} ms warm`);
      const runs = {};
      for (let run = 0; run < runsFor(size); run++) {
        // Alternate which server goes first, so neither always meets a warmer machine.
        const order = run % 2 === 0 ? serverNames : [...serverNames].reverse();
        for (const name of order) {
          const measured = await runOnce(name, size, layout);
          (runs[name] ??= []).push(measured);
          console.log(`  ${servers[name].label.padEnd(22)} run ${run + 1}: startup ${fmt(measured.startup)} ms, first diagnostics ${fmt(measured.firstDiagnostics)} ms, ` +
            `edit→diagnostics p50 ${fmt(measured.editP50)} / p99 ${fmt(measured.editP99)} ms, completion p50 ${fmt(measured.completionP50, 1)} / p99 ${fmt(measured.completionP99, 1)} ms, ` +
            `hover p50 ${fmt(measured.hoverP50, 1)} / p99 ${fmt(measured.hoverP99, 1)} ms, peak RSS ${fmt(measured.peakRssMb)} MiB (${fmt(measured.peakAtFirstDiagnosticsMb)} at first diagnostics, ${fmt(measured.peakBeforeEditsMb)} before the edits, ${fmt(measured.idleRssMb)} resident after ${IDLE_MS / 1000} s idle` +
            `${measured.peakAllOpenMb ? `, ${fmt(measured.peakAllOpenMb)} with every file open` : ''}); ` +
            `server CPU: first diagnostics ${fmt(measured.firstDiagnosticsCpu)} ms, per edit ${fmt(measured.editCpu)} ms`);
        }
      }
      for (const name of serverNames) {
        const list = runs[name];
        const pick = (key) => median(list.map((entry) => entry[key]));
        const spread = (key) => {
          const values = list.map((entry) => entry[key]).filter(Number.isFinite);
          return values.length > 1 ? `${fmt(Math.min(...values))}–${fmt(Math.max(...values))}` : '';
        };
        rows.push({
          server: name, size, layout, lines: list[0].lines, files: list[0].files, runs: list.length, floor,
          startup: pick('startup'), firstDiagnostics: pick('firstDiagnostics'), editP50: pick('editP50'), editP99: pick('editP99'),
          completionP50: pick('completionP50'), completionP99: pick('completionP99'), hoverP50: pick('hoverP50'), hoverP99: pick('hoverP99'),
          peakRssMb: pick('peakRssMb'), peakAllOpenMb: pick('peakAllOpenMb'), firstDiagnosticsCpu: pick('firstDiagnosticsCpu'), editCpu: pick('editCpu'), editSpread: spread('editP50'), firstSpread: spread('firstDiagnostics'),
        });
      }
    }
  }
  const markdown = `${renderTable(rows, load)}\n\n${renderTargets(rows)}`;
  console.log(`\n${markdown}`);
  if (writeDocs) {
    const target = path.join(REPO, 'docs/performance.md');
    // Only the measured part is replaced; the notes around it are written by hand.
    const existing = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    const start = existing.indexOf(MEASURED_START);
    const end = existing.indexOf(MEASURED_END);
    const measured = `${MEASURED_START}\n${markdown}\n${MEASURED_END}`;
    fs.writeFileSync(target, start >= 0 && end > start ? existing.slice(0, start) + measured + existing.slice(end + MEASURED_END.length) : renderDocument(measured));
    console.log(`Written to ${path.relative(process.cwd(), target)}`);
  }
}

const MEASURED_START = '<!-- measured by bench/servers.mjs: start -->';
const MEASURED_END = '<!-- measured by bench/servers.mjs: end -->';

/** The issue's targets, at 10,000 lines, as measured in this run. */
function renderTargets(rows) {
  const lines = ['Targets at about 10,000 lines (this run):', '', '| Target | One file | 20 files |', '| --- | --- | --- |'];
  const at = (server, layout) => rows.find((row) => row.server === server && row.layout === layout && row.size === 10_000);
  const cell = (layout, test) => {
    const own = at('hds', layout);
    const other = at('yaml-language-server', layout);
    if (!own) return '–';
    const [met, detail] = test(own, other);
    return met === undefined ? '–' : `${met ? 'met' : 'not met'} (${detail})`;
  };
  const targets = [
    ['First diagnostics ≤ 1.5× the bare parse (cold, wall time)', (own) => [own.firstDiagnostics <= 1.5 * own.floor.cold, ratio(own.firstDiagnostics, own.floor.cold)]],
    ['The same in CPU time (server process / parsing process)', (own) => (Number.isFinite(own.floor.coldCpu) ? [own.firstDiagnosticsCpu <= 1.5 * own.floor.coldCpu, ratio(own.firstDiagnosticsCpu, own.floor.coldCpu)] : [undefined])],
    ['Edit→diagnostics p50 ≤ 0.35× yaml-language-server', (own, other) => (other ? [own.editP50 <= 0.35 * other.editP50, ratio(own.editP50, other.editP50)] : [undefined])],
    ['The same in server CPU per edit', (own, other) => (other ? [own.editCpu <= 0.35 * other.editCpu, ratio(own.editCpu, other.editCpu)] : [undefined])],
    ['Peak RSS ≤ 0.5× yaml-language-server', (own, other) => (other ? [own.peakRssMb <= 0.5 * other.peakRssMb, ratio(own.peakRssMb, other.peakRssMb)] : [undefined])],
    ['Completion p99 ≤ 20 ms', (own) => [own.completionP99 <= 20, `${fmt(own.completionP99, 1)} ms`]],
    ['Hover p99 ≤ 20 ms', (own) => [own.hoverP99 <= 20, `${fmt(own.hoverP99, 1)} ms`]],
  ];
  for (const [name, test] of targets) lines.push(`| ${name} | ${cell('single', test)} | ${cell('split', test)} |`);
  return lines.join('\n');
}

function renderTable(rows, load) {
  const header = '| Lines (files) | Server | Runs | Startup | First diagnostics (× parse floor) | Edit→diagnostics p50 / p99 | Completion p50 / p99 | Hover p50 / p99 | Peak RSS | Server CPU: first diagnostics / per edit |';
  const lines = [header, '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    lines.push(`| ${row.lines.toLocaleString('en')} (${row.files}) | ${servers[row.server].label} | ${row.runs} | ${fmt(row.startup)} ms | ` +
      `${fmt(row.firstDiagnostics)} ms (${ratio(row.firstDiagnostics, row.floor.cold)})${row.firstSpread ? ` [${row.firstSpread}]` : ''} | ` +
      `${fmt(row.editP50)} / ${fmt(row.editP99)} ms${row.editSpread ? ` [p50 ${row.editSpread}]` : ''} | ${fmt(row.completionP50, 1)} / ${fmt(row.completionP99, 1)} ms | ` +
      `${fmt(row.hoverP50, 1)} / ${fmt(row.hoverP99, 1)} ms | ${fmt(row.peakRssMb)} MiB | ${fmt(row.firstDiagnosticsCpu)} / ${fmt(row.editCpu)} ms |`);
  }
  const floors = [...new Map(rows.map((row) => [`${row.size}/${row.layout}`, row])).values()];
  lines.push('', '| Lines (files) | Bare `yaml` parse, cold / warm | CPU of the cold parse |', '| --- | --- | --- |');
  for (const row of floors) lines.push(`| ${row.lines.toLocaleString('en')} (${row.files}) | ${fmt(row.floor.cold, 1)} / ${fmt(row.floor.warm, 1)} ms | ${fmt(row.floor.coldCpu)} ms |`);

  lines.push('', 'Ratios, HDS server / yaml-language-server (same run):', '');
  lines.push('| Lines (files) | First diagnostics | Edit→diagnostics p50 | Peak RSS | Peak RSS, every file open in yaml-language-server | Completion p99 | Hover p99 | CPU per edit |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows.filter((entry) => entry.server === 'hds')) {
    const other = rows.find((entry) => entry.server === 'yaml-language-server' && entry.size === row.size && entry.layout === row.layout);
    if (!other) continue;
    lines.push(`| ${row.lines.toLocaleString('en')} (${row.files}) | ${ratio(row.firstDiagnostics, other.firstDiagnostics)} | ${ratio(row.editP50, other.editP50)} | ` +
      `${ratio(row.peakRssMb, other.peakRssMb)} | ${row.files > 1 ? `${ratio(row.peakRssMb, other.peakAllOpenMb)} (${fmt(other.peakAllOpenMb)} MiB)` : '–'} | ${ratio(row.completionP99, other.completionP99)} | ${ratio(row.hoverP99, other.hoverP99)} | ${ratio(row.editCpu, other.editCpu)} |`);
  }
  const own = rows.filter((entry) => entry.server === 'hds');
  for (const layout of layouts) {
    const bySize = own.filter((entry) => entry.layout === layout).sort((a, b) => a.size - b.size);
    if (bySize.length < 2) continue;
    const perThousand = (entry, key) => fmt((entry[key] / entry.lines) * 1000, 1);
    lines.push('', `HDS server, cost per 1,000 lines (${layout}): first diagnostics ${bySize.map((entry) => `${perThousand(entry, 'firstDiagnostics')} ms`).join(' → ')}, ` +
      `edit→diagnostics p50 ${bySize.map((entry) => `${perThousand(entry, 'editP50')} ms`).join(' → ')} (at ${bySize.map((entry) => entry.lines.toLocaleString('en')).join(' → ')} lines).`);
  }
  lines.push('', `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, yaml-language-server ${require('yaml-language-server/package.json').version}, load average at start ${load}. Medians over the runs; [brackets] give the range over runs.`);
  return lines.join('\n');
}

function renderDocument(table) {
  return `# Performance

The HDS language server and yaml-language-server (with this project's JSON schema,
\`schemas/hds.schema.json\`) are both driven over stdio, as an editor runs them, on the same
generated declarations: one file, or the same content split over 20 files (main file, SoA,
subcontractors, 17 files of risks). Produced by \`npm run bench\` (\`bench/servers.mjs\`); figures
depend on the machine and its load and are never asserted.

- **HDS server** is started as the VS Code client starts it, with the Node options
  \`--max-semi-space-size=2 --heap-growing-percent=100 --expose-gc\` (\`SERVER_NODE_OPTIONS in server/src/protocol.ts\`).
- **Startup**: from spawning the server to its \`initialize\` answer.
- **First diagnostics**: from opening the main file (right after \`initialized\`) to its first
  diagnostics. The HDS server checks the whole declaration (every file, every rule);
  yaml-language-server validates the open file against the schema. In brackets: the ratio to the
  bare \`yaml\` parse of all the declaration's files in a fresh process (the floor).
- **Edit→diagnostics**: one line rewritten (an incremental change) until the edited file's new
  diagnostics, typing pause included (yaml-language-server waits 200 ms for typing to pause; the HDS
  server as long as its last check of the declaration took, 50 to 250 ms). In a split declaration the
  edited file is a file of risks.
- **Completion, hover**: round trips at positions spread over the edited file.
- **Peak RSS**: the server process's peak resident memory (VmHWM).
- **Server CPU**: CPU time the server process used (from /proc) for its first diagnostics, and per
  edit (re-check and publishing): less sensitive than wall time to other work on the machine.

${table}
`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
