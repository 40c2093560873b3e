// Bundles the extension client, the language server and the command line into dist/.
// `node esbuild.mjs --watch` rebuilds on change.
import * as path from 'node:path';
import * as esbuild from 'esbuild';

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

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [noNetwork] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  console.log(`built ${builds.map((b) => b.outfile).join(', ')}`);
}
