/**
 * Firefox's only road off the machine in the Firefox suite: every request for a host that is not
 * loopback goes through this proxy (harness.ts sets Firefox's proxy preferences). Hosts the test serves
 * itself (www.linkedin.com, github.com, …) are tunnelled to the loopback page server; anything else is
 * recorded and refused, so a request Loopkeeper should never make fails the test instead of leaving.
 * Firefox's own update services are refused too, but not counted: they are the browser's, not ours.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';

/** Firefox's own background services (remote settings, puppeteer's sink for the rest). */
const BROWSER_SERVICES = [/\.services\.mozilla\.com$/, /^dummy\.test$/];

export interface Proxy {
  port: number;
  /** Requests for somewhere other than loopback and the test's own hosts. */
  strayRequests: string[];
  close(): Promise<void>;
}

export async function startProxy(served: { hosts: string[]; port: number } | null): Promise<Proxy> {
  const strayRequests: string[] = [];
  const sockets = new Set<Socket>();
  const refuse = (target: string, host: string) => {
    if (!BROWSER_SERVICES.some((service) => service.test(host))) strayRequests.push(target);
  };
  const server: Server = createServer((request, response) => {
    const target = request.url ?? '';
    refuse(target, URL.canParse(target) ? new URL(target).hostname : target);
    response.writeHead(502).end();
  });
  server.on('connect', (request, client: Socket) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    const target = request.url ?? '';
    const host = target.replace(/:\d+$/, '');
    if (!served?.hosts.includes(host)) {
      refuse(`https://${target}`, host);
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(served.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    strayRequests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
