// Preloaded with NODE_OPTIONS=--require into the server and the command line under test: every way
// Node has to reach the network (net, tls, http, https, http2, dgram, dns, fetch) is replaced by a
// trap that records the attempt in $HDS_NETWORK_LOG and throws, so nothing leaves even by mistake.
// Standard input and output are pipes Node opens itself, never through these functions.
import * as fs from 'node:fs';

const log = process.env.HDS_NETWORK_LOG;

function record(what: string): void {
  if (log) fs.appendFileSync(log, `${JSON.stringify({ pid: process.pid, what, stack: new Error().stack?.split('\n').slice(2, 6).join(' | ') })}\n`);
}

function trap(module: Record<string, unknown>, moduleName: string, names: readonly string[]): void {
  for (const name of names) {
    if (typeof module[name] !== 'function') continue;
    const replacement = function trapped(): never {
      record(`${moduleName}.${name}`);
      throw new Error(`network access refused by the test: ${moduleName}.${name}`);
    };
    try {
      Object.defineProperty(module, name, { value: replacement, writable: true, configurable: true });
    } catch {
      // A frozen export cannot be replaced; the prototype traps below still catch its use.
    }
  }
}

/* eslint-disable @typescript-eslint/no-require-imports */
const net = require('node:net');
const tls = require('node:tls');
const dns = require('node:dns');
trap(net, 'net', ['connect', 'createConnection', 'createServer']);
trap(net.Socket.prototype, 'net.Socket', ['connect']);
trap(tls, 'tls', ['connect', 'createServer']);
trap(require('node:http'), 'http', ['request', 'get', 'createServer']);
trap(require('node:https'), 'https', ['request', 'get', 'createServer']);
trap(require('node:http2'), 'http2', ['connect', 'createServer', 'createSecureServer']);
trap(require('node:dgram'), 'dgram', ['createSocket']);
trap(dns, 'dns', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveMx', 'resolveTxt', 'resolveSrv', 'resolveNs', 'resolveCname', 'reverse']);
trap(dns.promises, 'dns.promises', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']);
trap(globalThis as unknown as Record<string, unknown>, 'globalThis', ['fetch', 'WebSocket', 'EventSource']);

if (log) fs.appendFileSync(log, `${JSON.stringify({ pid: process.pid, what: 'armed' })}\n`);
