import * as z from 'zod/mini';

/** No envelope over 100 kB is sent (CONTRACT.md §2; kB = 1,000 bytes): text limits keep real answers far below. */
export const MAX_ENVELOPE_BYTES = 100_000;

/**
 * The envelope the endpoint receives (CONTRACT.md §2). `data` is checked
 * against the element's own payload schema (`payloadSchemas` in src/schemas.ts).
 */
export const envelopeSchema = z.object({
  type: z.string().check(z.regex(/^family-[a-z-]+$/)),
  schemaVersion: z.literal(1),
  id: z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i)),
  formId: z.string().check(z.minLength(1), z.maxLength(200)),
  submittedAt: z.iso.datetime(),
  locale: z.string().check(z.minLength(2), z.maxLength(35)),
  page: z.string().check(z.maxLength(2048)),
  data: z.unknown(),
});
export type Envelope<Data = unknown> = Omit<z.infer<typeof envelopeSchema>, 'data'> & { data: Data };
