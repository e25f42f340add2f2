import { msg } from '@lit/localize';
import { zodErrors, type FieldErrors } from '../../core/form/zod-errors.js';
import { countryNeededMessage } from '../contact-preferences/default-country.js';
import { parsePhone } from '../contact-preferences/phone.js';
import { registrationSchema, type Course, type Registration } from './course.schema.js';

/*
 * The registration as it is sent, and its checks: zod and the phone parser,
 * which browsing the catalog never needs. The element loads it with
 * `import()` (through catalog-checks.ts) well before the family opens a course.
 */

/** What the family typed into the registration form, as typed. */
export interface RegistrationFields {
  name: string;
  email: string;
  phone: string;
  attendees: string;
  childcareNeeded: boolean;
  ages: string;
  language: string;
  languageOther: string;
}

/** The course being registered for, as far as the payload cares. */
export interface RegistrationTarget {
  course?: Course;
  childcare: boolean;
  waitlist: boolean;
}

function ages(r: RegistrationFields): number[] {
  return r.ages
    .split(/[\s,;、，،]+/)
    .filter(Boolean)
    .map((a) => (/^\d{1,2}$/.test(a) ? Number(a) : NaN));
}

/**
 * The registration as it would be sent; may be invalid (validation runs on
 * exactly this, and `family-change` reports it as the family types).
 */
export function registrationDraft(r: RegistrationFields, target: RegistrationTarget, defaultCountry: string): Record<string, unknown> {
  const phone = r.phone.trim() ? parsePhone(r.phone, defaultCountry) : undefined;
  const attendees = r.attendees.trim();
  return {
    courseId: target.course?.id ?? '',
    name: r.name.trim(),
    contact: {
      ...(r.email.trim() ? { email: r.email.trim() } : {}),
      ...(phone?.ok ? { phone: phone.phone } : {}),
    },
    attendees: attendees === '' ? undefined : Number(attendees),
    ...(target.childcare ? { childcare: { needed: r.childcareNeeded, ages: r.childcareNeeded ? ages(r) : [] } } : {}),
    language: r.language,
    ...(r.language === 'other' ? { languageOther: r.languageOther.trim() || undefined } : {}),
    waitlist: target.waitlist,
  };
}

/** Client errors by field path, in the family's language (the schema's own messages are for backend teams). */
export function registrationErrors(r: RegistrationFields, target: RegistrationTarget, defaultCountry: string): FieldErrors {
  const errors = zodErrors(registrationSchema, registrationDraft(r, target, defaultCountry));
  const phone = r.phone.trim() ? parsePhone(r.phone, defaultCountry) : undefined;
  if (phone && !phone.ok) {
    errors['contact.phone.number'] =
      phone.problem === 'country-needed'
        ? countryNeededMessage()
        : msg('Enter a phone number, like 555 123 4567, or with + and the country code.', { id: 'catalog.error.phone' });
    delete errors['contact'];
  } else if ('contact' in errors) {
    errors['contact'] = msg('Enter an email address or a phone number.', { id: 'catalog.error.contact' });
  }
  if ('languageOther' in errors) {
    errors['languageOther'] = msg('Tell us which language.', { id: 'catalog.error.languageOther' });
  }
  const ageKeys = Object.keys(errors).filter((k) => k.startsWith('childcare.ages'));
  if (ageKeys.length) {
    ageKeys.forEach((k) => delete errors[k]);
    errors['childcare.ages'] = msg("Write each child's age as a number from 0 to 17, separated by commas.", {
      id: 'catalog.error.ages',
    });
  } else if (r.childcareNeeded && ages(r).length === 0 && target.course && target.childcare) {
    errors['childcare.ages'] = msg('Enter the ages of the children who need childcare.', { id: 'catalog.error.agesMissing' });
  }
  return errors;
}

/** The registration's `data`, valid by its schema (throws otherwise: validation runs first). */
export function registrationPayload(r: RegistrationFields, target: RegistrationTarget, defaultCountry: string): Registration {
  return registrationSchema.parse(registrationDraft(r, target, defaultCountry));
}
