import { readBody } from '../request-body.mjs';

/**
 * Content files the hostile-input tests make up at run time (a 1 MB title, a
 * definition nested 10,000 deep), served over real HTTP like a district's own
 * JSON files, so every element reads them through its `src` path:
 *   PUT    /__content/<key>  keeps the request body
 *   GET    /__content/<key>  serves it as application/json (404 when unknown)
 *   DELETE /__content/<key>  forgets it
 * Such bodies are too large for the scripted responder's query string.
 */
const files = new Map();

export async function contentHost(ctx, next) {
  if (!ctx.path.startsWith('/__content/')) return next();
  const key = decodeURIComponent(ctx.path.slice('/__content/'.length));
  ctx.set('Cache-Control', 'no-store');
  if (ctx.method === 'PUT') {
    files.set(key, await readBody(ctx.req));
    ctx.status = 204;
  } else if (ctx.method === 'DELETE') {
    files.delete(key);
    ctx.status = 204;
  } else if (ctx.method === 'GET' && files.has(key)) {
    ctx.type = 'application/json';
    ctx.body = files.get(key);
  } else {
    ctx.status = 404;
  }
}
