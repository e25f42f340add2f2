/**
 * Phone numbers as families type them, normalised to E.164 with a few light
 * rules instead of a metadata library (which would weigh more than the whole
 * element). It catches what a family can fix on the spot — a missing digit, a
 * letter, a US area code starting with 0 or 1 — and leaves the rest to the
 * school's messaging provider. It never guesses a country it keeps no rules for.
 */

/** Every phone number in every payload (CONTRACT.md §2). */
export interface PhoneNumber {
  /** E.164: `+` and up to 15 digits. */
  number: string;
  /** Digits only. */
  extension?: string;
}

/** Why a number was rejected; the checks (preference-checks.ts) turn each into a localized message. */
export type PhoneProblem =
  | 'empty'
  | 'characters'
  | 'too-short'
  | 'too-long'
  | 'country-code'
  | 'area-code'
  | 'exchange'
  | 'extension'
  /** Written without `+` while the default country is one we keep no rules for: it needs its country code. */
  | 'country-needed';

export type PhoneResult = { ok: true; phone: PhoneNumber } | { ok: false; problem: PhoneProblem };

interface CallingCode {
  /** Country calling code, without `+`. */
  code: string;
  /** Shortest and longest national significant number, where known. */
  min: number;
  max: number;
  /** Written nationally with a leading trunk `0` (dropped in E.164). */
  trunkZero?: boolean;
}

const NANP: CallingCode = { code: '1', min: 10, max: 10 };

/**
 * The countries US and Canadian districts' families most often call from or
 * keep a number in. Lengths are national significant numbers (no trunk 0).
 * Countries not listed still work when written with `+` or `00`; as the default
 * country, they read no number without one (README lists these codes).
 */
export const CALLING_CODES: Readonly<Record<string, CallingCode>> = {
  US: NANP,
  CA: NANP,
  PR: NANP,
  DO: NANP,
  JM: NANP,
  MX: { code: '52', min: 10, max: 10 },
  GT: { code: '502', min: 8, max: 8 },
  SV: { code: '503', min: 8, max: 8 },
  HN: { code: '504', min: 8, max: 8 },
  NI: { code: '505', min: 8, max: 8 },
  CR: { code: '506', min: 8, max: 8 },
  PA: { code: '507', min: 7, max: 8 },
  CU: { code: '53', min: 6, max: 8 },
  HT: { code: '509', min: 8, max: 8 },
  CO: { code: '57', min: 8, max: 10 },
  VE: { code: '58', min: 10, max: 10, trunkZero: true },
  EC: { code: '593', min: 8, max: 9, trunkZero: true },
  PE: { code: '51', min: 8, max: 9 },
  BO: { code: '591', min: 8, max: 8 },
  CL: { code: '56', min: 9, max: 9 },
  AR: { code: '54', min: 10, max: 11, trunkZero: true },
  BR: { code: '55', min: 10, max: 11, trunkZero: true },
  GB: { code: '44', min: 9, max: 10, trunkZero: true },
  ES: { code: '34', min: 9, max: 9 },
  PT: { code: '351', min: 9, max: 9 },
  FR: { code: '33', min: 9, max: 9, trunkZero: true },
  DE: { code: '49', min: 6, max: 13, trunkZero: true },
  PL: { code: '48', min: 9, max: 9 },
  UA: { code: '380', min: 9, max: 9, trunkZero: true },
  RU: { code: '7', min: 10, max: 10 },
  CN: { code: '86', min: 9, max: 11, trunkZero: true },
  TW: { code: '886', min: 8, max: 9, trunkZero: true },
  HK: { code: '852', min: 8, max: 8 },
  VN: { code: '84', min: 9, max: 10, trunkZero: true },
  PH: { code: '63', min: 8, max: 10, trunkZero: true },
  KR: { code: '82', min: 8, max: 10, trunkZero: true },
  JP: { code: '81', min: 9, max: 10, trunkZero: true },
  IN: { code: '91', min: 10, max: 10, trunkZero: true },
  PK: { code: '92', min: 9, max: 10, trunkZero: true },
  BD: { code: '880', min: 8, max: 10, trunkZero: true },
  NP: { code: '977', min: 8, max: 10, trunkZero: true },
  MM: { code: '95', min: 7, max: 10, trunkZero: true },
  KH: { code: '855', min: 8, max: 9, trunkZero: true },
  LA: { code: '856', min: 8, max: 10, trunkZero: true },
  TH: { code: '66', min: 8, max: 9, trunkZero: true },
  AF: { code: '93', min: 9, max: 9, trunkZero: true },
  IQ: { code: '964', min: 8, max: 10, trunkZero: true },
  IR: { code: '98', min: 10, max: 10, trunkZero: true },
  SY: { code: '963', min: 8, max: 9, trunkZero: true },
  YE: { code: '967', min: 7, max: 9, trunkZero: true },
  SA: { code: '966', min: 8, max: 9, trunkZero: true },
  EG: { code: '20', min: 8, max: 10, trunkZero: true },
  SO: { code: '252', min: 7, max: 9, trunkZero: true },
  ET: { code: '251', min: 9, max: 9, trunkZero: true },
  ER: { code: '291', min: 7, max: 7, trunkZero: true },
  KE: { code: '254', min: 9, max: 9, trunkZero: true },
  NG: { code: '234', min: 8, max: 10, trunkZero: true },
  CD: { code: '243', min: 9, max: 9, trunkZero: true },
  SD: { code: '249', min: 9, max: 9, trunkZero: true },
};

// By calling code, for numbers written with `+`: the first entry for a code wins
// (shared codes such as +1 have the same rules for every country that uses them).
const BY_CODE = new Map<string, CallingCode>();
for (const entry of Object.values(CALLING_CODES)) if (!BY_CODE.has(entry.code)) BY_CODE.set(entry.code, entry);

/**
 * The rules of a two-letter country code (any case), if we keep them. `null` is
 * a `default-country` attribute taken away: the default, US, again.
 */
function countryRules(country: string | null): CallingCode | undefined {
  const code = country ?? 'US';
  return /^[a-z]{2}$/i.test(code) ? CALLING_CODES[code.toUpperCase()] : undefined;
}

/** Whether numbers written without `+` can be read for this `default-country`. */
export function knowsCountry(country: string | null): boolean {
  return countryRules(country) !== undefined;
}

/** E.164 allows at most 15 digits; a real number is never shorter than 7. */
const E164_MIN = 7;
const E164_MAX = 15;

// Arabic-Indic, Extended Arabic-Indic (Persian, Urdu) and full-width digits, as phones type them.
const DIGIT_BLOCKS = [0x0660, 0x06f0, 0xff10];

function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (ch) => {
    const cp = ch.codePointAt(0)!;
    const base = DIGIT_BLOCKS.find((b) => cp >= b && cp <= b + 9)!;
    return String(cp - base);
  });
}

/** `ext 12`, `ext. 12`, `extension 12`, `x12`, `#12` at the end of the number. */
const EXTENSION = /\s*(?:ext(?:ension)?\.?|x|#)\s*(\d+)\s*$/i;

/**
 * Longer than any number with an extension, however it is spaced. Longer text is
 * refused before EXTENSION runs: it backtracks quadratically (a 1 MB paste hung the tab).
 */
const MAX_TYPED_LENGTH = 64;

/** Spaces, dashes (any Unicode dash), dots, slashes and brackets are only formatting. */
const FORMATTING = /[\s\-\u2010-\u2015\u2212.()[\]/]/g;

/**
 * Normalises a phone number as typed to E.164 (`+15551234567`) plus an
 * optional extension. Numbers without `+` or an international prefix (`00`,
 * or `011` from North America) are read as national numbers of
 * `defaultCountry` (ISO 3166 alpha-2, default `US`); when we keep no rules for
 * that country they are refused (`country-needed`) rather than read by another
 * country's rules, which would send a wrong number.
 */
export function parsePhone(input: string, defaultCountry: string | null = 'US'): PhoneResult {
  let text = asciiDigits(input.normalize('NFKC')).trim();
  if (!text) return { ok: false, problem: 'empty' };
  if (text.length > MAX_TYPED_LENGTH) return { ok: false, problem: 'too-long' };

  let extension: string | undefined;
  const ext = EXTENSION.exec(text);
  if (ext && ext.index > 0) {
    extension = ext[1] ?? '';
    if (extension.length > 8) return { ok: false, problem: 'extension' };
    text = text.slice(0, ext.index);
  }

  // "+44 (0)20 …": the bracketed trunk 0 is a national habit, not part of the number.
  text = text.replace(/^(\+\d{1,3})\s*\(0\)/, '$1');
  const plus = text.startsWith('+');
  const digits = (plus ? text.slice(1) : text).replace(FORMATTING, '');
  if (!/^\d+$/.test(digits)) return { ok: false, problem: digits ? 'characters' : 'empty' };

  const home = countryRules(defaultCountry);
  let international: string | undefined;
  if (plus) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else if (home?.code === '1' && digits.startsWith('011')) international = digits.slice(3);

  let result: PhoneResult;
  if (international !== undefined) result = fromInternational(international);
  else if (home) result = fromNational(digits, home);
  else return { ok: false, problem: 'country-needed' };
  if (!result.ok) return result;
  return { ok: true, phone: extension ? { ...result.phone, extension } : result.phone };
}

function fromInternational(digits: string): PhoneResult {
  if (digits.startsWith('0')) return { ok: false, problem: 'country-code' };
  for (const length of [1, 2, 3]) {
    const rules = BY_CODE.get(digits.slice(0, length));
    if (rules) return checked(rules, digits.slice(length));
  }
  // A country we keep no lengths for: only E.164's own limits.
  if (digits.length < E164_MIN) return { ok: false, problem: 'too-short' };
  if (digits.length > E164_MAX) return { ok: false, problem: 'too-long' };
  return { ok: true, phone: { number: `+${digits}` } };
}

function fromNational(digits: string, home: CallingCode): PhoneResult {
  let national = digits;
  // "1 555 123 4567": the NANP trunk prefix; "020 7946 0000": a trunk 0.
  if (home.code === '1' && national.length === 11 && national.startsWith('1')) national = national.slice(1);
  else if (home.trunkZero && national.startsWith('0')) national = national.slice(1);
  return checked(home, national);
}

function checked(rules: CallingCode, national: string): PhoneResult {
  // "+44 020 …": a trunk 0 written after the country code by habit.
  if (rules.trunkZero && national.startsWith('0') && national.length > rules.max) national = national.slice(1);
  if (national.length < rules.min) return { ok: false, problem: 'too-short' };
  if (national.length > rules.max || rules.code.length + national.length > E164_MAX) {
    return { ok: false, problem: 'too-long' };
  }
  if (rules.code === '1') {
    // North American numbers: NXX-NXX-XXXX, neither the area code nor the exchange starts with 0 or 1.
    if (/^[01]/.test(national)) return { ok: false, problem: 'area-code' };
    if (/^[01]/.test(national.slice(3))) return { ok: false, problem: 'exchange' };
  }
  return { ok: true, phone: { number: `+${rules.code}${national}` } };
}

/** A stored number written for reading back in a field: `+1 555 123 4567 ext. 12` stays exact. */
export function formatPhone(phone: PhoneNumber): string {
  return phone.extension ? `${phone.number} ext. ${phone.extension}` : phone.number;
}
