import * as z from 'zod/mini';

/** Text in a definition, event, tip or feed: a string, or a map of locale to string. */
export const localizedText = z.union([
  z.string(),
  z.record(z.string().check(z.regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/)), z.string()),
]);
export type LocalizedText = z.infer<typeof localizedText>;

// Resolving needs no zod: elements import it from resolve-text.ts, so zod stays
// off their first render. Re-exported here for modules that import both.
export { resolveText, textLanguages, type ResolvedText } from './resolve-text.js';
