/**
 * A phone number as a family types it on an RSVP, made E.164 (CONTRACT.md §2).
 * Deliberately small: numbers without `+` are read as US/Canada (NANP) numbers;
 * numbers written with `+` or `00` are kept as given. `<family-contact-preferences>`
 * has the fuller, country-aware version.
 */
export interface RsvpPhone {
  /** E.164: `+` and 8 to 15 digits. */
  number: string;
  /** Digits only. */
  extension?: string;
}

// "x12", "ext. 12", "ext 12", "extension 12", "#12" at the end of the number.
const EXTENSION = /\s*(?:#|x|ext\.?|extension)\s*(\d{1,8})\s*$/i;
// Separators families write between digit groups.
const SEPARATORS = /[\s().\-/]/g;
// Longer than any number with an extension, however spaced (the field's maxlength). Longer
// text is refused before EXTENSION runs: it backtracks quadratically, and a 1 MB paste hung the tab.
const MAX_LENGTH = 40;

/** The number in E.164 with its extension, or null when it cannot be a phone number. */
export function usPhoneToE164(typed: string): RsvpPhone | null {
  let text = typed.trim();
  if (text.length > MAX_LENGTH) return null;
  let extension: string | undefined;
  const ext = EXTENSION.exec(text);
  if (ext) {
    extension = ext[1];
    text = text.slice(0, ext.index);
  }
  text = text.replace(SEPARATORS, '');
  let international = false;
  if (text.startsWith('+')) {
    international = true;
    text = text.slice(1);
  } else if (text.startsWith('00')) {
    international = true;
    text = text.slice(2);
  } else if (text.startsWith('011')) {
    international = true; // the US international call prefix
    text = text.slice(3);
  }
  if (!/^\d+$/.test(text)) return null;

  let number: string;
  if (international) {
    if (!/^[1-9]\d{7,14}$/.test(text)) return null;
    number = `+${text}`;
  } else {
    const national = text.length === 11 && text.startsWith('1') ? text.slice(1) : text;
    // NANP: area code and exchange never start with 0 or 1.
    if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(national)) return null;
    number = `+1${national}`;
  }
  if (number.startsWith('+1') && !/^\+1[2-9]\d{2}[2-9]\d{6}$/.test(number)) return null;
  return extension ? { number, extension } : { number };
}
