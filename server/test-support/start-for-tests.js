/**
 * Starts a receiver for tests: a fresh database in a temporary folder, test
 * fault routes on, listening on a free port of 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from '../src/receiver.js';

export const TEST_TOKEN = 'test-token';

/**
 * @param {import('../src/receiver.js').ReceiverOptions} [options] overrides (allowedOrigins defaults to ['*'])
 * @returns {Promise<{ url: string, token: string, receiver: import('../src/receiver.js').Receiver, close(): Promise<void> }>}
 */
export async function startTestReceiver(options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'family-receiver-'));
  const receiver = createReceiver({
    dbPath: join(dir, 'submissions.sqlite'),
    allowedOrigins: ['*'],
    csvToken: TEST_TOKEN,
    testFaults: true,
    ...options,
  });
  const { url } = await receiver.listen(0, '127.0.0.1');
  return {
    url,
    token: receiver.csvToken,
    receiver,
    async close() {
      await receiver.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
