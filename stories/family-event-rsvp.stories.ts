import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FamilyEventRsvp } from '../src/components/event-rsvp/family-event-rsvp.js';
import type { RsvpEventInput } from '../src/components/event-rsvp/event.schema.js';
import type { Transport } from '../src/core/submit/request.js';
import { NEVER_ANSWERING_SRC } from './never-answering-src.js';
import { partOffline } from './part-offline.js';
import { click, partShown, storyElement, submit, typeInto } from './play-actions.js';
import { conferences, fullEvent, literacyNight, longEvent } from './story-data.js';
import { fieldErrorsTransport, sentTransport, unavailableTransport, waitlistedTransport } from './transports.js';

interface RsvpArgs {
  'form-id': string;
  src?: string;
  endpoint?: string;
  ask: string;
  'no-language-picker': boolean;
  event?: RsvpEventInput;
  transport?: Transport;
  /** Story only: constrain the width to 320 px. */
  narrow?: boolean;
  /** Story only: the part the element loads as it connects could not load (stories/part-offline.ts). */
  offlinePart?: string;
}

const meta: Meta<RsvpArgs> = {
  title: 'Elements/family-event-rsvp',
  component: 'family-event-rsvp',
  tags: ['autodocs'],
  args: {
    'form-id': 'stories-rsvp',
    ask: 'guests childcare interpretation',
    'no-language-picker': false,
    event: literacyNight,
    narrow: false,
  },
  argTypes: {
    narrow: { control: 'boolean', description: 'Story only: a 320 px wide column.', table: { category: 'story' } },
    // Set once, before the element connects: switching it on a shown story would do nothing.
    offlinePart: { table: { disable: true } },
  },
  render: (args) =>
    html`<div class=${args.narrow ? 'story-narrow' : 'story-full'}>
      <family-event-rsvp
        ${partOffline(args.offlinePart)}
        form-id=${args['form-id']}
        src=${ifDefined(args.src)}
        endpoint=${ifDefined(args.endpoint)}
        ask=${args.ask}
        ?no-language-picker=${args['no-language-picker']}
        .event=${args.src ? undefined : args.event}
        .transport=${args.transport}
      ></family-event-rsvp>
    </div>`,
};
export default meta;
type Story = StoryObj<RsvpArgs>;

const rsvp = (canvasElement: HTMLElement) => storyElement(canvasElement, FamilyEventRsvp);

/** "Yes", one workshop, name and email. */
async function fill(el: FamilyEventRsvp): Promise<void> {
  await click(el, '#response-yes');
  if (el.shadowRoot!.querySelector('#session-0')) await click(el, '#session-0');
  if (el.shadowRoot!.querySelector('#slot-1')) await click(el, '#slot-1');
  await typeInto(el, '#name', 'Ana Pérez');
  await typeInto(el, '#email', 'ana@example.org');
}

async function fillAndSend({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = await rsvp(canvasElement);
  await fill(el);
  await submit(el);
}

/** A family night with workshops (one full), nothing answered yet. */
export const Empty: Story = { args: { 'form-id': 'stories-rsvp-empty' } };

export const Filled: Story = {
  args: { 'form-id': 'stories-rsvp-filled' },
  play: async ({ canvasElement }) => fill(await rsvp(canvasElement)),
};

/** "Send my reply" with nothing answered: the error summary takes focus. */
export const ValidationErrors: Story = {
  args: { 'form-id': 'stories-rsvp-invalid', transport: sentTransport },
  play: async ({ canvasElement }) => {
    await submit(await rsvp(canvasElement));
  },
};

/** 201: thank you, and "Add to calendar". */
export const Sent: Story = { args: { 'form-id': 'stories-rsvp-sent', transport: sentTransport }, play: fillAndSend };

/** The event is full: the reply joins the waitlist, and the endpoint confirms `{ waitlisted: true }`. */
export const Waitlisted: Story = {
  args: { 'form-id': 'stories-rsvp-waitlisted', event: fullEvent, ask: '', transport: waitlistedTransport },
  play: fillAndSend,
};

/** 503: the reply is kept on this device and sent later. */
export const SavedOnDevice: Story = {
  args: { 'form-id': 'stories-rsvp-queued', transport: unavailableTransport },
  play: fillAndSend,
};

/** Conference time slots; the server answers 409: the chosen slot was just taken. */
export const ServerFieldErrors: Story = {
  args: {
    'form-id': 'stories-rsvp-server-errors',
    event: conferences,
    ask: '',
    transport: fieldErrorsTransport({ slotId: 'Someone just took this time. Please choose another.' }, 409),
  },
  play: fillAndSend,
};

/** No `endpoint` and no `.transport`: "this form is not connected yet". */
export const ConfigError: Story = { args: { 'form-id': 'stories-rsvp-config' }, play: fillAndSend };

/** Conferences: one time slot per family, one already taken. */
export const TimeSlots: Story = { args: { 'form-id': 'stories-rsvp-slots', event: conferences, ask: '' } };

/** The event written as attributes, as a webmaster pastes it. */
export const FromAttributes: Story = {
  args: { 'form-id': 'stories-rsvp-attributes' },
  render: (args) =>
    html`<div class="story-full">
      <family-event-rsvp
        form-id=${args['form-id']}
        event-id="open-house"
        event-title="Open house"
        start="${new Date().getFullYear() + 1}-08-20T17:00-05:00"
        end="${new Date().getFullYear() + 1}-08-20T19:00-05:00"
        time-zone="America/Chicago"
        location="Jefferson High School, main hall"
        description="Meet the teachers, find the classrooms, pick up the schedule."
        ask="guests meal"
        .transport=${args.transport}
      ></family-event-rsvp>
    </div>`,
};

export const Loading: Story = { args: { 'form-id': 'stories-rsvp-loading', src: NEVER_ANSWERING_SRC } };

/** `src` could not be fetched (404): a message for the webmaster. */
export const FailedSrc: Story = {
  args: { 'form-id': 'stories-rsvp-failed', src: 'samples/events/no-such-event.json' },
  play: async ({ canvasElement }) => partShown(await rsvp(canvasElement), 'problem'),
};

/**
 * The device went offline just after the page loaded, before the event's checks and view came:
 * the family is told so, with a button that reloads the page.
 */
export const PartCouldNotLoad: Story = {
  args: { 'form-id': 'stories-rsvp-offline', offlinePart: 'checks' },
  play: async ({ canvasElement }) => partShown(await rsvp(canvasElement), 'problem'),
};

export const LongText: Story = { args: { 'form-id': 'stories-rsvp-long', event: longEvent, ask: 'guests accessibility transportation' } };

/** 320 px wide, time slots, with the validation errors showing. */
export const Narrow320: Story = {
  args: { 'form-id': 'stories-rsvp-narrow', narrow: true, event: conferences, ask: 'guests interpretation', transport: sentTransport },
  play: ValidationErrors.play,
};

/** Arabic: right to left. */
export const RightToLeft: Story = { args: { 'form-id': 'stories-rsvp-rtl' }, globals: { locale: 'ar' } };
