import { expect } from '@open-wc/testing';
import { registrationSchema } from '../../src/components/course-catalog/course.schema.js';
import { rsvpPayloadSchema } from '../../src/components/event-rsvp/event.schema.js';

// CONTRACT.md §3: "A `language` anywhere is a BCP 47 code, or "other" with the
// family's words in `languageOther`", in each payload schema that carries one.
const reply = { eventId: 'literacy-night', response: 'yes', name: 'Ana', contact: { email: 'ana@example.org' }, waitlist: false };
const registration = { courseId: 'math-k2', name: 'Ana', contact: { email: 'ana@example.org' }, attendees: 1, language: 'es', waitlist: false };

const payloads = [
  { name: 'the RSVP (interpretation)', schema: rsvpPayloadSchema, base: reply, field: 'interpretation' },
  { name: 'the catalog registration (language)', schema: registrationSchema, base: registration, field: 'language' },
];

describe('"other" language with the family\'s words', () => {
  for (const { name, schema, base, field } of payloads) {
    describe(name, () => {
      const parse = (extra: object) => schema.safeParse({ ...base, ...extra });

      it('refuses "other" without words, naming languageOther', () => {
        for (const words of [{}, { languageOther: '' }, { languageOther: '   ' }]) {
          const result = parse({ [field]: 'other', ...words });
          expect(result.success, JSON.stringify(words)).to.equal(false);
          expect([...new Set(result.error!.issues.map((issue) => issue.path.join('.')))]).to.deep.equal(['languageOther']);
        }
      });

      it('accepts "other" with the family\'s words, and a language code without them', () => {
        expect(parse({ [field]: 'other', languageOther: 'Mam' }).success).to.equal(true);
        expect(parse({ [field]: 'so' }).success).to.equal(true);
      });
    });
  }
});
