// Bundles the extension client, the language server and the command line into dist/.
// `node esbuild.mjs --watch` rebuilds on change.
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as esbuild from 'esbuild';
import { SCHEMA, writeSchemaValidator } from './server/build/schemaValidator.mjs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Minified for the marketplace package; the source maps keep stack traces readable.
  minify: !watch,
  sourcemap: true,
  logLevel: 'warning',
};

/** The client never opens a connection: `net` (required by vscode-jsonrpc for transports it does not use) is replaced by a stub. */
const noNetwork = {
  name: 'no-network',
  setup(build) {
    build.onResolve({ filter: /^(node:)?net$/ }, () => ({ path: path.resolve('client/src/noNetwork.ts') }));
  },
};

/**
 * The workbook library (exceljs, about 1.2 MB bundled) is a bundle of its own, dist/exceljs.js,
 * that the server and the command line require only when they write a workbook: bundled into them
 * it cost the language server some 40 ms and 12 MB at every start for a command seldom run.
 */
const workbookApart = {
  name: 'workbook-apart',
  setup(build) {
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: './exceljs.js', external: true }));
  },
};

/**
 * The web extension's bundles (dist/browser/): the client for the browser's extension host and the
 * language server for a web worker. Node's LSP transports are swapped for the browser's, the
 * workbook library (Node only) for a stand-in that says so, and nothing of Node may come in:
 * checked on each bundle's metafile after the build (assertNoNode).
 */
const browser = {
  name: 'browser',
  setup(build) {
    build.onResolve({ filter: /^vscode-language(server|client)\/node$/ }, (args) => build.resolve(args.path.replace(/\/node$/, '/browser'), { kind: args.kind, resolveDir: args.resolveDir }));
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: path.resolve('server/src/noWorkbook.ts') }));
  },
};
const web = { ...common, platform: 'browser', target: 'es2022', plugins: [browser], metafile: true };
const NODE_MODULES = /^(node:)?(fs|fs\/promises|child_process|net|tls|http|https|os|path|url|worker_threads|cluster|dgram|dns|module|readline|stream|zlib|crypto|process|util|buffer|events|assert|vm|v8|perf_hooks|inspector)$/;

/** Fails the build when a web bundle takes in a Node built-in (fs, child_process…) or leaves one to be required. */
function assertNoNode(outfile, metafile) {
  const found = [];
  for (const [input, info] of Object.entries(metafile.inputs)) {
    for (const imported of info.imports) if (NODE_MODULES.test(imported.path) || imported.path.startsWith('node:')) found.push(`${input} imports ${imported.path}`);
  }
  for (const [output, info] of Object.entries(metafile.outputs)) {
    for (const imported of info.imports ?? []) if (imported.external && imported.path !== 'vscode') found.push(`${output} requires ${imported.path}`);
  }
  if (found.length > 0) throw new Error(`${outfile} must run in a browser, but:\n  ${found.join('\n  ')}`);
}

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [noNetwork] },
  { ...common, entryPoints: ['server/src/serverMain.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, plugins: [workbookApart] },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [workbookApart] },
  // The table editor's page script: run in the webview (a browser), inlined by the client.
  { ...common, bundle: false, platform: 'browser', format: 'iife', entryPoints: ['client/webview/tableEditor.js'], outfile: 'dist/tableEditor.js', sourcemap: false },
  { ...common, stdin: { contents: "module.exports = require('exceljs');", resolveDir: '.', sourcefile: 'exceljs-entry.js' }, outfile: 'dist/exceljs.js' },
  { ...web, entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browser/client.js', external: ['vscode'] },
  { ...web, entryPoints: ['server/src/browserServer.ts'], outfile: 'dist/browser/server.js', format: 'iife' },
];

writeSchemaValidator();
if (watch) {
  fs.watch(SCHEMA, () => {
    try {
      writeSchemaValidator();
    } catch (error) {
      console.error(String(error));
    }
  });
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(
    builds.map(async (options) => {
      const result = await esbuild.build(options);
      if (options.metafile) assertNoNode(options.outfile, result.metafile);
    }),
  );
  console.log(`built ${builds.map((b) => b.outfile).join(', ')}`);
}
