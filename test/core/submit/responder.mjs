import { readBody } from '../../request-body.mjs';

/**
 * A same-origin endpoint on the test server that answers what the test asks
 * for: `POST|PUT|GET /__respond/<key>?status=403&body=<JSON>&retryAfter=<s>&delay=<ms>`.
 * The reference receiver only answers well-formed submissions, so the 4xx rows
 * of the response table (403, 404, 413, a 422 with field errors for fields the
 * browser accepts) are exercised here, still over real HTTP; `delay` answers
 * only after that many milliseconds (at most 10 s), a real slow server for
 * timeout tests (e.g. a survey `src` that does not answer in time).
 * `GET /__respond-log/<key>` lists the requests received for that key.
 */
const log = new Map();

export async function scriptedResponder(ctx, next) {
  if (ctx.path.startsWith('/__respond-log/')) {
    const key = decodeURIComponent(ctx.path.slice('/__respond-log/'.length));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ requests: log.get(key) ?? [] });
    return;
  }
  if (!ctx.path.startsWith('/__respond/')) return next();
  const key = decodeURIComponent(ctx.path.slice('/__respond/'.length));
  const body = await readBody(ctx.req);
  const list = log.get(key) ?? [];
  list.push({ method: ctx.method, headers: ctx.headers, body });
  log.set(key, list);
  const delay = Math.min(Number(ctx.query.delay ?? 0), 10_000);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  const status = Number(ctx.query.status ?? 200);
  if (ctx.query.retryAfter) ctx.set('Retry-After', String(ctx.query.retryAfter));
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = ctx.query.body ?? '{}';
}
