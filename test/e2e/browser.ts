// What the scripts that drive Chromium share (runCodeServer.ts, runWeb.ts, printDocuments.ts): where the browser is,
// and a free port on the loopback for the server it opens.
import * as fs from 'node:fs';
import * as net from 'node:net';

/** Debian's Chromium (bash .ci/e2e-setup.sh installs it), or HDS_CHROMIUM. */
export function chromiumPath(): string {
  const candidates = [process.env.HDS_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((item): item is string => Boolean(item));
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`no Chromium found (${candidates.join(', ')}): run \`bash .ci/e2e-setup.sh\` first (or set HDS_CHROMIUM)`);
  return found;
}

/** A port nothing listens on, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
