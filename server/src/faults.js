/**
 * Fault switches for tests (only with `testFaults`): make the next
 * submissions fail the ways a real network and backend fail, so outbox and
 * retry behaviour is tested against real HTTP. Faults can be scoped to one
 * `formId`, because browser test files running at once share one receiver.
 */

/**
 * @typedef {object} FaultSpec what POST /__faults accepts
 * @property {string} [formId] only submissions with this formId; without it, the default for all
 * @property {number} [fail503] answer the next N submissions 503
 * @property {{ count: number, seconds: number }} [retryAfter429] answer the next `count` 429 with `Retry-After: seconds`
 * @property {number} [delayMs] wait this long before handling the next `delayCount` submissions
 * @property {number} [delayCount] how many submissions `delayMs` holds (default 1)
 * @property {number} [dropAfterStore] store the next N submissions, then cut the connection without an answer
 * @property {boolean} [down] cut every submission connection without storing, until reset or `down: false`
 */

/**
 * @typedef {object} FaultState
 * @property {number} fail503
 * @property {number} retry429
 * @property {number} retry429Seconds
 * @property {number} delayMs
 * @property {number} delayCount
 * @property {number} dropAfterStore
 * @property {boolean} down
 */

/**
 * @typedef {{ kind: 'down', delayMs: 0 } | { kind: 'status', status: 503 | 429, retryAfter?: number, delayMs: number } | { kind: 'pass', delayMs: number, dropAfterStore: boolean }} FaultDecision
 */

/** @returns {FaultState} */
function emptyState() {
  return { fail503: 0, retry429: 0, retry429Seconds: 0, delayMs: 0, delayCount: 0, dropAfterStore: 0, down: false };
}

/**
 * @param {unknown} value
 * @param {string} name
 * @returns {number}
 */
function count(value, name) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new TypeError(`${name} must be a whole number, 0 or more`);
  }
  return value;
}

/** @type {FaultDecision} */
export const NO_FAULT = Object.freeze({ kind: 'pass', delayMs: 0, dropAfterStore: false });

export function createFaults() {
  /** @type {Map<string, FaultState>} formId ('' = every form without its own) → state */
  const scopes = new Map();

  return {
    /**
     * Adds to the faults of a scope; throws TypeError on a malformed spec.
     * @param {unknown} input
     * @returns {FaultState}
     */
    set(input) {
      if (typeof input !== 'object' || input === null) throw new TypeError('Expected a JSON object');
      const spec = /** @type {FaultSpec} */ (input);
      const scope = spec.formId === undefined ? '' : String(spec.formId);
      const state = { ...(scopes.get(scope) ?? emptyState()) };
      if (spec.fail503 !== undefined) state.fail503 = count(spec.fail503, 'fail503');
      if (spec.retryAfter429 !== undefined) {
        state.retry429 = count(spec.retryAfter429?.count, 'retryAfter429.count');
        state.retry429Seconds = count(spec.retryAfter429?.seconds, 'retryAfter429.seconds');
      }
      if (spec.delayMs !== undefined) {
        state.delayMs = count(spec.delayMs, 'delayMs');
        state.delayCount = spec.delayCount === undefined ? 1 : count(spec.delayCount, 'delayCount');
      }
      if (spec.dropAfterStore !== undefined) state.dropAfterStore = count(spec.dropAfterStore, 'dropAfterStore');
      if (spec.down !== undefined) {
        if (typeof spec.down !== 'boolean') throw new TypeError('down must be true or false');
        state.down = spec.down;
      }
      scopes.set(scope, state);
      return state;
    },

    /** @param {string | null} [formId] clears one form's faults, or all of them */
    reset(formId) {
      if (formId) scopes.delete(formId);
      else scopes.clear();
    },

    /**
     * What to do with the next submission of `formId` (consumes one of each counted fault).
     * @param {string | null} formId
     * @returns {FaultDecision}
     */
    take(formId) {
      const state = (formId !== null && scopes.get(formId)) || scopes.get('');
      if (!state) return NO_FAULT;
      if (state.down) return { kind: 'down', delayMs: 0 };
      let delayMs = 0;
      if (state.delayCount > 0) {
        state.delayCount -= 1;
        delayMs = state.delayMs;
      }
      if (state.fail503 > 0) {
        state.fail503 -= 1;
        return { kind: 'status', status: 503, delayMs };
      }
      if (state.retry429 > 0) {
        state.retry429 -= 1;
        return { kind: 'status', status: 429, retryAfter: state.retry429Seconds, delayMs };
      }
      const dropAfterStore = state.dropAfterStore > 0;
      if (dropAfterStore) state.dropAfterStore -= 1;
      return { kind: 'pass', delayMs, dropAfterStore };
    },
  };
}
