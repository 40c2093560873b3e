// Hostile shapes (issue 23): inputs a repository can hold that once cost more than linear time.
// For each shape, two or three sizes, each double the one before: the time and peak memory per size,
// and the growth ratio between sizes (doubling the input should roughly double the time, a ratio
// near 2; near 4 is quadratic). Figures are printed, never asserted.
//
//   npm run bench:hostile                 # the full run (docs/performance.md, "Hostile shapes")
//   node bench/hostile.mjs --smoke        # small sizes, for CI (prints, asserts nothing)
//   node bench/hostile.mjs --only soa     # one shape
//
// The command-line shapes run `hds-check` in a child process (its own memory figures); the
// many-declarations shape asks the bundled server for `hds/coverage` over all of them.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TODAY = '2026-11-22';
const EXAMPLES = ['declaration.hds.yaml', 'soa.hds.yaml', 'risks.hds.yaml', 'subcontractors.hds.yaml'];

const { values: argv } = parseArgs({ options: { smoke: { type: 'boolean', default: false }, only: { type: 'string' }, child: { type: 'string' } }, strict: true });

const pad = (n, width = 5) => String(n).padStart(width, '0');
const example = (name) => fs.readFileSync(path.join(REPO, 'examples', name), 'utf8');
/** The examples' split declaration in `folder`, `edit` applied to the text of each file. */
function writeExamples(folder, edit = {}) {
  fs.mkdirSync(folder, { recursive: true });
  for (const name of EXAMPLES) fs.writeFileSync(path.join(folder, name), (edit[name] ?? ((text) => text))(example(name).replace(/\n?$/, '\n')));
}

/** Each shape: what it is, its sizes (full run, smoke run) and how to write it into a folder. */
const SHAPES = [
  {
    name: 'aliases',
    what: 'one anchor and a list of N aliases to it (`*x`) in the main file',
    sizes: [10_000, 20_000, 40_000],
    smoke: [500, 1_000],
    write: (folder, n) => writeExamples(folder, { 'declaration.hds.yaml': (text) => `${text}x-anchor: &x { a: 1 }\nx-aliases:\n${'  - *x\n'.repeat(n)}` }),
  },
  {
    name: 'unknown-keys',
    what: 'N unknown top-level keys (16,000 ≈ 250 KB)',
    sizes: [4_000, 8_000, 16_000],
    smoke: [1_000, 2_000],
    write: (folder, n) => writeExamples(folder, { 'declaration.hds.yaml': (text) => text + Array.from({ length: n }, (_, i) => `unknown_${pad(i)}: 1\n`).join('') }),
  },
  {
    name: 'soa-entries',
    what: 'N more SoA entries (the 93 controls listed again and again)',
    sizes: [2_000, 4_000, 8_000],
    smoke: [500, 1_000],
    write: (folder, n) => writeExamples(folder, { 'soa.hds.yaml': (text) => text + Array.from({ length: n }, (_, i) => `  - { control: "${5 + (i % 4)}.${1 + (i % 14)}", applicable: true, status: implemented }\n`).join('') }),
  },
  {
    name: 'subcontractors',
    what: 'N more subcontractors, each certified for the activities it performs',
    sizes: [1_000, 2_000, 4_000],
    smoke: [250, 500],
    write: (folder, n) => writeExamples(folder, {
      'subcontractors.hds.yaml': (text) => text + Array.from({ length: n }, (_, i) => `  - { id: s-${pad(i)}, name: Sub ${i} SAS, role: Racks, activities: [hardware], certificate: { body: AFNOR, number: HDS-${pad(i)}, activities: [hardware], expires: 2029-06-30 }, storage_countries: [FR], remote_access: none, third_country_laws: none, secnumcloud: false }\n`).join(''),
    }),
  },
  {
    name: 'many-files',
    what: 'one declaration over N files in one folder (one risk each)',
    sizes: [500, 1_000, 2_000],
    smoke: [100, 200],
    write: (folder, n) => {
      writeExamples(folder);
      for (let i = 0; i < n; i++) fs.writeFileSync(path.join(folder, `risk-${pad(i)}.hds.yaml`), `risks:\n  - { id: X-${pad(i)}, scenario: A, title: Risk ${i}, likelihood: 1, impact: 1, treatment: accept }\n`);
    },
  },
  {
    name: 'declarations',
    what: 'N small declarations, each in its folder: the server’s `hds/coverage` over all (first answer, then again)',
    sizes: [750, 1_500, 3_000],
    smoke: [50, 100],
    server: true,
    write: (folder, n) => {
      const main = 'hds: 2\norganization:\n  name: Small {i} SAS\nscope:\n  activities:\n    backup: { provided: in-house }\n';
      for (let i = 0; i < n; i++) {
        fs.mkdirSync(path.join(folder, `d-${pad(i)}`), { recursive: true });
        fs.writeFileSync(path.join(folder, `d-${pad(i)}`, 'declaration.hds.yaml'), main.replace('{i}', String(i)));
      }
    },
  },
];

/** Child mode: run the command line once on a folder, in this process, and print time and peak memory. */
async function child(folder) {
  const { run } = require(path.join(REPO, 'out/server/src/cli/run.js'));
  const started = performance.now();
  const code = await run([folder, '--as-of', TODAY], { cwd: folder, env: { LANG: 'en_US.UTF-8' }, today: TODAY, stdout: () => {}, stderr: () => {} });
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, code }));
}

function peakRssMb(pid) {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function measureCli(folder) {
  const ran = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', folder], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (ran.status !== 0) throw new Error(`child failed: ${ran.stderr}`);
  return JSON.parse(ran.stdout);
}

async function measureServer(folder) {
  const { LspClient } = require(path.join(REPO, 'out/test/server/lspClient.js'));
  const client = new LspClient();
  try {
    await client.initialize([folder], { settings: { asOf: TODAY } });
    let started = performance.now();
    const first = await client.request('hds/coverage', {});
    const ms = performance.now() - started;
    started = performance.now();
    await client.request('hds/coverage', {});
    const againMs = performance.now() - started;
    return { ms, againMs, peakMb: peakRssMb(client.pid), declarations: first.declarations.length };
  } finally {
    await client.shutdown();
  }
}

const seconds = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

async function main() {
  if (argv.child) return child(argv.child);
  const shapes = SHAPES.filter((shape) => !argv.only || argv.only.split(',').includes(shape.name));
  console.log(`Hostile shapes${argv.smoke ? ' (smoke sizes)' : ''}: node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}). Ratio: time of this size / time of the size before (2 = linear, 4 = quadratic).`);
  console.log('');
  console.log('| Shape | N | Time | Peak memory | Ratio |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const shape of shapes) {
    let previous;
    for (const n of argv.smoke ? shape.smoke : shape.sizes) {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), `hds-hostile-${shape.name}-`));
      try {
        shape.write(folder, n);
        const measured = shape.server ? await measureServer(folder) : await measureCli(folder);
        const ratio = previous ? (measured.ms / previous).toFixed(1) : '—';
        const time = shape.server ? `${seconds(measured.ms)} (again: ${seconds(measured.againMs)}; ${measured.declarations} answered)` : seconds(measured.ms);
        console.log(`| ${shape.name} | ${n.toLocaleString('en')} | ${time} | ${Math.round(measured.peakMb)} MB | ${ratio} |`);
        previous = measured.ms;
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    }
  }
  console.log('');
  for (const shape of shapes) console.log(`- ${shape.name}: ${shape.what}.`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
