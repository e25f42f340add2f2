// Limits the questions render with (`maxlength`, the rating scale) and the
// schema checks; apart from survey.schema.ts so rendering needs no zod.

/** Default `maxLength` of a text answer (CONTRACT.md §3). */
export const TEXT_MAX_LENGTH = 2000;
/** Default `max` of a rating. */
export const RATING_MAX = 5;

/**
 * How deep `visibleIf` rules may nest (`{"all": [{"any": [...]}]}` is two): far beyond
 * any real survey, far below what would exhaust the stack of the checks that walk them.
 */
export const MAX_RULE_DEPTH = 32;
