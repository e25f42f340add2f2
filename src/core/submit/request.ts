import { msg, str } from '@lit/localize';
import type { Envelope } from './envelope.schema.js';
import { flattenForm } from './flatten-form.js';

export { flattenForm };

export type SubmitFormat = 'json' | 'form';
export type SubmitMethod = 'POST' | 'PUT';
export type SubmitCredentials = 'omit' | 'same-origin' | 'include';
/** Replaces fetch, for portals with their own auth client (CONTRACT.md §2 `.transport`). */
export type Transport = (request: Request) => Promise<Response>;

/** Where and how one submission is sent; an outbox entry keeps all of it. */
export interface SubmitConfig {
  /** Absolute URL (see `resolveEndpoint`). */
  endpoint: string;
  method: SubmitMethod;
  format: SubmitFormat;
  credentials: SubmitCredentials;
  headers: Record<string, string>;
  /** Milliseconds before a try counts as failed. */
  timeout: number;
}

/** A bad attribute: shown to the webmaster in words, `family-error` kind `config`. */
export class SubmitConfigError extends Error {
  override name = 'SubmitConfigError';
}

/** A try that got no answer in time. */
export class SubmitTimeoutError extends Error {
  override name = 'SubmitTimeoutError';
}

/** Parses the `headers` attribute: a JSON object of string values, or nothing. */
export function parseHeaders(attribute: string | null | undefined): Record<string, string> {
  if (attribute == null || attribute.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(attribute);
  } catch {
    throw new SubmitConfigError(
      msg('The headers attribute is not valid JSON. Write a JSON object of header names and values.', {
        id: 'submit.config.headers-json',
      }),
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new SubmitConfigError(
      msg('The headers attribute must be a JSON object of header names and values.', {
        id: 'submit.config.headers-object',
      }),
    );
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new SubmitConfigError(
        msg(str`The header "${name}" in the headers attribute must have a text value.`, {
          id: 'submit.config.header-value',
        }),
      );
    }
    try {
      new Headers([[name, String(value)]]); // the browser's own rules for names and values
    } catch {
      throw new SubmitConfigError(
        msg(str`The header "${name}" in the headers attribute is not a valid HTTP header.`, {
          id: 'submit.config.header-invalid',
        }),
      );
    }
    headers[name] = String(value);
  }
  return headers;
}

/** The endpoint attribute resolved against the page (relative URLs allowed). */
export function resolveEndpoint(endpoint: string, base: string = document.baseURI): string {
  let url: URL;
  try {
    url = new URL(endpoint, base);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SubmitConfigError(
      msg(str`The endpoint "${endpoint}" is not a web address this form can send to.`, {
        id: 'submit.config.endpoint',
      }),
    );
  }
  return url.href;
}

/** Checks an attribute against its allowed values, case-insensitively. */
export function pickOption<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (found) return found;
  const list = allowed.join(', ');
  throw new SubmitConfigError(
    msg(str`The ${name} attribute is "${value}"; it must be one of: ${list}.`, { id: 'submit.config.option' }),
  );
}

/** The request body and headers for one format, without the network details. */
export function requestBody(envelope: Envelope, format: SubmitFormat): { body: string | URLSearchParams; headers: Record<string, string> } {
  if (format === 'form') {
    const params = new URLSearchParams(flattenForm(envelope));
    params.append('envelope', JSON.stringify(envelope));
    // No Idempotency-Key: a custom header would force a CORS preflight, which
    // form-mail services and spreadsheet scripts never answer. The id is in the body.
    return { body: params, headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' } };
  }
  return {
    body: JSON.stringify(envelope),
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id },
  };
}

/** The fetch `Request` for one try of one envelope (CONTRACT.md §2). */
export function buildRequest(envelope: Envelope, config: Omit<SubmitConfig, 'timeout'>): Request {
  const { body, headers } = requestBody(envelope, config.format);
  return new Request(config.endpoint, {
    method: config.method,
    body,
    headers: { ...config.headers, ...headers },
    credentials: config.credentials,
    mode: 'cors',
    cache: 'no-store',
    // The page address is in the envelope already; the referrer would add its query string.
    referrerPolicy: 'strict-origin',
  });
}

/**
 * Sends one request through `transport` or fetch, failing with
 * `SubmitTimeoutError` after `timeout` ms (the request is aborted; a transport
 * that ignores the signal is no longer waited for).
 */
export async function send(request: Request, transport?: Transport, timeout = 15000): Promise<Response> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let expired = false;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      expired = true;
      reject(new SubmitTimeoutError(`no answer within ${timeout} ms`));
      controller.abort();
    }, timeout);
  });
  const withSignal = new Request(request, { signal: controller.signal });
  try {
    return await Promise.race([transport ? transport(withSignal) : fetch(withSignal), timedOut]);
  } catch (error) {
    // The abort makes fetch fail too; what happened is the timeout.
    throw expired ? new SubmitTimeoutError(`no answer within ${timeout} ms`) : error;
  } finally {
    clearTimeout(timer);
  }
}
