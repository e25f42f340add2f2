/**
 * Checks a submission with the same zod schemas the browser uses
 * (server/lib/schemas.js, built from src/schemas.ts by vite.schemas.config.ts).
 */

/** @typedef {{ code?: string, path?: PropertyKey[], message?: string, expected?: string, minimum?: number | bigint, maximum?: number | bigint, origin?: string, format?: string, values?: unknown[], keys?: string[], divisor?: number, inclusive?: boolean }} Issue */
/** @typedef {{ safeParse(value: unknown): { success: true, data: unknown } | { success: false, error: { issues: Issue[] } } }} Schema */
/** @typedef {Record<string, string>} FieldErrors */
/**
 * @typedef {object} Envelope
 * @property {string} type
 * @property {1} schemaVersion
 * @property {string} id
 * @property {string} formId
 * @property {string} submittedAt
 * @property {string} locale
 * @property {string} page
 * @property {unknown} data
 */

let schemas;
try {
  schemas = await import('../lib/schemas.js');
} catch (error) {
  throw new Error(
    'server/lib/schemas.js is missing: run `npx vite build --config vite.schemas.config.ts` ' +
      '(or `npm run build`) in the repository root first.',
    { cause: error },
  );
}

/** @type {Schema} */
const envelopeSchema = schemas.envelopeSchema;
/** @type {Record<string, Schema>} */
const payloadSchemas = schemas.payloadSchemas;

/** The element types this receiver knows (one payload schema each). */
export const knownTypes = Object.freeze(Object.keys(payloadSchemas));

/**
 * zod/mini ships without English messages (they would weigh on every page),
 * so its issues all say "Invalid input"; a developer reading a 422 deserves
 * better. Messages a schema wrote itself are kept.
 * @param {Issue} issue
 * @param {boolean} [missing] nothing was sent at the issue's path
 * @returns {string}
 */
export function describeIssue(issue, missing = false) {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'Required';
  const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'nonoptional' ? 'Required' : `Expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? 'Must not be empty'
        : `Must be at least ${issue.minimum}${unit}`;
    case 'too_big':
      return `Must be at most ${issue.maximum}${unit}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'Has the wrong format' : `Must be a valid ${issue.format}`;
    case 'invalid_value':
      return `Must be one of: ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `Unknown keys: ${(issue.keys ?? []).join(', ')}`;
    case 'not_multiple_of':
      return `Must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return 'Does not match any allowed form';
    default:
      return 'Invalid value';
  }
}

/**
 * @param {Issue[]} issues
 * @param {unknown} root the value the issues' paths start from
 * @returns {FieldErrors}
 */
function collect(issues, root) {
  /** @type {FieldErrors} */
  const into = {};
  for (const issue of issues) {
    const path = (issue.path ?? []).map(String).join('.') || '_';
    // the first problem at a field is the one a family fixes first
    into[path] ??= describeIssue(issue, valueAt(root, issue.path ?? []) === undefined);
  }
  return into;
}

/**
 * @param {unknown} root
 * @param {PropertyKey[]} path
 * @returns {unknown}
 */
function valueAt(root, path) {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = /** @type {Record<PropertyKey, unknown>} */ (value)[key];
  }
  return value;
}

/**
 * Validates an envelope and its element payload. Field errors are keyed by
 * their dotted path inside `data` (CONTRACT.md §2 "Field paths"); problems
 * with the envelope itself use the envelope key (`id`, `type`, …).
 * @param {unknown} value
 * @returns {{ ok: true, envelope: Envelope } | { ok: false, errors: FieldErrors }}
 */
export function validateEnvelope(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: { _: 'The envelope must be a JSON object' } };
  }
  const outer = envelopeSchema.safeParse(value);
  /** @type {FieldErrors} */
  const errors = outer.success ? {} : collect(outer.error.issues, value);
  const { type, data } = /** @type {{ type?: unknown, data?: unknown }} */ (value);
  if (typeof type === 'string' && !errors.type && !Object.hasOwn(payloadSchemas, type)) {
    errors.type = `Unknown element type "${type}" (known: ${knownTypes.join(', ')})`;
  }
  // Data problems are reported even beside envelope problems: they are the ones a family can fix.
  if (typeof type === 'string' && Object.hasOwn(payloadSchemas, type) && data !== undefined) {
    const inner = payloadSchemas[type].safeParse(data);
    if (!inner.success) Object.assign(errors, collect(inner.error.issues, data));
  }
  if (!outer.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, envelope: /** @type {Envelope} */ (outer.data) };
}
