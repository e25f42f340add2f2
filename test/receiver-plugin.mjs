/**
 * A web-test-runner plugin that starts the reference receiver (server/) once
 * for the whole run, so browser tests submit over real HTTP to a real
 * endpoint on another origin (127.0.0.1:<free port>, while test pages are on
 * localhost:<wtr port>), exactly as a district page posts to its backend.
 *
 * It starts two receivers, both with test fault routes and a fresh database
 * in a temporary folder:
 *   - receiverUrl: CORS for any origin ('*' echoes the page's origin), plus `allowedOrigins`;
 *   - noCorsReceiverUrl: stores from anyone but never sends Access-Control-* headers (the
 *     misconfigured backend of CONTRACT.md §2; its test routes keep CORS so tests can count).
 *
 * Browser tests read the URLs from the virtual module `/__receiver.js`
 * (typed wrapper: test/receiver.ts). Test files run at once share both
 * receivers: give each test its own formId and ask `/__count?formId=`.
 */
import { rename, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemasFile = fileURLToPath(new URL('../server/lib/schemas.js', import.meta.url));

/**
 * Rebuilds server/lib/schemas.js from src/schemas.ts, so the receiver knows
 * every payload schema added since the last build. Written to a temporary
 * name and renamed, so parallel runs never see half a file.
 */
async function buildSchemas() {
  const { build } = await import('vite');
  const result = await build({
    root,
    configFile: fileURLToPath(new URL('../vite.schemas.config.ts', import.meta.url)),
    logLevel: 'warn',
    build: { write: false, emptyOutDir: false },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((f) => f.type === 'chunk' && f.isEntry);
  if (!chunk || chunk.type !== 'chunk') throw new Error('receiver-plugin: the schemas build produced no module');
  await mkdir(fileURLToPath(new URL('../server/lib/', import.meta.url)), { recursive: true });
  const temp = `${schemasFile}.${process.pid}.tmp`;
  await writeFile(temp, chunk.code);
  await rename(temp, schemasFile);
}

/**
 * @param {{ allowedOrigins?: string[], buildSchemas?: boolean }} [options]
 *   allowedOrigins: added to '*' for the main receiver; buildSchemas: false skips the rebuild
 *   (when `npm run build` just ran)
 * @returns {import('@web/test-runner-core').TestRunnerPlugin}
 */
export function receiverPlugin(options = {}) {
  /** @type {{ url: string, close(): Promise<void> } | undefined} */
  let main;
  /** @type {{ url: string, close(): Promise<void> } | undefined} */
  let noCors;
  return {
    name: 'family-elements-receiver',
    async serverStart({ logger }) {
      if (options.buildSchemas !== false) await buildSchemas();
      const { startTestReceiver } = await import('../server/test-support/start-for-tests.js');
      main = await startTestReceiver({ allowedOrigins: ['*', ...(options.allowedOrigins ?? [])] });
      noCors = await startTestReceiver({ allowedOrigins: [], cors: false });
      logger.log(`Reference receiver on ${main.url} (no-CORS twin on ${noCors.url})`);
    },
    async serverStop() {
      await Promise.all([main?.close(), noCors?.close()]);
    },
    serve(context) {
      if (context.path !== '/__receiver.js') return undefined;
      if (!main || !noCors) throw new Error('receiver-plugin: the receivers are not running');
      return {
        type: 'js',
        body:
          `export const receiverUrl = ${JSON.stringify(main.url)};\n` +
          `export const noCorsReceiverUrl = ${JSON.stringify(noCors.url)};\n`,
        headers: { 'Cache-Control': 'no-store' },
      };
    },
  };
}
