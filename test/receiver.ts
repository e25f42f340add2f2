/**
 * The reference receiver as browser tests see it (started by
 * test/receiver-plugin.mjs). Test files running at once share it: give each
 * test its own formId, scope faults to it, and count with `storedCount`.
 *
 *   import { receiverUrl, submissionsUrl, storedCount, setFaults } from '../../receiver.js';
 */

interface ReceiverModule {
  receiverUrl: string;
  noCorsReceiverUrl: string;
}

/** Faults for the next submissions of one form (server/src/faults.js). */
export interface ReceiverFaults {
  /** answer the next N submissions 503 */
  fail503?: number;
  /** answer the next `count` 429 with `Retry-After: seconds` */
  retryAfter429?: { count: number; seconds: number };
  /** hold the next `delayCount` (default 1) submissions this long; if the page gives up first, nothing is stored */
  delayMs?: number;
  delayCount?: number;
  /** store the next N, then cut the connection without an answer */
  dropAfterStore?: number;
  /** cut every submission connection without storing, until `down: false` */
  down?: boolean;
}

/** A request the receiver got, as `/__requests` reports it. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  status: number | 'dropped';
  at: string;
}

// A virtual module served by the plugin; imported by name so TypeScript does not look for a file.
const virtualModule = '/__receiver.js';
const served = (await import(/* @vite-ignore */ virtualModule)) as ReceiverModule;

/** Base URL of the receiver that answers CORS for any origin. */
export const receiverUrl: string = served.receiverUrl;
/** Base URL of a receiver that stores from anyone but sends no Access-Control-* headers. */
export const noCorsReceiverUrl: string = served.noCorsReceiverUrl;

/**
 * The `endpoint` for an element. A query makes the endpoint unique to a test
 * (drafts and outbox entries are kept per endpoint); the receiver ignores it.
 */
export function submissionsUrl(tag = '', base = receiverUrl): string {
  return `${base}/api/submissions${tag ? `?t=${encodeURIComponent(tag)}` : ''}`;
}

/** How many submissions of `formId` are stored (each key once), and how many requests arrived for it. */
export async function receiverCounts(formId: string, base = receiverUrl): Promise<{ count: number; attempts: number }> {
  const res = await fetch(`${base}/__count?formId=${encodeURIComponent(formId)}`);
  return (await res.json()) as { count: number; attempts: number };
}

/** How many submissions of `formId` are stored. */
export async function storedCount(formId: string, base = receiverUrl): Promise<number> {
  return (await receiverCounts(formId, base)).count;
}

/** The stored envelopes of `formId`, oldest first, exactly as the element sent them. */
export async function storedEnvelopes(formId: string, base = receiverUrl): Promise<Record<string, unknown>[]> {
  const res = await fetch(`${base}/__submissions?formId=${encodeURIComponent(formId)}`);
  const { submissions } = (await res.json()) as { submissions: { envelope: Record<string, unknown> }[] };
  return submissions.map((s) => s.envelope);
}

/** The requests the receiver got for `formId` (method, headers, raw body, the status it answered). */
export async function receivedRequests(formId: string, base = receiverUrl): Promise<ReceivedRequest[]> {
  const res = await fetch(`${base}/__requests?formId=${encodeURIComponent(formId)}`);
  return ((await res.json()) as { requests: ReceivedRequest[] }).requests;
}

/** The envelope a request carried, in either format. */
export function envelopeOf(request: ReceivedRequest): Record<string, unknown> | undefined {
  const type = String(request.headers['content-type'] ?? '');
  try {
    const json = type.startsWith('application/x-www-form-urlencoded')
      ? new URLSearchParams(request.body).get('envelope')
      : request.body;
    return json ? (JSON.parse(json) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Sets faults for the next submissions of `formId` only. */
export async function setFaults(formId: string, faults: ReceiverFaults, base = receiverUrl): Promise<void> {
  const res = await fetch(`${base}/__faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...faults, formId }),
  });
  if (!res.ok) throw new Error(`receiver refused faults: ${await res.text()}`);
}

/** Clears the rows, faults and request log of `formId` (never the whole receiver: other files share it). */
export async function resetForm(formId: string, base = receiverUrl): Promise<void> {
  await fetch(`${base}/__reset?formId=${encodeURIComponent(formId)}`, { method: 'POST' });
}
