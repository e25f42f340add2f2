import { getLocale } from './localization.js';

/** Message thunks per plural category; `other` is required, the rest fall back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, () => string>> & { other: () => string };

const rules = new Map<string, Intl.PluralRules>();

/**
 * Chooses among `msg()` variants by `Intl.PluralRules` for the active locale
 * (Arabic has six forms; @lit/localize has no plural support of its own).
 * Each form is a separate `msg()` so translators can word every category.
 */
export function plural(count: number, forms: PluralForms, locale: string = getLocale()): string {
  let pr = rules.get(locale);
  if (!pr) {
    pr = new Intl.PluralRules(locale);
    rules.set(locale, pr);
  }
  return (forms[pr.select(count)] ?? forms.other)();
}
