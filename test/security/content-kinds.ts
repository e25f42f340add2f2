/**
 * Each element's content (a survey definition, a tip, an event, saved
 * preferences, a course feed) as JSON text whose every text slot the test
 * chooses, and the three ways a webmaster gives it: the property, a `src` URL
 * on the test server, and an inline `<script type="application/json">`.
 */
import '../../src/index.js';
import { hostJson, settled } from './hostile.js';

/** Fills one text slot of a content file (`title`, `step`, …). */
export type Slot = (name: string) => string;

export type Channel = 'property' | 'src' | 'inline';
export const CHANNELS: readonly Channel[] = ['property', 'src', 'inline'];

export interface ContentKind {
  tag: string;
  /** The property that takes the content as data. */
  property: string;
  /** The content as JSON text, every text slot from `t`. */
  json(t: Slot): string;
  /** Shown when the content (or the problem with it) is on screen. */
  ready: string;
  /** The webmaster's problem box. */
  problem: string;
  /** Where the `title` slot (saved preferences: the `language` slot) shows up for the family. */
  title(el: Element): string;
  /** Attributes that carry content (besides `src`), each from a slot. */
  attributes?: (t: Slot) => Record<string, string>;
}

const day = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();
const soon = Date.now() + 20 * day;

export const CONTENT_KINDS: ContentKind[] = [
  {
    tag: 'family-survey',
    property: 'definition',
    title: (el) => el.shadowRoot!.querySelector('[part="title"]')?.textContent ?? '',
    ready: '[part="problem"], form',
    problem: '[part="problem"]',
    json: (t) =>
      JSON.stringify({
        id: 'hostile-survey',
        title: t('title'),
        description: t('description'),
        submitLabel: t('submit label'),
        pages: [
          {
            title: t('page title'),
            description: t('page description'),
            questions: [
              {
                id: 'q1',
                type: 'single',
                text: t('question'),
                help: t('help'),
                required: true,
                options: [
                  { value: 'a', label: t('option') },
                  { value: `v-${t('option value')}`.slice(0, 200), label: { en: t('option'), es: t('option') } },
                ],
                other: true,
              },
              {
                id: 'q2',
                type: 'likert',
                text: t('likert'),
                scale: 'agreement5',
                notSure: true,
                items: [{ id: 'q2a', text: t('item'), group: t('group') }],
              },
              { id: 'q3', type: 'dropdown', text: t('dropdown'), options: [{ value: 'x', label: t('option') }] },
              { id: 'q4', type: 'rating', text: t('rating'), minLabel: t('min label'), maxLabel: t('max label') },
              { id: 'q5', type: 'text', text: t('text'), visibleIf: { question: 'q1', equals: 'a' } },
            ],
          },
        ],
      }),
  },
  {
    tag: 'family-homework-tip',
    property: 'tip',
    title: (el) => el.shadowRoot!.querySelector('[part="title"]')?.textContent ?? '',
    ready: '[part="problem"], [part="title"]',
    problem: '[part="problem"]',
    json: (t) =>
      JSON.stringify({
        id: 'hostile-tip',
        subject: t('subject'),
        grade: t('grade'),
        title: t('title'),
        about: { en: t('about'), es: t('about') },
        steps: [t('step'), t('step')],
        prompts: [t('prompt')],
        materials: [t('material')],
        minutes: 5,
        links: [{ label: t('link label'), href: 'https://games.example/fractions' }],
        glossary: [{ term: t('term'), meaning: t('meaning') }],
      }),
    attributes: (t) => ({ 'tip-id': 'hostile-tip', subject: t('subject'), grade: t('grade'), 'tip-title': t('title') }),
  },
  {
    tag: 'family-event-rsvp',
    property: 'event',
    title: (el) => el.shadowRoot!.querySelector('[part="title"]')?.textContent ?? '',
    ready: '[part="problem"], [part="title"]',
    problem: '[part="problem"]',
    json: (t) =>
      JSON.stringify({
        id: 'hostile-event',
        title: t('title'),
        start: iso(soon),
        end: iso(soon + 2 * 3_600_000),
        timeZone: 'America/Chicago',
        location: t('location'),
        description: { en: t('description'), es: t('description') },
        sessions: [{ id: 's1', title: t('session') }],
      }),
    attributes: (t) => ({
      'event-id': 'hostile-event',
      'event-title': t('title'),
      start: iso(soon),
      end: iso(soon + 3_600_000),
      location: t('location'),
      description: t('description'),
    }),
  },
  {
    tag: 'family-contact-preferences',
    property: 'value',
    title: (el) => el.shadowRoot!.querySelector<HTMLInputElement>('#language-other-text')?.value ?? '',
    ready: '[part="problem"], form',
    problem: '[part="problem"]',
    json: (t) =>
      JSON.stringify({
        channels: ['email'],
        language: 'other',
        languageOther: t('language'),
        interpreter: false,
        times: [],
        topics: ['emergencies'],
        frequency: 'instant',
        email: 'family@example.com',
      }),
    attributes: (t) => ({ 'sms-consent-text': t('consent') }),
  },
  {
    tag: 'family-course-catalog',
    property: 'courses',
    title: (el) => el.shadowRoot!.querySelector('[part~="card"] h3')?.textContent ?? '',
    ready: '.feed-problems, [part~="card"]',
    problem: '.feed-problems',
    json: (t) =>
      JSON.stringify({
        courses: [
          {
            id: 'hostile-course',
            title: t('title'),
            description: t('description'),
            category: t('category'),
            languages: ['en', 'es'],
            format: 'in-person',
            location: t('location'),
            sessions: [{ start: iso(soon), end: iso(soon + 3_600_000) }],
            childcare: t('childcare'),
            cost: t('cost'),
            capacity: 10,
            remaining: 3,
          },
        ],
      }),
    attributes: (t) => ({ heading: t('heading') }),
  },
];

export const kindOf = (tag: string): ContentKind => CONTENT_KINDS.find((k) => k.tag === tag)!;

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Mounts `kind` with content `json` given through `channel` (plus `attributes`),
 * and waits until its content or its problem is on screen.
 */
export async function mountContent(
  kind: ContentKind,
  channel: Channel,
  json: string,
  mounted: Element[],
  attributes: Record<string, string> = {},
): Promise<Updating> {
  const el = document.createElement(kind.tag) as Updating;
  el.setAttribute('no-language-picker', '');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (channel === 'src') el.setAttribute('src', await hostJson(json));
  if (channel === 'inline') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  }
  if (channel === 'property') (el as unknown as Record<string, unknown>)[kind.property] = JSON.parse(json);
  document.body.append(el);
  mounted.push(el);
  await settled(el, kind.ready);
  return el;
}
