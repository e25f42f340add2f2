import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.d.ts': 'text/plain; charset=utf-8',
};
/** Database files never leave the server, even when someone serves the folder they are in. */
const NEVER_SERVED = /\.(sqlite|sqlite3|db)(-wal|-shm|-journal)?$/i;

/**
 * Serves files under `root` for the demo (`npm start`). Refuses anything
 * outside `root`, dot-files and folders (.git, .receiver-data), and databases.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} pathname still percent-encoded
 * @param {{ root: string, indexFile: string }} options
 * @returns {Promise<void>}
 */
export async function serveStatic(req, res, pathname, { root, indexFile }) {
  const notFound = () => {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed\n');
    return;
  }
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Bad path\n');
    return;
  }
  const segments = decoded.split(/[/\\]/).filter(Boolean);
  if (decoded.includes('\0') || segments.some((s) => s.startsWith('.'))) return notFound();
  const base = resolve(root);
  let file = decoded === '/' ? resolve(base, indexFile) : resolve(base, ...segments);
  if (file !== base && !file.startsWith(base + sep)) return notFound();
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!decoded.endsWith('/')) {
      // relative links in the folder's index.html need the trailing slash
      res.writeHead(301, { Location: `${pathname}/` });
      res.end();
      return;
    }
    file = resolve(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile() || NEVER_SERVED.test(file)) return notFound();
  const type = file.endsWith('.d.ts') ? CONTENT_TYPES['.d.ts'] : CONTENT_TYPES[/** @type {keyof CONTENT_TYPES} */ (extname(file).toLowerCase())];
  res.writeHead(200, {
    'Content-Type': type ?? 'application/octet-stream',
    'Content-Length': String(info.size),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
