/**
 * CSV export of stored submissions for spreadsheet users: one row per
 * submission, the data flattened to dotted columns.
 */

/** @typedef {import('./store.js').StoredRow} StoredRow */

/** Excel and friends open CSV as UTF-8 only with a byte-order mark (names in Vietnamese, Arabic, Chinese…). */
export const BOM = '\uFEFF';
/** Characters that make a spreadsheet treat a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const FIXED_COLUMNS = ['id', 'submittedAt', 'receivedAt', 'locale', 'page'];

/**
 * Flattens a payload to dotted keys: nested objects become `contact.phone.number`;
 * arrays of plain values are joined with "; " (one cell for "which days?");
 * arrays of objects get an index (`guests.0.name`).
 * @param {unknown} value
 * @param {string} prefix
 * @param {Map<string, string>} out
 * @returns {Map<string, string>}
 */
export function flatten(value, prefix = '', out = new Map()) {
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) {
      out.set(prefix, value.map((item) => cellText(item)).join('; '));
    } else {
      value.forEach((item, index) => flatten(item, prefix ? `${prefix}.${index}` : String(index), out));
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flatten(item, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) {
    out.set(prefix, cellText(value));
  }
  return out;
}

/** @param {unknown} value */
function cellText(value) {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * One cell, neutralised against formula injection and quoted when needed (RFC 4180).
 * @param {string} text
 */
export function csvCell(text) {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * @param {StoredRow[]} rows
 * @returns {string} the whole file, BOM first, CRLF line ends
 */
export function submissionsCsv(rows) {
  /** @type {string[]} */
  const dataColumns = [];
  const seen = new Set();
  const flat = rows.map((row) => {
    const envelope = JSON.parse(row.envelope);
    const data = flatten(envelope.data);
    for (const key of data.keys()) {
      if (!seen.has(key)) {
        seen.add(key);
        dataColumns.push(key);
      }
    }
    return { row, data };
  });
  const lines = [[...FIXED_COLUMNS, ...dataColumns].map(csvCell).join(',')];
  for (const { row, data } of flat) {
    const fixed = [row.id, row.submitted_at, row.received_at, row.locale, row.page];
    lines.push([...fixed, ...dataColumns.map((key) => data.get(key) ?? '')].map(csvCell).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
