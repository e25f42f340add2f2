import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FamilyCourseCatalog } from '../src/components/course-catalog/family-course-catalog.js';
import type { Course } from '../src/components/course-catalog/course.schema.js';
import type { Transport } from '../src/core/submit/request.js';
import feed from '../samples/courses.json';
import { NEVER_ANSWERING_SRC } from './never-answering-src.js';
import { partOffline } from './part-offline.js';
import { click, partShown, storyElement, submit, typeInto, waitFor } from './play-actions.js';
import { fieldErrorsTransport, sentTransport, unavailableTransport, waitlistedTransport } from './transports.js';

interface CatalogArgs {
  'form-id': string;
  src?: string;
  endpoint?: string;
  heading?: string;
  'page-size': number;
  'time-zone'?: string;
  'no-language-picker': boolean;
  courses?: readonly Course[];
  transport?: Transport;
  /** Story only: constrain the width to 320 px. */
  narrow?: boolean;
  /** Story only: the part the element loads as it connects could not load (stories/part-offline.ts). */
  offlinePart?: string;
}

// JSON imports are typed loosely (locale maps become unions); feed.test.ts checks this file against the feed schema.
const allCourses = feed.courses as unknown as Course[];
const openCourse = allCourses.find((c) => c.remaining === undefined || c.remaining > 0)!;
const fullCourse = allCourses.find((c) => c.remaining === 0)!;

const meta: Meta<CatalogArgs> = {
  title: 'Elements/family-course-catalog',
  component: 'family-course-catalog',
  tags: ['autodocs'],
  // Six per page keeps each story short; the default is 20.
  args: { 'form-id': 'stories-catalog', 'page-size': 6, 'no-language-picker': false, courses: allCourses, narrow: false },
  argTypes: {
    narrow: { control: 'boolean', description: 'Story only: a 320 px wide column.', table: { category: 'story' } },
    // Set once, before the element connects: switching it on a shown story would do nothing.
    offlinePart: { table: { disable: true } },
  },
  render: (args) =>
    html`<div class=${args.narrow ? 'story-narrow' : 'story-full'}>
      <family-course-catalog
        ${partOffline(args.offlinePart)}
        form-id=${args['form-id']}
        src=${ifDefined(args.src)}
        endpoint=${ifDefined(args.endpoint)}
        heading=${ifDefined(args.heading)}
        page-size=${args['page-size']}
        time-zone=${ifDefined(args['time-zone'])}
        ?no-language-picker=${args['no-language-picker']}
        .courses=${args.src ? undefined : args.courses}
        .transport=${args.transport}
      ></family-course-catalog>
    </div>`,
};
export default meta;
type Story = StoryObj<CatalogArgs>;

const catalog = (canvasElement: HTMLElement) => storyElement(canvasElement, FamilyCourseCatalog);

/** Opens the first course's details (the registration form). */
async function openDetails(el: FamilyCourseCatalog): Promise<void> {
  await waitFor(() => el.shadowRoot!.querySelector('.details-button') !== null, 'a course card');
  await click(el, '.details-button');
  await waitFor(() => el.shadowRoot!.querySelector('dialog')?.open === true, 'the detail dialog');
  await el.updateComplete;
}

async function fill(el: FamilyCourseCatalog): Promise<void> {
  await openDetails(el);
  await typeInto(el, '#reg-name', 'Amina Yusuf');
  await typeInto(el, '#reg-email', 'amina@example.org');
}

async function fillAndRegister({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = await catalog(canvasElement);
  await fill(el);
  await submit(el, 'dialog button[type="submit"]');
}

/** The sample parent-university feed (samples/courses.json). */
export const Catalog: Story = { args: { 'form-id': 'stories-catalog-all' } };

/** A feed with no courses yet. */
export const Empty: Story = { args: { 'form-id': 'stories-catalog-empty', courses: [] } };

/** A search that matches nothing. */
export const NoResults: Story = {
  args: { 'form-id': 'stories-catalog-no-results' },
  play: async ({ canvasElement }) => {
    const el = await catalog(canvasElement);
    await typeInto(el, '#search', 'zzzz');
    await waitFor(() => el.shadowRoot!.querySelector('.details-button') === null, 'no results');
    await el.updateComplete;
  },
};

/** A course's details with its registration form, filled in. */
export const Filled: Story = {
  args: { 'form-id': 'stories-catalog-filled', courses: [openCourse], transport: sentTransport },
  play: async ({ canvasElement }) => fill(await catalog(canvasElement)),
};

/** "Register" with nothing filled in. */
export const ValidationErrors: Story = {
  args: { 'form-id': 'stories-catalog-invalid', courses: [openCourse], transport: sentTransport },
  play: async ({ canvasElement }) => {
    const el = await catalog(canvasElement);
    await openDetails(el);
    await submit(el, 'dialog button[type="submit"]');
  },
};

export const Sent: Story = {
  args: { 'form-id': 'stories-catalog-sent', courses: [openCourse], transport: sentTransport },
  play: fillAndRegister,
};

/** A full course: "Join the waitlist", confirmed by the endpoint. */
export const Waitlisted: Story = {
  args: { 'form-id': 'stories-catalog-waitlist', courses: [fullCourse], transport: waitlistedTransport },
  play: fillAndRegister,
};

export const SavedOnDevice: Story = {
  args: { 'form-id': 'stories-catalog-queued', courses: [openCourse], transport: unavailableTransport },
  play: fillAndRegister,
};

/** The server refused the registration (409 with `errors`): already registered. */
export const ServerFieldErrors: Story = {
  args: {
    'form-id': 'stories-catalog-server-errors',
    courses: [openCourse],
    transport: fieldErrorsTransport({ 'contact.email': 'This email address is already registered for this course.' }, 409),
  },
  play: fillAndRegister,
};

/** No `endpoint` and no `.transport`: "this form is not connected yet". */
export const ConfigError: Story = {
  args: { 'form-id': 'stories-catalog-config', courses: [openCourse] },
  play: fillAndRegister,
};

export const Loading: Story = { args: { 'form-id': 'stories-catalog-loading', src: NEVER_ANSWERING_SRC } };

/** The feed at `src` could not be fetched (404): a message for the webmaster. */
export const FailedSrc: Story = {
  args: { 'form-id': 'stories-catalog-failed', src: 'samples/no-such-courses.json' },
  play: async ({ canvasElement }) => {
    const el = await catalog(canvasElement);
    await waitFor(() => !el.shadowRoot!.querySelector('.loading'), 'the feed to fail');
    await el.updateComplete;
  },
};

/**
 * The device went offline just after the page loaded, before the course list came:
 * the family is told so, with a button that reloads the page.
 */
export const PartCouldNotLoad: Story = {
  args: { 'form-id': 'stories-catalog-offline', offlinePart: 'views' },
  play: async ({ canvasElement }) => partShown(await catalog(canvasElement), 'problem'),
};

export const LongText: Story = {
  args: {
    'form-id': 'stories-catalog-long',
    heading: 'Parent University: free courses, workshops and family learning nights for every family in the district, in many languages',
    courses: allCourses.filter((c) => typeof c.description === 'object').slice(0, 3),
  },
};

/** 320 px wide: search, filters and cards in one column. */
export const Narrow320: Story = { args: { 'form-id': 'stories-catalog-narrow', narrow: true } };

export const RightToLeft: Story = { args: { 'form-id': 'stories-catalog-rtl' }, globals: { locale: 'ar' } };
