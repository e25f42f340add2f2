import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FamilySurvey } from '../src/components/survey/family-survey.js';
import type { Transport } from '../src/core/submit/request.js';
import feedback from '../samples/surveys/family-night-feedback.json';
import partnership from '../samples/surveys/family-school-partnership.json';
import { NEVER_ANSWERING_SRC } from './never-answering-src.js';
import { partOffline } from './part-offline.js';
import { click, partShown, storyElement, submit, typeInto } from './play-actions.js';
import { longSurvey } from './story-data.js';
import { fieldErrorsTransport, forbiddenTransport, sentTransport, unavailableTransport } from './transports.js';

interface SurveyArgs {
  'form-id': string;
  src?: string;
  endpoint?: string;
  'no-draft': boolean;
  'no-language-picker': boolean;
  definition?: FamilySurvey['definition'];
  transport?: Transport;
  /** Story only: constrain the width to 320 px, the narrowest phone the elements support. */
  narrow?: boolean;
  /** Story only: the part the element loads as it connects could not load (stories/part-offline.ts). */
  offlinePart?: string;
}

const meta: Meta<SurveyArgs> = {
  title: 'Elements/family-survey',
  component: 'family-survey',
  tags: ['autodocs'],
  args: { 'form-id': 'stories-survey', 'no-draft': true, 'no-language-picker': false, definition: feedback, narrow: false },
  argTypes: {
    narrow: { control: 'boolean', description: 'Story only: a 320 px wide column.', table: { category: 'story' } },
    // Set once, before the element connects: switching it on a shown story would do nothing.
    offlinePart: { table: { disable: true } },
  },
  render: (args) =>
    html`<div class=${args.narrow ? 'story-narrow' : 'story-full'}>
      <family-survey
        ${partOffline(args.offlinePart)}
        form-id=${args['form-id']}
        src=${ifDefined(args.src)}
        endpoint=${ifDefined(args.endpoint)}
        ?no-draft=${args['no-draft']}
        ?no-language-picker=${args['no-language-picker']}
        .definition=${args.src ? undefined : args.definition}
        .transport=${args.transport}
      ></family-survey>
    </div>`,
};
export default meta;
type Story = StoryObj<SurveyArgs>;

const survey = (canvasElement: HTMLElement) => storyElement(canvasElement, FamilySurvey);

/** Rates the evening and answers the last question, as a family would. */
async function fill(el: FamilySurvey): Promise<void> {
  await click(el, '[data-field="answers.overall"] input[value="4"]');
  await typeInto(el, '[data-field="answers.next-topic"] textarea', 'Helping with math homework when the methods are new to us.');
}

/** The family-night feedback sample, nothing answered yet. */
export const Empty: Story = { args: { 'form-id': 'stories-survey-empty' } };

export const Filled: Story = {
  args: { 'form-id': 'stories-survey-filled' },
  play: async ({ canvasElement }) => fill(await survey(canvasElement)),
};

/** "Send" with the required rating missing: the error summary takes focus and links to the field. */
export const ValidationErrors: Story = {
  args: { 'form-id': 'stories-survey-invalid', transport: sentTransport },
  play: async ({ canvasElement }) => {
    await submit(await survey(canvasElement));
  },
};

/** The endpoint answered 201: the thank-you screen. */
export const Sent: Story = {
  args: { 'form-id': 'stories-survey-sent', transport: sentTransport },
  play: async ({ canvasElement }) => {
    const el = await survey(canvasElement);
    await fill(el);
    await submit(el);
  },
};

/** The endpoint answered 503: the answers are kept on this device and sent later. */
export const SavedOnDevice: Story = {
  args: { 'form-id': 'stories-survey-queued', transport: unavailableTransport },
  play: async ({ canvasElement }) => {
    const el = await survey(canvasElement);
    await fill(el);
    await submit(el);
  },
};

/** The server refused one answer (422 with `errors`): its message at the field and in the summary. */
export const ServerFieldErrors: Story = {
  args: {
    'form-id': 'stories-survey-server-errors',
    transport: fieldErrorsTransport({ 'next-topic': 'Please write at most 100 characters.' }),
  },
  play: async ({ canvasElement }) => {
    const el = await survey(canvasElement);
    await fill(el);
    await submit(el);
  },
};

/** The endpoint answered 403: a clear message, the answers stay. */
export const Refused: Story = {
  args: { 'form-id': 'stories-survey-refused', transport: forbiddenTransport },
  play: async ({ canvasElement }) => {
    const el = await survey(canvasElement);
    await fill(el);
    await submit(el);
  },
};

/** No `endpoint` and no `.transport`: "this form is not connected yet", answers kept. */
export const ConfigError: Story = {
  args: { 'form-id': 'stories-survey-config' },
  play: async ({ canvasElement }) => {
    const el = await survey(canvasElement);
    await fill(el);
    await submit(el);
  },
};

/** Three pages with progress, from the family-school partnership sample. */
export const MultiPage: Story = { args: { 'form-id': 'stories-survey-pages', definition: partnership } };

/** `src` still loading. */
export const Loading: Story = { args: { 'form-id': 'stories-survey-loading', src: NEVER_ANSWERING_SRC } };

/** `src` could not be fetched (404): a message for the webmaster. */
export const FailedSrc: Story = {
  args: { 'form-id': 'stories-survey-failed', src: 'samples/surveys/no-such-survey.json' },
  play: async ({ canvasElement }) => partShown(await survey(canvasElement), 'problem'),
};

/**
 * The device went offline just after the page loaded, before the question views came:
 * the family is told so, with a button that reloads the page.
 */
export const PartCouldNotLoad: Story = {
  args: { 'form-id': 'stories-survey-offline', offlinePart: 'questions' },
  play: async ({ canvasElement }) => partShown(await survey(canvasElement), 'problem'),
};

export const LongText: Story = { args: { 'form-id': 'stories-survey-long', definition: longSurvey } };

/** 320 px wide, with the validation errors showing. */
export const Narrow320: Story = {
  args: { 'form-id': 'stories-survey-narrow', narrow: true, transport: sentTransport },
  play: ValidationErrors.play,
};

/** Arabic: right to left (the Language toolbar switches every story). */
export const RightToLeft: Story = {
  args: { 'form-id': 'stories-survey-rtl' },
  globals: { locale: 'ar' },
};
