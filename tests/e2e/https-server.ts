/**
 * A loopback HTTPS server for the e2e suite: serves the test's pages under the real hosts they imitate
 * (www.linkedin.com, github.com, …), which Chromium maps here with --host-resolver-rules. The
 * certificate is self-signed and made at test time with openssl; Chromium runs with
 * --ignore-certificate-errors. Nothing leaves the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `host + path` (e.g. `www.linkedin.com/in/dana-hill/`) → the page's HTML, or a function making it. */
export type Routes = Record<string, string | (() => string)>;

export interface PageServer {
  port: number;
  hosts: string[];
  /** Chromium flags that send the hosts here and accept the certificate. */
  args: string[];
  close(): Promise<void>;
}

function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'loopkeeper-cert-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=loopkeeper-test'].concat([
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ]),
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function servePages(routes: Routes): Promise<PageServer> {
  const server = createServer(selfSigned(), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const page = routes[host + path];
    if (page === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(typeof page === 'function' ? page() : page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const hosts = [...new Set(Object.keys(routes).map((key) => key.split('/')[0] ?? ''))];
  return {
    port,
    hosts,
    args: [
      `--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ')}`,
      '--ignore-certificate-errors',
    ],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A page of tests/e2e/pages. */
export function testPage(name: string): string {
  return readFileSync(join(import.meta.dirname, 'pages', name), 'utf8');
}
