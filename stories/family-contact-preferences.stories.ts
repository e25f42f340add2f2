import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FamilyContactPreferences } from '../src/components/contact-preferences/family-contact-preferences.js';
import type { Preferences } from '../src/components/contact-preferences/preferences.schema.js';
import type { Transport } from '../src/core/submit/request.js';
import { NEVER_ANSWERING_SRC } from './never-answering-src.js';
import { click, partShown, storyElement, submit, typeInto } from './play-actions.js';
import { longConsentText, savedPreferences } from './story-data.js';
import { fieldErrorsTransport, sentTransport, unavailableTransport } from './transports.js';

interface PrefsArgs {
  'form-id': string;
  src?: string;
  endpoint?: string;
  channels: string;
  'default-country': string;
  'sms-consent-text'?: string;
  'no-language-picker': boolean;
  value?: Preferences;
  transport?: Transport;
  /** Story only: constrain the width to 320 px. */
  narrow?: boolean;
}

const meta: Meta<PrefsArgs> = {
  title: 'Elements/family-contact-preferences',
  component: 'family-contact-preferences',
  tags: ['autodocs'],
  args: {
    'form-id': 'stories-prefs',
    channels: 'sms email phone app paper',
    'default-country': 'US',
    'no-language-picker': false,
    narrow: false,
  },
  argTypes: {
    narrow: { control: 'boolean', description: 'Story only: a 320 px wide column.', table: { category: 'story' } },
  },
  render: (args) =>
    html`<div class=${args.narrow ? 'story-narrow' : 'story-full'}>
      <family-contact-preferences
        form-id=${args['form-id']}
        src=${ifDefined(args.src)}
        endpoint=${ifDefined(args.endpoint)}
        channels=${args.channels}
        default-country=${args['default-country']}
        sms-consent-text=${ifDefined(args['sms-consent-text'])}
        ?no-language-picker=${args['no-language-picker']}
        .value=${args.value}
        .transport=${args.transport}
      ></family-contact-preferences>
    </div>`,
};
export default meta;
type Story = StoryObj<PrefsArgs>;

const prefs = (canvasElement: HTMLElement) => storyElement(canvasElement, FamilyContactPreferences);

/** Email, with an address. */
async function fill(el: FamilyContactPreferences): Promise<void> {
  await click(el, '#channel-email');
  await typeInto(el, '#email', 'family@example.com');
}

async function fillAndSend({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = await prefs(canvasElement);
  await fill(el);
  await submit(el);
}

export const Empty: Story = { args: { 'form-id': 'stories-prefs-empty' } };

export const Filled: Story = {
  args: { 'form-id': 'stories-prefs-filled' },
  play: async ({ canvasElement }) => fill(await prefs(canvasElement)),
};

/** Saved preferences shown again (`.value`), e.g. in a parent portal: Haitian Creole, texts with consent. */
export const SavedPreferences: Story = { args: { 'form-id': 'stories-prefs-saved', value: savedPreferences } };

/** A saved language the list does not have (a regional tag): shown chosen at the top, named in itself and in the page's language. */
export const SavedLanguageNotListed: Story = {
  args: { 'form-id': 'stories-prefs-saved-language', value: { ...savedPreferences, language: 'es-MX' } },
};

/** Text messages chosen: the phone number and the explicit consent box. */
export const TextMessageConsent: Story = {
  args: { 'form-id': 'stories-prefs-sms' },
  play: async ({ canvasElement }) => click(await prefs(canvasElement), '#channel-sms'),
};

/** "Save my preferences" with no channel chosen. */
export const ValidationErrors: Story = {
  args: { 'form-id': 'stories-prefs-invalid', transport: sentTransport },
  play: async ({ canvasElement }) => {
    await submit(await prefs(canvasElement));
  },
};

export const Sent: Story = { args: { 'form-id': 'stories-prefs-sent', transport: sentTransport }, play: fillAndSend };

export const SavedOnDevice: Story = {
  args: { 'form-id': 'stories-prefs-queued', transport: unavailableTransport },
  play: fillAndSend,
};

/** The server refused the email address (422 with `errors`). */
export const ServerFieldErrors: Story = {
  args: {
    'form-id': 'stories-prefs-server-errors',
    transport: fieldErrorsTransport({ email: 'This address bounced last time. Please check it.' }),
  },
  play: fillAndSend,
};

/** No `endpoint` and no `.transport`: "this form is not connected yet". */
export const ConfigError: Story = { args: { 'form-id': 'stories-prefs-config' }, play: fillAndSend };

/**
 * A `default-country` the element keeps no phone rules for (Italy): a number written without + is
 * refused, and the family is asked for + and the country code (the webmaster gets `family-error`, `kind: "config"`).
 */
export const UnknownDefaultCountry: Story = {
  args: { 'form-id': 'stories-prefs-country', channels: 'phone email', 'default-country': 'IT', transport: sentTransport },
  play: async ({ canvasElement }) => {
    const el = await prefs(canvasElement);
    await click(el, '#channel-phone');
    await typeInto(el, '#phone', '312 345 6789');
    await submit(el);
  },
};

/** Only the channels a district offers, in its order. */
export const TwoChannels: Story = { args: { 'form-id': 'stories-prefs-two', channels: 'app email' } };

export const Loading: Story = { args: { 'form-id': 'stories-prefs-loading', src: NEVER_ANSWERING_SRC } };

/** Saved preferences at `src` could not be fetched (404): a message for the webmaster. */
export const FailedSrc: Story = {
  args: { 'form-id': 'stories-prefs-failed', src: 'samples/no-such-preferences.json' },
  play: async ({ canvasElement }) => partShown(await prefs(canvasElement), 'problem'),
};

/** A district's own, long text-message consent wording. */
export const LongText: Story = {
  args: { 'form-id': 'stories-prefs-long', 'sms-consent-text': longConsentText },
  play: TextMessageConsent.play,
};

/** 320 px wide: the times grid and the ranked channels, with validation errors. */
export const Narrow320: Story = {
  args: { 'form-id': 'stories-prefs-narrow', narrow: true, transport: sentTransport },
  play: ValidationErrors.play,
};

export const RightToLeft: Story = { args: { 'form-id': 'stories-prefs-rtl' }, globals: { locale: 'ar' } };
