// The import graph of the sources, read from the TypeScript files themselves (type-only imports
// included): no cycles, and layers that point one way. The engine imports only the engine; services
// import the engine, services, the protocol (server/src/protocol.ts: the types and ids the client
// shares) and the documents (the table editor shows the exports' tables); the documents (server/src/documents/: the exports, shared by the command line and the
// server) import only the engine and themselves, and the protocol only their kinds; the server layer (server.ts, features/, workspace…) sits on top and nothing below
// imports it; the client imports only itself and the protocol; rules do not import other rules.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { REPO } from './fixtures';

const ROOTS = ['server/src', 'client/src'];

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(path.join(REPO, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

/** The repository files a source file imports: import/export … from, import type, import('…'). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(path.join(REPO, file), 'utf8'), true, true);
  return importedFiles.flatMap(({ fileName }) => {
    if (!fileName.startsWith('.')) return [];
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName));
    const target = [`${base}.ts`, `${base}/index.ts`, base].find((candidate) => fs.existsSync(path.join(REPO, candidate)));
    assert.ok(target, `${file} imports ${fileName}, which does not exist`);
    return [target];
  });
}

type Layer = 'engine' | 'protocol' | 'services' | 'documents' | 'server' | 'client' | 'data';

function layerOf(file: string): Layer {
  if (file.startsWith('server/src/engine/')) return 'engine';
  if (file.startsWith('server/src/services/')) return 'services';
  if (file.startsWith('server/src/documents/')) return 'documents';
  if (file === 'server/src/protocol.ts') return 'protocol';
  if (file.startsWith('server/src/')) return 'server';
  if (file.startsWith('client/src/')) return 'client';
  return 'data';
}

const allowed: Record<Layer, readonly Layer[]> = {
  engine: ['engine', 'data'],
  protocol: ['engine', 'documents', 'data'],
  services: ['engine', 'protocol', 'services', 'documents', 'data'],
  documents: ['engine', 'documents', 'data'],
  server: ['engine', 'protocol', 'services', 'documents', 'server', 'data'],
  client: ['client', 'protocol'],
  data: [],
};

/** Strongly connected components of more than one file, or a file that imports itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('import graph', () => {
  const graph = new Map(ROOTS.flatMap(sourceFiles).map((file) => [file, importsOf(file)]));

  it('reads the sources', () => {
    assert.ok(graph.size > 50, `only ${graph.size} files`);
    assert.ok(graph.get('server/src/features.ts')!.includes('server/src/features/hover.ts'));
  });

  it('has no cycles, type-only imports included', () => {
    assert.deepEqual(cycles(graph), []);
  });

  it('points one way: the engine and services never import the server layer, the client only the protocol', () => {
    const wrong = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => !allowed[layerOf(file)].includes(layerOf(target))).map((target) => `${file} → ${target}`),
    );
    assert.deepEqual(wrong, []);
  });

  it('lets the protocol name the documents’ kinds and nothing else of them', () => {
    const reached = [...new Set((graph.get('server/src/protocol.ts') ?? []).filter((target) => layerOf(target) === 'documents'))];
    assert.deepEqual(reached, ['server/src/documents/kinds.ts']);
    assert.deepEqual(graph.get('server/src/documents/kinds.ts'), []);
  });

  it('keeps rules apart: a rule imports no other rule', () => {
    // countryRefs still lives in storageOutsideEea; it moves to engine/facts/sovereignty.ts with the sovereignty work.
    const pending = new Set(['server/src/engine/rules/unknownCountry.ts → server/src/engine/rules/storageOutsideEea.ts', 'server/src/engine/rules/transferPageMissing.ts → server/src/engine/rules/storageOutsideEea.ts']);
    const isRule = (file: string) => file.startsWith('server/src/engine/rules/') && !file.endsWith('/index.ts');
    const wrong = [...graph].flatMap(([file, targets]) => (isRule(file) ? targets.filter(isRule).map((target) => `${file} → ${target}`) : [])).filter((edge) => !pending.has(edge));
    assert.deepEqual(wrong, []);
  });
});

describe('the cycle finder', () => {
  it('finds a cycle through type-only imports and ignores a chain', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']], ['e', ['e']]]);
    assert.deepEqual(cycles(graph), [['a', 'b', 'c'], ['e']]);
  });
});
