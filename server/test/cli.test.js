import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { postJson, tipEnvelope } from '../test-support/envelopes.js';

const bin = fileURLToPath(new URL('../bin/receiver.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'family-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Starts the CLI and waits for the lines it prints at start-up.
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
function startCli(args, env = {}) {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      if (/allowed origins:.*\n/.test(out)) resolve({ child, out, url: /listening on (\S+)/.exec(out)?.[1] ?? '' });
    });
    child.stderr.on('data', (c) => (out += c));
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

/** @param {import('node:child_process').ChildProcess} child */
function stop(child) {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

describe('family-elements-receiver command', () => {
  it('prints its URL and a generated token, and that token opens the CSV', async () => {
    const { child, out, url } = await startCli(['--port', '0', '--db', join(dir, 'a.sqlite'), '--origin', 'https://school.example']);
    try {
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const token = /export token \(generated for this run\): (\S+)/.exec(out)?.[1];
      assert.ok(token && token.length >= 20, out);
      const envelope = tipEnvelope({ formId: 'cli-form' });
      assert.equal((await postJson(url, envelope, { headers: { Origin: 'https://school.example' } })).status, 201);
      assert.equal((await postJson(url, tipEnvelope(), { headers: { Origin: 'https://evil.example' } })).status, 403);
      assert.equal((await fetch(`${url}/api/submissions.csv?formId=cli-form`)).status, 401);
      const csv = await fetch(`${url}/api/submissions.csv?formId=cli-form`, { headers: { Authorization: `Bearer ${token}` } });
      assert.match(await csv.text(), new RegExp(envelope.id));
      assert.equal((await fetch(`${url}/__count`)).status, 404, 'no test routes without --test-faults');
    } finally {
      await stop(child);
    }
  });

  it('reads its options from environment variables too', async () => {
    const { child, out, url } = await startCli([], {
      RECEIVER_PORT: '0',
      RECEIVER_DB: join(dir, 'b.sqlite'),
      RECEIVER_TOKEN: 'from-env',
      RECEIVER_ORIGINS: 'https://a.example, https://b.example',
      RECEIVER_TEST_FAULTS: '1',
    });
    try {
      assert.doesNotMatch(out, /generated/);
      assert.match(out, /https:\/\/a\.example, https:\/\/b\.example/);
      assert.equal((await fetch(`${url}/api/submissions`, { headers: { Authorization: 'Bearer from-env' } })).status, 200);
      assert.equal((await fetch(`${url}/__count`)).status, 200);
    } finally {
      await stop(child);
    }
  });
});
