#!/usr/bin/env node
/**
 * family-elements-receiver: the reference receiver as a command.
 * Every option also has an environment variable, for containers and CI.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createReceiver } from '../src/receiver.js';

const USAGE = `Usage: family-elements-receiver [options]

  --port N          port to listen on (RECEIVER_PORT, default 8787; 0 picks a free one)
  --host H          interface (RECEIVER_HOST, default 127.0.0.1)
  --db FILE         SQLite file (RECEIVER_DB, default ./submissions.sqlite)
  --origin URL      an origin whose pages may post; repeat for more; "*" for any (development only)
                    (RECEIVER_ORIGINS, comma-separated)
  --token T         bearer token for the CSV/JSON exports (RECEIVER_TOKEN; generated and printed when missing)
  --static DIR      also serve this folder, e.g. the demo page and dist/ (RECEIVER_STATIC)
  --index FILE      what / serves, relative to --static (RECEIVER_INDEX, default index.html)
  --max-body BYTES  request body cap, at least 1 MiB (RECEIVER_MAX_BODY)
  --test-faults     enable the /__faults, /__reset, /__count, /__submissions, /__requests test routes (RECEIVER_TEST_FAULTS=1)
  --help            show this
`;

const env = process.env;
let parsed;
try {
  parsed = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      origin: { type: 'string', multiple: true },
      token: { type: 'string' },
      static: { type: 'string' },
      index: { type: 'string' },
      'max-body': { type: 'string' },
      'test-faults': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
  process.exit(2);
}
const args = parsed.values;
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = Number(args.port ?? env.RECEIVER_PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port: "${args.port ?? env.RECEIVER_PORT}" is not a port number`);
  process.exit(2);
}
const host = args.host ?? env.RECEIVER_HOST ?? '127.0.0.1';
const dbPath = resolve(args.db ?? env.RECEIVER_DB ?? './submissions.sqlite');
const allowedOrigins = args.origin ?? (env.RECEIVER_ORIGINS ? env.RECEIVER_ORIGINS.split(',').map((o) => o.trim()) : []);
const tokenGiven = args.token ?? env.RECEIVER_TOKEN;
const staticDir = args.static ?? env.RECEIVER_STATIC;
const maxBody = args['max-body'] ?? env.RECEIVER_MAX_BODY;
const testFaults = args['test-faults'] ?? ['1', 'true', 'yes'].includes(String(env.RECEIVER_TEST_FAULTS).toLowerCase());

let receiver;
try {
  receiver = createReceiver({
    dbPath,
    allowedOrigins,
    csvToken: tokenGiven || undefined,
    staticDir: staticDir ? resolve(staticDir) : undefined,
    indexFile: args.index ?? env.RECEIVER_INDEX,
    maxBodyBytes: maxBody ? Number(maxBody) : undefined,
    testFaults,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const { url } = await receiver.listen(port, host);
console.log(`family-elements receiver listening on ${url}`);
console.log(`  submissions: POST ${url}/api/submissions  (database: ${dbPath})`);
console.log(`  CSV export:  ${url}/api/submissions.csv?formId=<form-id>  (Authorization: Bearer <token>)`);
if (!tokenGiven) console.log(`  export token (generated for this run): ${receiver.csvToken}`);
console.log(`  allowed origins: ${allowedOrigins.length ? allowedOrigins.join(', ') : 'same origin only'}`);
if (staticDir) console.log(`  static files from ${resolve(staticDir)}`);
if (testFaults) console.log('  test fault routes are ON (/__faults, /__reset, /__count, /__submissions, /__requests): never in production');

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    receiver.close().then(() => process.exit(0));
  });
}
