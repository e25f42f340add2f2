/**
 * The copy-paste HTML a webmaster needs for one element, built from the
 * playground's controls (and shown as text, never as HTML).
 */
export const ELEMENT_TAGS = [
  'family-survey',
  'family-event-rsvp',
  'family-contact-preferences',
  'family-homework-tip',
  'family-course-catalog',
] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];

/** What each element needs besides the shared attributes, as a webmaster writes it. */
export const CONTENT_ATTRIBUTES: Record<ElementTag, Record<string, string>> = {
  'family-survey': { src: 'samples/surveys/family-night-feedback.json' },
  'family-event-rsvp': {
    'event-id': 'literacy-night',
    'event-title': 'Family literacy night',
    start: `${new Date().getFullYear() + 1}-03-04T18:00-05:00`,
    end: `${new Date().getFullYear() + 1}-03-04T19:30-05:00`,
    location: 'Lincoln Elementary, library',
    ask: 'guests childcare interpretation',
  },
  'family-contact-preferences': { channels: 'sms email phone' },
  'family-homework-tip': { src: 'samples/tips/math.json' },
  'family-course-catalog': { src: 'samples/courses.json' },
};

export interface SnippetOptions {
  element: ElementTag;
  endpoint: string;
  formId: string;
  format: 'json' | 'form';
  lang: string;
  noLanguagePicker: boolean;
  scriptSrc: string;
}

/** The element's attributes in the order a webmaster reads them; empty values are left out. */
export function snippetAttributes(options: SnippetOptions): [string, string][] {
  const attributes: [string, string][] = [];
  if (options.endpoint) attributes.push(['endpoint', options.endpoint]);
  if (options.formId) attributes.push(['form-id', options.formId]);
  if (options.format !== 'json') attributes.push(['format', options.format]);
  if (options.lang) attributes.push(['lang', options.lang]);
  attributes.push(...Object.entries(CONTENT_ATTRIBUTES[options.element]));
  if (options.noLanguagePicker) attributes.push(['no-language-picker', '']);
  return attributes;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The script tag and the element, ready to paste. */
export function snippet(options: SnippetOptions): string {
  const attributes = snippetAttributes(options)
    .map(([name, value]) => (value === '' ? `\n  ${name}` : `\n  ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<script type="module" src="${escapeAttribute(options.scriptSrc)}"></script>\n\n<${options.element}${attributes}\n></${options.element}>`;
}
