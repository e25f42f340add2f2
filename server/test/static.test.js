import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestReceiver } from '../test-support/start-for-tests.js';

const site = mkdtempSync(join(tmpdir(), 'family-static-'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>Home</title>');
mkdirSync(join(site, 'dist', 'chunks'), { recursive: true });
writeFileSync(join(site, 'dist', 'family-elements.js'), 'export {};');
writeFileSync(join(site, 'dist', 'chunks', 'lit.css'), ':host{}');
mkdirSync(join(site, 'demo'));
writeFileSync(join(site, 'demo', 'index.html'), '<!doctype html><title>Demo</title>');
mkdirSync(join(site, '.git'));
writeFileSync(join(site, '.git', 'config'), 'secret');
writeFileSync(join(site, 'submissions.sqlite'), 'rows');
writeFileSync(join(site, 'naïve file.json'), '{}');
writeFileSync(join(tmpdir(), 'family-outside.txt'), 'outside');

/** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
let rcv;
before(async () => {
  rcv = await startTestReceiver({ staticDir: site });
});
after(async () => {
  await rcv.close();
  rmSync(site, { recursive: true, force: true });
});

/**
 * A raw GET, so paths like /../ reach the server unnormalised.
 * @param {string} base
 * @param {string} path
 * @returns {Promise<{ status: number | undefined, type: string | undefined, body: string, location: string | undefined }>}
 */
function rawGet(base, path) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () =>
        resolve({ status: res.statusCode, type: res.headers['content-type'], body, location: res.headers.location }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files', () => {
  it('serves / as index.html and files with their content types', async () => {
    const home = await rawGet(rcv.url, '/');
    assert.equal(home.status, 200);
    assert.match(home.type ?? '', /^text\/html/);
    assert.match(home.body, /Home/);
    const js = await rawGet(rcv.url, '/dist/family-elements.js');
    assert.match(js.type ?? '', /^text\/javascript/);
    assert.match((await rawGet(rcv.url, '/dist/chunks/lit.css')).type ?? '', /^text\/css/);
    assert.match((await rawGet(rcv.url, '/na%C3%AFve%20file.json')).type ?? '', /^application\/json/);
  });

  it('serves a folder’s index.html and redirects to its trailing slash', async () => {
    const redirect = await rawGet(rcv.url, '/demo');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.location, '/demo/');
    assert.match((await rawGet(rcv.url, '/demo/')).body, /Demo/);
  });

  it('never leaves its folder, nor serves dot-files or databases', async () => {
    for (const path of ['/../family-outside.txt', '/%2e%2e/family-outside.txt', '/dist/..%2f..%2ffamily-outside.txt', '/.git/config', '/submissions.sqlite', '/%00']) {
      const res = await rawGet(rcv.url, path);
      assert.ok(res.status === 404 || res.status === 400, `${path} → ${res.status}`);
      assert.doesNotMatch(res.body, /outside|secret|rows/);
    }
  });

  it('keeps /api and the receiver routes ahead of static files', async () => {
    assert.equal((await rawGet(rcv.url, '/api/nothing')).status, 404);
    assert.equal((await rawGet(rcv.url, '/api/submissions.csv')).status, 401);
  });
});
