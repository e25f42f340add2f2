import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** @typedef {import('./validate.js').Envelope} Envelope */
/**
 * @typedef {object} StoredRow
 * @property {number} seq
 * @property {string} idempotency_key
 * @property {string} id
 * @property {string} type
 * @property {string} form_id
 * @property {string} submitted_at
 * @property {string} received_at
 * @property {string} locale
 * @property {string} page
 * @property {string} envelope the whole envelope as received, JSON
 */

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS submissions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    form_id TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    locale TEXT NOT NULL,
    page TEXT NOT NULL,
    envelope TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS submissions_by_form ON submissions (form_id, seq);
`;

/**
 * The submissions table. better-sqlite3 is synchronous, so a lookup and the
 * insert that follows it can never interleave with another request: each
 * key is stored exactly once without extra locking.
 * @param {string} dbPath a file path, or ':memory:'
 */
export function openStore(dbPath) {
  if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
  const db = new Database(dbPath);
  if (dbPath !== ':memory:') db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);

  const byKeyOrId = db.prepare('SELECT * FROM submissions WHERE idempotency_key = ? OR id = ? LIMIT 1');
  const insert = db.prepare(`
    INSERT INTO submissions (idempotency_key, id, type, form_id, submitted_at, received_at, locale, page, envelope)
    VALUES (@key, @id, @type, @formId, @submittedAt, @receivedAt, @locale, @page, @envelope)
  `);
  const listAll = db.prepare('SELECT * FROM submissions ORDER BY seq');
  const listForm = db.prepare('SELECT * FROM submissions WHERE form_id = ? ORDER BY seq');
  const countAll = db.prepare('SELECT COUNT(*) AS count FROM submissions');
  const countForm = db.prepare('SELECT COUNT(*) AS count FROM submissions WHERE form_id = ?');
  const deleteAll = db.prepare('DELETE FROM submissions');
  const deleteForm = db.prepare('DELETE FROM submissions WHERE form_id = ?');

  return {
    db,
    /**
     * Stores the envelope unless its key (or its id) was seen before.
     * @param {string} key the Idempotency-Key header, or the envelope id
     * @param {Envelope} envelope validated
     * @param {string} json the envelope exactly as received
     * @returns {{ created: boolean, row: StoredRow }}
     */
    storeOnce(key, envelope, json) {
      const existing = /** @type {StoredRow | undefined} */ (byKeyOrId.get(key, envelope.id));
      if (existing) return { created: false, row: existing };
      insert.run({
        key,
        id: envelope.id,
        type: envelope.type,
        formId: envelope.formId,
        submittedAt: envelope.submittedAt,
        receivedAt: new Date().toISOString(),
        locale: envelope.locale,
        page: envelope.page,
        envelope: json,
      });
      return { created: true, row: /** @type {StoredRow} */ (byKeyOrId.get(key, envelope.id)) };
    },
    /** @param {string | null} [formId] @returns {StoredRow[]} */
    list(formId) {
      return /** @type {StoredRow[]} */ (formId ? listForm.all(formId) : listAll.all());
    },
    /** @param {string | null} [formId] @returns {number} */
    count(formId) {
      const row = /** @type {{ count: number }} */ (formId ? countForm.get(formId) : countAll.get());
      return row.count;
    },
    /** @param {string | null} [formId] */
    clear(formId) {
      if (formId) deleteForm.run(formId);
      else deleteAll.run();
    },
    close() {
      if (db.open) db.close();
    },
  };
}

/** @typedef {ReturnType<typeof openStore>} Store */
