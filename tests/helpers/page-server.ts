/**
 * A local web server for the ingest tests, on 127.0.0.1: the test pages in tests/fixtures/pages and the
 * ways a site can go wrong (too big, too slow, not HTML, redirect loops, a redirect somewhere private).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');

export interface PageServer {
  url(path: string): string;
  /** Every path asked for, in order, with the user agent that asked. */
  requests: { path: string; userAgent: string | undefined }[];
  /** Replaces what a path serves (for a page that changed). */
  override(path: string, html: string): void;
  close(): Promise<void>;
}

const MB = 1024 * 1024;

export async function startPageServer(): Promise<PageServer> {
  const overrides = new Map<string, string>();
  const requests: PageServer['requests'] = [];
  const open = new Set<ServerResponse>();
  let base = '';
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = req.url ?? '/';
    requests.push({ path, userAgent: req.headers['user-agent'] });
    open.add(res);
    res.on('close', () => open.delete(res));
    const html = (body: string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    const page = /^\/(?:pages|copy)\/([a-z-]+\.html)$/.exec(path);
    if (overrides.has(path)) return html(overrides.get(path)!);
    if (page) return html(readFileSync(join(PAGES_DIR, page[1]!), 'utf8'));
    const hops = /^\/hops\/(\d+)$/.exec(path);
    if (hops) {
      const n = Number(hops[1]);
      res.writeHead(302, { location: n > 0 ? `/hops/${n - 1}` : '/pages/wire.html' });
      return void res.end();
    }
    if (path === '/loop') {
      res.writeHead(301, { location: '/loop' });
      return void res.end();
    }
    if (path === '/to-private') {
      // 127.0.0.2 is this machine too (all of 127/8 is loopback).
      res.writeHead(302, { location: `http://127.0.0.2:${new URL(base).port}/pages/wire.html` });
      return void res.end();
    }
    if (path === '/big-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * MB) });
      return void res.end();
    }
    if (path === '/big-streamed') {
      // No length given: the reader has to count.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(64 * 1024 - 7)}</p>`;
      let sent = 0;
      const more = (): void => {
        while (sent < 6 * MB) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      return more();
    }
    if (path === '/stall') {
      // Headers at once, then the body never ends.
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.write('<html><body><p>Start of a page that never ends');
    }
    if (path === '/hang') return; // never answers at all
    if (path.startsWith('/dribble/')) {
      // The wire page, a little at a time, over about two seconds.
      const body = readFileSync(join(PAGES_DIR, 'wire.html'), 'utf8');
      res.writeHead(200, { 'content-type': 'text/html' });
      const step = Math.ceil(body.length / 20);
      let at = 0;
      const tick = setInterval(() => {
        res.write(body.slice(at, at + step));
        at += step;
        if (at >= body.length) {
          clearInterval(tick);
          res.end();
        }
      }, 100);
      res.on('close', () => clearInterval(tick));
      return;
    }
    if (path === '/latin1') {
      // The charset named only in the page: "é" is one byte, 0xE9, in windows-1252.
      const page = readFileSync(join(PAGES_DIR, 'amp.html'), 'utf8').replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace('A green armoured train', 'A green armoured train from the café district');
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end(Buffer.from(page, 'latin1'));
    }
    if (path === '/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      return void res.end('%PDF-1.4');
    }
    if (path === '/feed.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('{}');
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<p>Not found</p>');
  };
  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${base}${path}`,
    requests,
    override: (path, body) => void overrides.set(path, body),
    close: async () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
