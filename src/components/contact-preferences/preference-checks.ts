/**
 * What the form checks: saved preferences (`.value`, `src`, inline JSON) and
 * the payload with zod, phone numbers with the phone rules, and whether those
 * rules know the `default-country`. The element loads this module with
 * `import()` when it connects (see LazyModule): the form renders without it,
 * and prefilled values wait for it.
 */
import { msg } from '@lit/localize';
import { zodErrors, type FieldErrors } from '../../core/form/zod-errors.js';
import { countryNeededMessage } from './default-country.js';
import { parsePhone, type PhoneProblem } from './phone.js';
import { preferencesSchema, type Preferences } from './preferences.schema.js';

export { defaultCountryProblem } from './default-country.js';
export { parsePhone } from './phone.js';
export { prefilledForm, prefillProblemsMessage, readPrefill } from './prefill.js';

/** What is wrong with a phone number typed (an empty one is the schema's to report). */
const phoneProblem = (problem: Exclude<PhoneProblem, 'empty'>): string =>
  ({
    characters: () =>
      msg('Use only digits, spaces, dashes and brackets, with + in front for another country.', {
        id: 'prefs.phone.characters',
      }),
    'too-short': () => msg('This phone number is too short. Check that no digit is missing.', { id: 'prefs.phone.too-short' }),
    'too-long': () => msg('This phone number is too long. Check for an extra digit.', { id: 'prefs.phone.too-long' }),
    'country-code': () => msg('The country code after + cannot start with 0.', { id: 'prefs.phone.country-code' }),
    'area-code': () => msg('The area code cannot start with 0 or 1.', { id: 'prefs.phone.area-code' }),
    exchange: () => msg('The three digits after the area code cannot start with 0 or 1.', { id: 'prefs.phone.exchange' }),
    extension: () => msg('An extension is 1 to 8 digits.', { id: 'prefs.error.extension' }),
    'country-needed': countryNeededMessage,
  })[problem]();

/**
 * Errors of the payload by its schema (CONTRACT.md §2), with what is wrong with
 * the phone number as the family typed it (`phone.number`, the extension's too).
 */
export function preferenceErrors(payload: Preferences, phoneText: string, defaultCountry: string): FieldErrors {
  const errors = zodErrors(preferencesSchema, payload);
  // The schema only sees a number that parsed; say what is wrong with the one typed.
  const phone = parsePhone(phoneText, defaultCountry);
  if (!phone.ok && phone.problem !== 'empty') errors['phone.number'] = phoneProblem(phone.problem);
  if (errors['phone.extension'] && !errors['phone.number']) errors['phone.number'] = errors['phone.extension'];
  delete errors['phone.extension'];
  return errors;
}
