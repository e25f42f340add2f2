import * as z from 'zod/mini';

/*
 * CONTRACT.md §3: "A `language` anywhere is a BCP 47 code, or `"other"` with
 * the family's words in `languageOther`." One rule for every payload that
 * carries a language, said once for zod (the elements and the receiver) and
 * once for JSON Schema (dist/schemas, through src/schemas.ts), side by side.
 */

/** Words that name a language: at least one character that is not a space. */
const WORDS = /\S/;

/** The zod check on a payload whose `field` may be `"other"`: then `languageOther` has the family's words. */
export const otherLanguageNamed = <T extends { languageOther?: string | undefined }>(field: keyof T & string) =>
  z.refine<T>((data) => data[field] !== 'other' || WORDS.test(data.languageOther ?? ''), {
    message: `with ${field} "other", languageOther names the language`,
    path: ['languageOther'],
  });

/** The same rule in JSON Schema, for the payload object's `allOf`. */
export const otherLanguageNamedJson = (field: string) => ({
  if: { required: [field], properties: { [field]: { const: 'other' } } },
  then: { required: ['languageOther'], properties: { languageOther: { pattern: WORDS.source } } },
});
