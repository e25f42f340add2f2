/*
 * The course feed's fixed vocabulary and patterns, without zod: the schema
 * (course.schema.ts) and the quick check (course-check.ts) both read them, and
 * the catalog's first render needs only the quick check.
 */

/** A BCP 47 language tag as districts write them (`es`, `zh-Hant`, `pt-BR`). */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/;

/**
 * An ISO 8601 date-time with an offset or `Z`, as `z.iso.datetime({ offset: true })`
 * checks it (its pattern, word for word; a test holds the two together).
 */
export const INSTANT =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

export const COURSE_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type CourseFormat = (typeof COURSE_FORMATS)[number];
