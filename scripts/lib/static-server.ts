import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/**
 * A static file server for a built site on 127.0.0.1, as a static host would
 * serve it: the tests and the benchmark look at the site through it.
 */

/** Content types by extension; Pagefind's index chunks are plain bytes. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** A running {@link serveStatic} server. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** The site's address: origin plus base path, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

/** The content type for a file name; `application/octet-stream` when unknown. */
export function contentType(name: string): string {
  return TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves a built site folder on 127.0.0.1 at a free port, like a static host
 * would: under `base` (default `/`; anything outside it is a 404), a folder
 * answers with its `index.html`, and a missing file with the site's
 * `404.html` and status 404. GET and HEAD only. Never listens beyond loopback.
 */
export async function serveStatic(root: string, options: { base?: string } = {}): Promise<StaticServer> {
  const dir = resolve(root);
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

  const notFound = async (res: ServerResponse, head: boolean) => {
    const page = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found\n'));
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': page.length });
    res.end(head ? undefined : page);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!path.startsWith(base)) return notFound(res, head);
    let file = resolve(dir, `.${sep}${path.slice(base.length)}`);
    // Never serve anything outside the site folder.
    if (file !== dir && !file.startsWith(dir + sep)) return notFound(res, head);
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) return notFound(res, head);
    res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': info.size, 'Cache-Control': 'no-store' });
    if (head) res.end();
    // A file removed between the stat and the read (a test cleaning up while the browser still loads) ends the response, never the process.
    else createReadStream(file).on('error', () => res.destroy()).pipe(res);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
