import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { csvCell, flatten } from '../src/csv.js';
import { postJson, tipEnvelope, uniqueFormId } from '../test-support/envelopes.js';
import { startTestReceiver } from '../test-support/start-for-tests.js';

/** @type {Awaited<ReturnType<typeof startTestReceiver>>} */
let rcv;
before(async () => {
  rcv = await startTestReceiver({ allowedOrigins: ['https://school.example'] });
});
after(() => rcv.close());

/**
 * Minimal RFC 4180 reader, enough to check our own quoting round-trips.
 * @param {string} text
 * @returns {string[][]}
 */
function parseCsv(text) {
  /** @type {string[][]} */
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('CSV export', () => {
  it('needs the token', async () => {
    const formId = uniqueFormId('csv');
    assert.equal((await fetch(`${rcv.url}/api/submissions.csv?formId=${formId}`)).status, 401);
    const wrong = await fetch(`${rcv.url}/api/submissions.csv?formId=${formId}`, { headers: { Authorization: 'Bearer nope' } });
    assert.equal(wrong.status, 401);
    assert.equal((await fetch(`${rcv.url}/api/submissions?formId=${formId}`)).status, 401, 'the JSON list too');
    assert.equal((await fetch(`${rcv.url}/api/submissions.csv?formId=${formId}&token=${rcv.token}`)).status, 200);
  });

  it('writes UTF-8 with a BOM, one row per submission, dotted columns, neutralised formulas and proper quoting', async () => {
    const formId = uniqueFormId('csv');
    const evil = tipEnvelope({ formId, data: { comment: '=cmd()', question: 'He said "hi", then\nleft' } });
    const plain = tipEnvelope({ formId, locale: 'zh-Hant', data: { helpful: false, comment: '謝謝老師' } });
    await postJson(rcv.url, evil);
    await postJson(rcv.url, evil);
    await postJson(rcv.url, plain);
    await postJson(rcv.url, tipEnvelope({ formId: uniqueFormId('elsewhere') }));
    const res = await fetch(`${rcv.url}/api/submissions.csv?formId=${formId}`, {
      headers: { Authorization: `Bearer ${rcv.token}` },
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    assert.deepEqual(rows[0], ['id', 'submittedAt', 'receivedAt', 'locale', 'page', 'tipId', 'helpful', 'comment', 'question']);
    assert.equal(rows.length, 3, 'header + one row per stored submission of this form');
    assert.equal(rows[1][0], evil.id);
    assert.equal(rows[1][7], "'=cmd()", 'a formula is neutralised');
    assert.equal(rows[1][8], 'He said "hi", then\nleft');
    assert.deepEqual(rows[2].slice(3, 4), ['zh-Hant']);
    assert.equal(rows[2][6], 'false');
    assert.equal(rows[2][7], '謝謝老師');
    assert.equal(rows[2][8], '');
  });

  it('lists the JSON of a form for the token holder, with CORS for allowed origins', async () => {
    const formId = uniqueFormId('list');
    const envelope = tipEnvelope({ formId });
    await postJson(rcv.url, envelope);
    const res = await fetch(`${rcv.url}/api/submissions?formId=${formId}`, {
      headers: { Authorization: `Bearer ${rcv.token}`, Origin: 'https://school.example' },
    });
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://school.example');
    const { submissions } = await res.json();
    assert.equal(submissions.length, 1);
    assert.deepEqual(submissions[0].envelope, envelope);
    assert.equal(submissions[0].formId, formId);
  });
});

describe('flattening and cells', () => {
  it('flattens nested objects to dotted keys, joins plain arrays, indexes arrays of objects', () => {
    const flat = flatten({
      answers: { q1: 'yes', q2: { q2a: 4 } },
      days: ['mon', 'wed'],
      contact: { phone: { number: '+15551234567' } },
      guests: [{ name: 'Ana' }, { name: 'Luis' }],
      empty: null,
    });
    assert.deepEqual(Object.fromEntries(flat), {
      'answers.q1': 'yes',
      'answers.q2.q2a': '4',
      days: 'mon; wed',
      'contact.phone.number': '+15551234567',
      'guests.0.name': 'Ana',
      'guests.1.name': 'Luis',
      empty: '',
    });
  });

  it('neutralises every formula start and quotes separators', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) assert.ok(csvCell(`${start}1`).replace(/^"/, '').startsWith("'"), JSON.stringify(start));
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('plain'), 'plain');
  });
});
