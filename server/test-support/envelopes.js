/**
 * Envelopes as the elements send them (CONTRACT.md §2), for the receiver's tests.
 */
import { randomUUID } from 'node:crypto';

/**
 * A valid homework-tip envelope with a fresh id.
 * @param {{ formId?: string, data?: Record<string, unknown>, [key: string]: unknown }} [overrides]
 */
export function tipEnvelope(overrides = {}) {
  return {
    type: 'family-homework-tip',
    schemaVersion: 1,
    id: randomUUID(),
    formId: 'tip-form',
    submittedAt: '2026-11-22T17:03:11.120Z',
    locale: 'es',
    page: 'https://district.example/families/homework',
    ...overrides,
    data: { tipId: 'fractions-pizza', helpful: true, ...overrides.data },
  };
}

/** A unique form id per test: tests must not see each other's rows. */
export function uniqueFormId(name = 'form') {
  return `${name}-${randomUUID().slice(0, 8)}`;
}

/**
 * Posts like `format="json"`: the envelope as body, its id as Idempotency-Key.
 * @param {string} url receiver base URL
 * @param {object & { id: string }} envelope
 * @param {{ headers?: Record<string, string>, method?: string, key?: string | null }} [options] key null sends no Idempotency-Key
 */
export function postJson(url, envelope, { headers = {}, method = 'POST', key } = {}) {
  /** @type {Record<string, string>} */
  const all = { 'Content-Type': 'application/json', ...headers };
  if (key !== null) all['Idempotency-Key'] = key ?? envelope.id;
  return fetch(`${url}/api/submissions`, { method, headers: all, body: JSON.stringify(envelope) });
}

/**
 * The flattened fields of `format="form"` (dotted keys, arrays as repeated `key[]`).
 * @param {unknown} value
 * @param {string} prefix
 * @param {URLSearchParams} out
 */
function flattenInto(value, prefix, out) {
  if (Array.isArray(value)) for (const item of value) out.append(`${prefix}[]`, String(item));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flattenInto(item, prefix ? `${prefix}.${key}` : key, out);
  } else out.append(prefix, String(value));
}

/**
 * Posts like `format="form"`: flattened fields plus `envelope`, no Idempotency-Key (a CORS simple request).
 * @param {string} url receiver base URL
 * @param {object} envelope
 * @param {Record<string, string>} [headers]
 */
export function postForm(url, envelope, headers = {}) {
  const body = new URLSearchParams();
  flattenInto(envelope, '', body);
  body.set('envelope', JSON.stringify(envelope));
  return fetch(`${url}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
}

/**
 * @param {string} url receiver base URL
 * @param {string} formId
 * @returns {Promise<number>} how many submissions of this form are stored
 */
export async function storedCount(url, formId) {
  const res = await fetch(`${url}/__count?formId=${encodeURIComponent(formId)}`);
  return (await res.json()).count;
}
