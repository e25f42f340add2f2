import { msg, str } from '@lit/localize';
import { MAX_ENVELOPE_BYTES, type Envelope } from './envelope.schema.js';

export { MAX_ENVELOPE_BYTES, type Envelope };

export interface EnvelopeInput<Data> {
  /** The element's tag, e.g. `family-survey`. */
  type: string;
  formId: string;
  locale: string;
  data: Data;
  /** Reused for a retry of the same, unchanged submission (CONTRACT.md §2). */
  id?: string;
  /** Defaults to now. */
  submittedAt?: Date;
  /** Defaults to the current page. */
  page?: string;
}

type RandomSource = Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string };

/**
 * A version 4 UUID. `crypto.randomUUID` exists only in secure contexts, and
 * district pages may be plain `http`: there the id is made from
 * `crypto.getRandomValues`, which every browser offers everywhere.
 */
export function uuidv4(source: RandomSource = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Origin + path of a URL, never its query string or fragment: those often
 * carry tokens or a family's identifiers that must not leave in the envelope.
 */
export function pageAddress(href: string = location.href): string {
  const url = new URL(href);
  return url.origin + url.pathname;
}

/** Builds the envelope every endpoint receives (CONTRACT.md §2). */
export function createEnvelope<Data>(input: EnvelopeInput<Data>): Envelope<Data> {
  return {
    type: input.type,
    schemaVersion: 1,
    id: input.id ?? uuidv4(),
    formId: input.formId,
    submittedAt: (input.submittedAt ?? new Date()).toISOString(),
    locale: input.locale,
    page: input.page ?? pageAddress(),
    data: input.data,
  };
}

/** UTF-8 size of the envelope as JSON, the body a `json` request carries. */
export function envelopeBytes(envelope: Envelope): number {
  return new TextEncoder().encode(JSON.stringify(envelope)).length;
}

/** Whether the envelope is within the 100 kB the contract allows. */
export function envelopeFits(envelope: Envelope): boolean {
  return envelopeBytes(envelope) <= MAX_ENVELOPE_BYTES;
}

/** What the family reads when an envelope is too large to send. */
export function tooLargeMessage(envelope: Envelope): string {
  const kb = Math.ceil(envelopeBytes(envelope) / 1000);
  const limit = MAX_ENVELOPE_BYTES / 1000;
  return msg(
    str`Your answers are too long to send (${kb} kB; the limit is ${limit} kB). Please shorten the longest answers and try again.`,
    { id: 'submit.too-large' },
  );
}
