/**
 * The `default-country` of the elements that take phone numbers (the contact
 * preferences, the catalog's registration), when we keep no phone rules for it:
 * what the webmaster is told once, and what the family is asked instead of a
 * number read by another country's rules (phone.ts refuses it as `country-needed`).
 * Loaded with each element's checks.
 */
import { msg, str } from '@lit/localize';
import { knowsCountry } from './phone.js';

/** For the webmaster (console and `family-error` with `kind: "config"`); undefined when the country is known. */
export function defaultCountryProblem(country: string | null): string | undefined {
  if (knowsCountry(country)) return undefined;
  return msg(
    str`default-country="${country}" is not a country whose phone numbers this form can read: numbers written without + or 00 are refused, and the family is asked for the country code. The README lists the two-letter codes it knows.`,
    { id: 'phone.config.default-country' },
  );
}

/** For the family, at the phone field: a number written without `+` that no known country's rules can read. */
export const countryNeededMessage = (): string =>
  msg('Write the number with + and the country code in front, for example +39 312 345 6789.', {
    id: 'phone.error.country-needed',
  });
