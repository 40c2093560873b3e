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

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [noNetwork] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, plugins: [workbookApart] },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [workbookApart] },
  // The table editor's page script: run in the webview (a browser), inlined by the client.
  { ...common, bundle: false, platform: 'browser', format: 'iife', entryPoints: ['client/webview/tableEditor.js'], outfile: 'dist/tableEditor.js', sourcemap: false },
  { ...common, stdin: { contents: "module.exports = require('exceljs');", resolveDir: '.', sourcefile: 'exceljs-entry.js' }, outfile: 'dist/exceljs.js' },
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
  await Promise.all(builds.map((options) => esbuild.build(options)));
  console.log(`built ${builds.map((b) => b.outfile).join(', ')}`);
}
