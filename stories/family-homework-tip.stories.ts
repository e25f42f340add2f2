import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FamilyHomeworkTip } from '../src/components/homework-tip/family-homework-tip.js';
import type { Tip } from '../src/components/homework-tip/tip.schema.js';
import type { Transport } from '../src/core/submit/request.js';
import math from '../samples/tips/math.json';
import reading from '../samples/tips/reading.json';
import science from '../samples/tips/science.json';
import { NEVER_ANSWERING_SRC } from './never-answering-src.js';
import { partOffline } from './part-offline.js';
import { click, partShown, storyElement, submit, typeInto } from './play-actions.js';
import { longTip } from './story-data.js';
import { fieldErrorsTransport, sentTransport, unavailableTransport } from './transports.js';

interface TipArgs {
  'form-id': string;
  src?: string;
  endpoint?: string;
  'no-language-picker': boolean;
  tip?: Tip;
  transport?: Transport;
  /** Story only: constrain the width to 320 px. */
  narrow?: boolean;
  /** Story only: the part the element loads as it connects could not load (stories/part-offline.ts). */
  offlinePart?: string;
}

const meta: Meta<TipArgs> = {
  title: 'Elements/family-homework-tip',
  component: 'family-homework-tip',
  tags: ['autodocs'],
  args: { 'form-id': 'stories-tip', 'no-language-picker': false, tip: math as Tip, narrow: false },
  argTypes: {
    narrow: { control: 'boolean', description: 'Story only: a 320 px wide column.', table: { category: 'story' } },
    // Set once, before the element connects: switching it on a shown story would do nothing.
    offlinePart: { table: { disable: true } },
  },
  render: (args) =>
    html`<div class=${args.narrow ? 'story-narrow' : 'story-full'}>
      <family-homework-tip
        ${partOffline(args.offlinePart)}
        form-id=${args['form-id']}
        src=${ifDefined(args.src)}
        endpoint=${ifDefined(args.endpoint)}
        ?no-language-picker=${args['no-language-picker']}
        .tip=${args.src ? undefined : args.tip}
        .transport=${args.transport}
      ></family-homework-tip>
    </div>`,
};
export default meta;
type Story = StoryObj<TipArgs>;

const card = (canvasElement: HTMLElement) => storyElement(canvasElement, FamilyHomeworkTip);
const FEEDBACK_SUBMIT = '[part="feedback-form"] button[type="submit"]';

async function fill(el: FamilyHomeworkTip): Promise<void> {
  await click(el, '#helpful-yes');
  await typeInto(el, '#comment', 'We did it at the grocery store too.');
}

async function fillAndSend({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = await card(canvasElement);
  await fill(el);
  await submit(el, FEEDBACK_SUBMIT);
}

/** A display card (no `endpoint`, no `.transport`): no forms, no requests. */
export const DisplayCard: Story = { args: { 'form-id': 'stories-tip-display' } };

/** Written as attributes and slots, as a teacher pastes it into a class page. */
export const FromAttributes: Story = {
  args: { 'form-id': 'stories-tip-attributes' },
  render: (args) =>
    html`<div class="story-full">
      <family-homework-tip form-id=${args['form-id']} tip-id="coins" tip-title="Count the coins" subject="Math" grade="2" minutes="15">
        <p slot="about">Your child is learning to add coins up to one dollar.</p>
        <ol slot="steps">
          <li>Put a few coins on the table.</li>
          <li>Ask your child to find the total, out loud.</li>
        </ol>
        <ul slot="prompts">
          <li>Which coin is worth the most? Is it the biggest?</li>
        </ul>
        <ul slot="materials">
          <li>A handful of coins</li>
        </ul>
      </family-homework-tip>
    </div>`,
};

/** Connected (a `.transport` here): "Was this tip helpful?" and "Ask the teacher a question", empty. */
export const Empty: Story = { args: { 'form-id': 'stories-tip-empty', transport: sentTransport } };

export const Filled: Story = {
  args: { 'form-id': 'stories-tip-filled', transport: sentTransport },
  play: async ({ canvasElement }) => {
    const el = await card(canvasElement);
    await fill(el);
    await typeInto(el, '#question', 'Can we use play money instead?');
  },
};

/** "Send" without choosing yes or no. */
export const ValidationErrors: Story = {
  args: { 'form-id': 'stories-tip-invalid', transport: sentTransport },
  play: async ({ canvasElement }) => {
    await submit(await card(canvasElement), FEEDBACK_SUBMIT);
  },
};

export const Sent: Story = { args: { 'form-id': 'stories-tip-sent', transport: sentTransport }, play: fillAndSend };

export const SavedOnDevice: Story = {
  args: { 'form-id': 'stories-tip-queued', transport: unavailableTransport },
  play: fillAndSend,
};

/** The server refused the comment (422 with `errors`). */
export const ServerFieldErrors: Story = {
  args: {
    'form-id': 'stories-tip-server-errors',
    transport: fieldErrorsTransport({ comment: 'Comments cannot include phone numbers.' }),
  },
  play: fillAndSend,
};

/** `endpoint=""`: the forms show, and sending says "this form is not connected yet". */
export const ConfigError: Story = { args: { 'form-id': 'stories-tip-config', endpoint: '' }, play: fillAndSend };

/** A tip written in several languages offers a switch for the card's own language. */
export const Multilingual: Story = { args: { 'form-id': 'stories-tip-reading', tip: reading as Tip } };

/** With a glossary and links. */
export const Science: Story = { args: { 'form-id': 'stories-tip-science', tip: science as Tip } };

export const Loading: Story = { args: { 'form-id': 'stories-tip-loading', src: NEVER_ANSWERING_SRC } };

/** `src` could not be fetched (404): a message for the webmaster. */
export const FailedSrc: Story = {
  args: { 'form-id': 'stories-tip-failed', src: 'samples/tips/no-such-tip.json' },
  play: async ({ canvasElement }) => partShown(await card(canvasElement), 'problem'),
};

/**
 * The device went offline just after the page loaded, before the checks of a tip given as data came:
 * the family is told so, with a button that reloads the page.
 */
export const PartCouldNotLoad: Story = {
  args: { 'form-id': 'stories-tip-offline', offlinePart: 'checks' },
  play: async ({ canvasElement }) => partShown(await card(canvasElement), 'problem'),
};

export const LongText: Story = { args: { 'form-id': 'stories-tip-long', tip: longTip, transport: sentTransport } };

/** 320 px wide, connected, with the validation errors showing. */
export const Narrow320: Story = {
  args: { 'form-id': 'stories-tip-narrow', narrow: true, transport: sentTransport },
  play: ValidationErrors.play,
};

export const RightToLeft: Story = {
  args: { 'form-id': 'stories-tip-rtl', transport: sentTransport },
  globals: { locale: 'ar' },
};
