import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { localized, msg, str } from '@lit/localize';
import { ContentFetchError, fetchJsonSource } from '../../core/content-source.js';
import { define } from '../../core/define.js';
import { INLINE_JSON_PLACE, readInlineJson } from '../../core/inline-json.js';
import { elementFrame } from '../../core/element-frame.js';
import { errorSummary } from '../../core/form/error-summary.js';
import { describedBy, fieldError, hasVisibleError, invalid, requiredMark, visibleErrorId } from '../../core/form/field-error.js';
import { FormController, type FieldErrors } from '../../core/form/form-controller.js';
import { honeypot } from '../../core/form/honeypot.js';
import { autonym, COMMON_LANGUAGES } from '../../core/i18n/language-names.js';
import { dirOf } from '../../core/i18n/locales.js';
import { LazyModule } from '../../core/lazy-module.js';
import { SubmittingElement } from '../../core/submit/submitting-element.js';
import { displayOrder, keepOffered, moveChannel, offeredChannels, toggleChannel } from './channels.js';
import { languageForLocale } from './default-language.js';
import type { FollowUpView } from './deferred-parts.js';
import { styles } from './family-contact-preferences.styles.js';
import { FREQUENCIES, TIMES, TOPICS, type BestTime, type Channel, type Frequency, type Topic } from './preference-choices.js';
import type { Preferences, SmsConsent } from './preferences.schema.js';

const channelLabel = (channel: Channel): string =>
  ({
    sms: () => msg('Text message (SMS)', { id: 'prefs.channel.sms' }),
    email: () => msg('Email', { id: 'prefs.channel.email' }),
    phone: () => msg('Phone call', { id: 'prefs.channel.phone' }),
    app: () => msg('School app', { id: 'prefs.channel.app' }),
    paper: () => msg('Paper note sent home', { id: 'prefs.channel.paper' }),
  })[channel]();

const topicLabel = (topic: Topic): string =>
  ({
    'good-news': () => msg('Good news about my child', { id: 'prefs.topic.good-news' }),
    events: () => msg('Events and activities', { id: 'prefs.topic.events' }),
    attendance: () => msg('Attendance', { id: 'prefs.topic.attendance' }),
    academics: () => msg('Grades and learning', { id: 'prefs.topic.academics' }),
    emergencies: () => msg('Emergencies and school closures', { id: 'prefs.topic.emergencies' }),
  })[topic]();

const dayLabel = (day: 'weekday' | 'weekend'): string =>
  day === 'weekday' ? msg('Weekdays', { id: 'prefs.times.weekday' }) : msg('Weekends', { id: 'prefs.times.weekend' });

const partLabel = (part: 'morning' | 'afternoon' | 'evening'): string =>
  ({
    morning: () => msg('Morning', { id: 'prefs.times.morning' }),
    afternoon: () => msg('Afternoon', { id: 'prefs.times.afternoon' }),
    evening: () => msg('Evening', { id: 'prefs.times.evening' }),
  })[part]();

type Day = 'weekday' | 'weekend';
type DayPart = 'morning' | 'afternoon' | 'evening';
/** The payload's limit for the consent text (smsConsentSchema, preferences.schema.ts). */
const CONSENT_MAX_LENGTH = 2000;

const DAYS: readonly Day[] = ['weekday', 'weekend'];
const DAY_PARTS: readonly DayPart[] = ['morning', 'afternoon', 'evening'];

/** Why the saved preferences from `src` cannot be shown (for the webmaster). */
interface LoadFailure {
  url: string;
  status?: number;
  notJson: boolean;
}

/**
 * How, when, in which language and about what a family wants to hear from
 * school. The family ranks the channels the district offers (by keyboard,
 * touch or mouse: "Move up" / "Move down" buttons, no dragging), picks a
 * language from a searchable list showing each language by its own name and in
 * the page's language, says whether an interpreter is wanted, ticks the best
 * times in a weekday/weekend grid and the topics (emergencies always stay on),
 * chooses instant messages or a daily digest and optional quiet hours. Phone
 * numbers are normalised to E.164; choosing text messages asks for explicit
 * consent, and the exact consent text is sent with a timestamp. A portal can
 * show saved preferences with `.value` or `src`.
 *
 * @tagname family-contact-preferences
 * @summary Contact preferences: channels, language, times, topics.
 * @fires family-change - A value the family chose changed. `detail: { value }` (the payload as it stands, not yet validated).
 * @fires family-submit - Before sending; cancelable. `detail: { envelope, respondWith(promise) }`.
 * @fires family-submitted - After a 2xx answer. `detail: { envelope, status, body }`.
 * @fires family-queued - Kept on this device for a later try. `detail: { envelope, reason }`.
 * @fires family-invalid - Input failed validation in the browser or at the server. `detail: { errors, source }`.
 * @fires family-error - `kind: "network"` when `src` cannot be fetched, `"definition"` when it is not JSON or `.value`/`src` holds invalid preferences, `"config"` for a `default-country` without known phone rules or an `sms-consent-text` too long to send, and every submission error.
 * @slot sent - Extra content on the success screen.
 * @csspart base - The root box.
 * @csspart language-picker - The page-wide UI language picker.
 * @csspart channels - The ranked list of channels.
 * @csspart move-button - Each "Move up" / "Move down" button.
 * @csspart language-list - The scrolling list of languages.
 * @csspart times - The best-times grid (a table).
 * @csspart consent - The text-message consent box.
 * @csspart submit-button - The "Save my preferences" button.
 * @csspart status - The submission status box.
 * @csspart problem - The message shown to the webmaster when `src` cannot be read.
 * @cssprop --family-color-primary - Buttons and links (the focus ring has its own colour, --family-color-focus).
 * @cssprop --family-color-on-primary - Text on primary buttons.
 * @cssprop --family-color-text - Text colour.
 * @cssprop --family-color-muted - Hints and the rank of each channel.
 * @cssprop --family-color-surface - Background.
 * @cssprop --family-color-surface-alt - Chosen channels and the consent box.
 * @cssprop --family-color-border - Borders.
 * @cssprop --family-color-error - Error messages.
 * @cssprop --family-font - Font family (default: the page's).
 * @cssprop --family-radius - Corner radius.
 * @cssprop --family-space - Base spacing.
 * @cssprop --family-focus-ring - The focus outline.
 * @cssprop --family-color-scheme - `light` (default), `dark` or `auto`.
 */
@localized()
export class FamilyContactPreferences extends SubmittingElement {
  static override styles = [SubmittingElement.styles, styles];

  static override properties: PropertyDeclarations = {
    channels: {},
    defaultCountry: { attribute: 'default-country' },
    src: {},
    smsConsentText: { attribute: 'sms-consent-text' },
    chosen: { state: true },
    language: { state: true },
    languageOther: { state: true },
    languageQuery: { state: true },
    interpreter: { state: true },
    times: { state: true },
    topics: { state: true },
    frequency: { state: true },
    quietStart: { state: true },
    quietEnd: { state: true },
    phoneText: { state: true },
    emailText: { state: true },
    consent: { state: true },
    announcement: { state: true },
    loading: { state: true },
    loadFailure: { state: true },
  };

  /**
   * The channels to offer, space-separated, in the district's order: `sms`,
   * `email`, `phone`, `app`, `paper`. Default: all five.
   */
  channels = '';
  /**
   * ISO 3166 two-letter country for phone numbers written without `+` or `00`
   * (default `US`). For a country without known phone rules (README) such a
   * number is refused and the family asked for the country code; a config error.
   */
  defaultCountry = 'US';
  /** URL of saved preferences as JSON (the payload shape), fetched to prefill the form. */
  src = '';
  /** The exact text-message consent to show and send; default: the library's wording in the active language. */
  smsConsentText = '';

  private chosen: Channel[] = [];
  private language = '';
  private savedLanguage = '';
  private languageOther = '';
  private languageQuery = '';
  private interpreter = false;
  private times: BestTime[] = [];
  private topics: Topic[] = [...TOPICS];
  private frequency: Frequency = 'instant';
  private quietStart = '';
  private quietEnd = '';
  private phoneText = '';
  private emailText = '';
  private consent?: SmsConsent;
  /** What the polite live region says after a channel moved. */
  private announcement = '';
  private loading = false;

  protected override get loadingContent(): boolean {
    return this.loading;
  }

  protected override get awaitedModules(): LazyModule<object>[] {
    return [this.checks, this.deferred];
  }

  private loadFailure?: LoadFailure;

  protected override readonly checks = new LazyModule(this, () => import('./preference-checks.js'));
  /**
   * What the first screen can do without (deferred-parts.ts: the languages'
   * names in the page's language and their search, a chosen channel's move
   * buttons, the text-message consent, the field for another language): it
   * loads as the element connects, and `updateComplete` waits for it.
   */
  private readonly deferred = new LazyModule(this, () => import('./deferred-parts.js'));
  readonly form = new FormController(this, { validate: () => this.validate() });

  private fetching?: AbortController;
  /** After a move, the button to focus again (the list re-rendered under it). */
  private refocus?: { channel: Channel; selector: string };
  private warnedUnknown = '';
  /** The `default-country` last checked for phone rules (willUpdate). */
  private checkedCountry?: string;

  /**
   * The preferences as they stand (the payload the endpoint would receive).
   * Setting it shows saved preferences; it is checked with the payload schema.
   */
  get value(): Preferences {
    return this.payload();
  }

  set value(value: Preferences | undefined) {
    if (value === undefined) return;
    this.given = true;
    this.fetching?.abort();
    this.loading = false;
    this.prefill(value);
  }

  /** `.value` was set: it wins over `src`. */
  private given = false;

  private get offered(): Channel[] {
    const { channels, unknown } = offeredChannels(this.channels);
    const words = unknown.join(' ');
    if (words && words !== this.warnedUnknown) {
      this.warnedUnknown = words;
      console.warn(`family-elements: <family-contact-preferences> ignores unknown channels: ${words}`);
    }
    return channels;
  }

  /** The school's own consent text, unless it is longer than a submission can carry (then the default). */
  private get ownConsentText(): string {
    const own = this.smsConsentText.trim();
    return own.length <= CONSENT_MAX_LENGTH ? own : '';
  }

  /** An own consent text over the limit is a configuration error: the default wording is shown instead. */
  private checkConsentText(): void {
    const length = this.smsConsentText.trim().length;
    if (length <= CONSENT_MAX_LENGTH) return;
    const max = CONSENT_MAX_LENGTH;
    this.reportError(
      'config',
      msg(
        str`The sms-consent-text attribute has ${length} characters, more than the ${max} a submission can carry; the form shows its own consent text instead.`,
        { id: 'prefs.config.consent-too-long' },
      ),
    );
  }

  private get consentText(): string {
    return (
      this.ownConsentText ||
      msg(
        'I agree to receive text messages from the school at this number about the topics I chose. Message and data rates may apply. Reply STOP to stop at any time.',
        { id: 'prefs.consent.text' },
      )
    );
  }

  /** Consent counts only for the exact text on screen now (a language switch or new wording asks again). */
  private get consentGiven(): boolean {
    return this.consent !== undefined && this.consent.text === this.consentText;
  }

  private get languageChoice(): string {
    return this.language || languageForLocale(this.localeController.locale) || 'en';
  }

  override connectedCallback(): void {
    // A portal may set `.value` before this element's definition loaded: that own property hides the accessor.
    if (Object.prototype.hasOwnProperty.call(this, 'value')) {
      const early = (this as { value?: Preferences }).value;
      delete (this as { value?: Preferences }).value;
      this.value = early;
    }
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('smsConsentText')) this.checkConsentText();
    if (!this.hasUpdated && !this.src && !this.given) this.readInline();
    // The element renders again once its checks have loaded.
    const checks = this.checks.module;
    if (checks && this.checkedCountry !== this.defaultCountry) {
      // A `default-country` whose phone rules the checks do not know: told once per value.
      this.checkedCountry = this.defaultCountry;
      const problem = checks.defaultCountryProblem(this.defaultCountry);
      if (problem) this.reportError('config', problem);
    }
    if (this.unreadPrefill && checks) this.prefill(this.unreadPrefill.input);
    if (changed.has('src') && this.src && !this.given) this.load();
  }

  /**
   * Without `.value` and `src`, an inline `<script type="application/json">` child prefills
   * the form (for CMS editors that strip long attributes), checked exactly like `.value`;
   * a script that is not JSON is reported like a `src` that is not JSON.
   */
  private readInline(): void {
    const inline = readInlineJson(this);
    if (inline?.ok) this.value = inline.data as Preferences;
    else if (inline) {
      this.loadFailure = { url: INLINE_JSON_PLACE, notJson: true };
      this.reportError('definition', this.loadFailureMessage(this.loadFailure));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.fetching?.abort();
  }

  private load(): void {
    this.fetching?.abort();
    const controller = new AbortController();
    this.fetching = controller;
    this.loading = true;
    this.loadFailure = undefined;
    // Credentials as for a same-origin page: a portal's saved preferences sit behind its login.
    fetchJsonSource(this.src, { signal: controller.signal, credentials: 'same-origin' }).then(
      (source) => {
        if (controller.signal.aborted) return;
        this.loading = false;
        if (source.ok) {
          this.prefill(source.data);
          return;
        }
        // It answered, but not with JSON: a content problem, like invalid preferences.
        this.loadFailure = { url: source.url, notJson: true };
        this.reportError('definition', this.loadFailureMessage(this.loadFailure));
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.loading = false;
        const failure: LoadFailure =
          error instanceof ContentFetchError
            ? { url: error.url, status: error.status, notJson: false }
            : { url: this.src, notJson: false };
        this.loadFailure = failure;
        this.reportError('network', this.loadFailureMessage(failure));
      },
    );
  }

  private loadFailureMessage(failure: LoadFailure): string {
    const { url, status } = failure;
    if (failure.notJson) {
      return msg(str`The saved preferences at ${url} are not JSON.`, { id: 'prefs.src.not-json' });
    }
    return status
      ? msg(str`The saved preferences at ${url} answered with HTTP ${status}.`, { id: 'prefs.src.status' })
      : msg(str`The saved preferences at ${url} could not be reached.`, { id: 'prefs.src.unreachable' });
  }

  private reportError(kind: 'config' | 'network' | 'definition', message: string): void {
    console.warn(`family-elements: <family-contact-preferences> ${message}`);
    this.dispatchEvent(new CustomEvent('family-error', { bubbles: true, composed: true, detail: { kind, message } }));
  }

  /** Saved preferences waiting for the checks to load; the element shows that it is loading meanwhile. */
  private unreadPrefill?: { input: unknown };

  /** Shows saved preferences: every field that is valid on its own, the rest reported to the webmaster. */
  private prefill(input: unknown): void {
    const checks = this.checks.module;
    if (!checks) {
      this.unreadPrefill = { input };
      this.requestUpdate();
      return;
    }
    this.unreadPrefill = undefined;
    const { value, problems } = checks.readPrefill(input);
    if (problems.length) this.reportError('definition', checks.prefillProblemsMessage(problems));
    // PrefilledForm names the fields below, from `chosen` to `consent`.
    Object.assign(this, checks.prefilledForm(value));
    this.form.reset();
  }

  /** The payload as it stands; valid once `validate()` finds nothing. */
  protected payload(): Preferences {
    const channels = keepOffered(this.chosen, this.offered);
    const language = this.languageChoice;
    // The phone rules come with the checks, which load as the form connects: long before a family has typed.
    const phone = this.checks.module?.parsePhone(this.phoneText, this.defaultCountry);
    const email = this.emailText.trim();
    const data: Preferences = {
      channels,
      language,
      interpreter: this.interpreter,
      // Fixed order, so the same choices always give the same payload.
      times: TIMES.filter((t) => this.times.includes(t)),
      topics: TOPICS.filter((t) => t === 'emergencies' || this.topics.includes(t)),
      frequency: this.frequency,
    };
    if (language === 'other') data.languageOther = this.languageOther.trim();
    if (this.quietStart || this.quietEnd) data.quietHours = { start: this.quietStart, end: this.quietEnd };
    if (phone?.ok) data.phone = phone.phone;
    if (email) data.email = email;
    if (channels.includes('sms') && this.consentGiven) data.smsConsent = this.consent;
    return data;
  }

  private validate(): FieldErrors {
    return this.checks.module?.preferenceErrors(this.payload(), this.phoneText, this.defaultCountry) ?? {};
  }

  /** Every change the family makes: validation state, `family-change`, and a fresh form after a success. */
  private changed(path: string): void {
    this.form.changed(path);
    if (this.submission.state === 'sent') this.submission.reset();
    this.dispatchEvent(
      new CustomEvent('family-change', { bubbles: true, composed: true, detail: { value: this.payload() } }),
    );
  }

  // --- channels

  private toggle(channel: Channel, box: HTMLInputElement): void {
    const on = box.checked;
    // The rows are rendered in order, not keyed (lit's repeat weighs 1.4 kB): after the list
    // reorders, this box may show another channel. Back to the state last rendered, so the
    // render sets every box from the choices.
    box.checked = !on;
    this.chosen = toggleChannel(keepOffered(this.chosen, this.offered), channel, on);
    this.refocus = { channel, selector: 'input[type=checkbox]' };
    this.changed('channels');
    if (channel === 'sms' || channel === 'phone') this.form.changed('phone.number');
    if (channel === 'email') this.form.changed('email');
  }

  /** The choices are checked with their follow-ups on screen (they have normally loaded long before). */
  protected override async submitForm(): Promise<void> {
    if (await this.submission.checksReady(this.deferred)) await super.submitForm();
  }

  /** What the lazily loaded follow-ups show and call back into. */
  private followUpView(): FollowUpView {
    return {
      form: this.form,
      chosen: keepOffered(this.chosen, this.offered),
      moveChannel,
      reorder: (channel, next, control, said) => {
        this.refocus = { channel, selector: control };
        this.chosen = next;
        this.announcement = said;
        this.changed('channels');
      },
      consentText: this.consentText,
      consentGiven: this.consentGiven,
      setConsent: (given) => {
        // The exact words on screen, and when the family agreed to them.
        this.consent = given ? { given: true, text: this.consentText, at: new Date().toISOString() } : undefined;
        this.changed('smsConsent');
      },
      languageOther: this.languageOther,
      setLanguageOther: (text) => {
        this.languageOther = text;
        this.changed('languageOther');
      },
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.refocus) {
      const { channel, selector } = this.refocus;
      this.refocus = undefined;
      // The channel may now be in another row of the list: focus follows it.
      const target = this.renderRoot.querySelector<HTMLElement>(`[data-channel="${channel}"] ${selector}`);
      if (target && target !== (this.renderRoot as ShadowRoot).activeElement) target.focus();
    }
  }

  private renderChannels(): TemplateResult {
    const offered = this.offered;
    const chosen = keepOffered(this.chosen, offered);
    return html`<fieldset
      data-field="channels"
      class=${hasVisibleError(this.form, 'channels') ? 'invalid' : ''}
      aria-describedby=${describedBy('channels-hint', visibleErrorId(this.form, 'channels'))}
    >
      <legend>${msg('How should the school reach you?', { id: 'prefs.channels.legend' })} ${requiredMark()}</legend>
      <p class="hint" id="channels-hint">
        ${msg('Tick every way that works for you, then move your favourite to the top.', { id: 'prefs.channels.hint' })}
      </p>
      ${fieldError(this.form, 'channels')}
      <ul class="channel-list" part="channels">
        ${displayOrder(chosen, offered).map((channel) => this.renderChannel(channel, chosen))}
      </ul>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </fieldset>`;
  }

  private renderChannel(channel: Channel, chosen: Channel[]): TemplateResult {
    const rank = chosen.indexOf(channel);
    const name = channelLabel(channel);
    const id = `channel-${channel}`;
    const deferred = this.deferred.module;
    return html`<li class="channel ${rank >= 0 ? 'chosen' : ''}" data-channel=${channel}>
      <span class="choice">
        <input
          type="checkbox"
          id=${id}
          .checked=${rank >= 0}
          @change=${(e: Event) => this.toggle(channel, e.target as HTMLInputElement)}
        />
        <label for=${id}>${name}</label>
      </span>
      ${rank >= 0 && deferred ? deferred.rankControls(this.followUpView(), channel, name) : nothing}
    </li>`;
  }

  // --- contact details

  private renderContact(): TemplateResult {
    const chosen = keepOffered(this.chosen, this.offered);
    const needsPhone = chosen.includes('sms') || chosen.includes('phone');
    const needsEmail = chosen.includes('email');
    const sms = chosen.includes('sms');
    return html`<div class="field ${hasVisibleError(this.form, 'phone.number') ? 'invalid' : ''}" data-field="phone.number">
        <label for="phone">${msg('Mobile or phone number', { id: 'prefs.phone.label' })} ${needsPhone ? requiredMark() : nothing}</label>
        <p class="hint" id="phone-hint">
          ${msg('For example 555-234-5678, or with + and the country code. Add “ext.” and the digits for an extension.', {
            id: 'prefs.phone.hint',
          })}
        </p>
        ${fieldError(this.form, 'phone.number')} ${fieldError(this.form, 'phone.extension')}
        <input
          id="phone"
          type="tel"
          autocomplete="tel"
          inputmode="tel"
          dir="auto"
          maxlength="40"
          .value=${this.phoneText}
          aria-invalid=${invalid(this.form, 'phone.number')}
          aria-describedby=${describedBy(
            'phone-hint',
            visibleErrorId(this.form, 'phone.number'),
            visibleErrorId(this.form, 'phone.extension'),
          )}
          @input=${(e: Event) => {
            this.phoneText = (e.target as HTMLInputElement).value;
            this.changed('phone.number');
          }}
          @blur=${() => this.form.blurred('phone.number')}
        />
      </div>
      <div class="field ${hasVisibleError(this.form, 'email') ? 'invalid' : ''}" data-field="email">
        <label for="email">${msg('Email address', { id: 'prefs.email.label' })} ${needsEmail ? requiredMark() : nothing}</label>
        ${fieldError(this.form, 'email')}
        <input
          id="email"
          type="email"
          autocomplete="email"
          inputmode="email"
          dir="auto"
          maxlength="254"
          .value=${this.emailText}
          aria-invalid=${invalid(this.form, 'email')}
          aria-describedby=${describedBy(visibleErrorId(this.form, 'email'))}
          @input=${(e: Event) => {
            this.emailText = (e.target as HTMLInputElement).value;
            this.changed('email');
          }}
          @blur=${() => this.form.blurred('email')}
        />
      </div>
      ${sms ? (this.deferred.module?.smsConsent(this.followUpView()) ?? nothing) : nothing}`;
  }

  // --- language

  private renderLanguage(): TemplateResult {
    const locale = this.localeController.locale;
    const selected = this.languageChoice;
    const deferred = this.deferred.module;
    const search = deferred?.languageSearch(this.languageQuery, locale, selected, this.savedLanguage);
    return html`<fieldset data-field="language" class=${hasVisibleError(this.form, 'language') ? 'invalid' : ''}>
        <legend>${msg('Which language would you like the school to use?', { id: 'prefs.language.legend' })}</legend>
        ${fieldError(this.form, 'language')}
        <label for="language-filter">${msg('Find a language', { id: 'prefs.language.filter' })}</label>
        <input
          id="language-filter"
          class="language-filter"
          type="search"
          dir="auto"
          autocomplete="off"
          aria-controls="language-list"
          aria-describedby="language-count"
          .value=${this.languageQuery}
          @input=${(e: Event) => (this.languageQuery = (e.target as HTMLInputElement).value)}
        />
        <p class="visually-hidden" id="language-count" role="status" aria-live="polite">
          ${search?.found}
        </p>
        <div class="language-list" id="language-list" part="language-list" role="radiogroup" aria-labelledby="language-list-label">
          <span class="visually-hidden" id="language-list-label"
            >${msg('Languages', { id: 'prefs.language.list' })}</span
          >
          ${(search?.codes ?? COMMON_LANGUAGES).map((code) => {
            const own = deferred?.ownName(code) ?? autonym(code);
            const local = deferred?.languageName(code, locale) ?? own;
            return html`<div class="choice">
              <input
                type="radio"
                name="language"
                id="language-${code}"
                value=${code}
                .checked=${selected === code}
                @change=${() => this.chooseLanguage(code)}
              />
              <label for="language-${code}"
                ><span lang=${code} dir=${dirOf(code)}>${own}</span>${local !== own
                  ? html` <span class="other-name">(${local})</span>`
                  : nothing}</label
              >
            </div>`;
          })}
          <div class="choice">
            <input
              type="radio"
              name="language"
              id="language-other"
              value="other"
              .checked=${selected === 'other'}
              @change=${() => this.chooseLanguage('other')}
            />
            <label for="language-other">${msg('Another language', { id: 'prefs.language.other' })}</label>
          </div>
        </div>
      </fieldset>
      ${selected === 'other' ? (this.deferred.module?.otherLanguage(this.followUpView()) ?? nothing) : nothing}
      <fieldset data-field="interpreter">
        <legend>${msg('Would you like an interpreter at meetings and calls?', { id: 'prefs.interpreter.legend' })}</legend>
        <div class="choices">
          ${[true, false].map(
            (yes) => html`<div class="choice">
              <input
                type="radio"
                name="interpreter"
                id="interpreter-${yes ? 'yes' : 'no'}"
                .checked=${this.interpreter === yes}
                @change=${() => {
                  this.interpreter = yes;
                  this.changed('interpreter');
                }}
              />
              <label for="interpreter-${yes ? 'yes' : 'no'}"
                >${yes ? msg('Yes', { id: 'prefs.yes' }) : msg('No', { id: 'prefs.no' })}</label
              >
            </div>`,
          )}
        </div>
      </fieldset>`;
  }

  private async chooseLanguage(code: string): Promise<void> {
    this.language = code;
    this.changed('language');
    // The list keeps a choice that does not match the search; when an arrow key leaves it, it drops
    // out and the rows after it move up one, the focused radio with them: focus follows the choice.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#language-${CSS.escape(code)}`)?.focus();
  }

  // --- times, topics, frequency, quiet hours

  private renderTimes(): TemplateResult {
    const toggle = (time: BestTime, on: boolean) => {
      this.times = on ? [...this.times, time] : this.times.filter((t) => t !== time);
      this.changed('times');
    };
    // Parts of the day as rows and weekdays/weekends as columns: two columns fit a 320 px screen.
    return html`<fieldset data-field="times">
      <legend>${msg('Best times to reach you', { id: 'prefs.times.legend' })}</legend>
      <p class="hint" id="times-hint">${msg('Tick all that suit you.', { id: 'prefs.times.hint' })}</p>
      <div class="times-scroll">
        <table class="times" part="times" aria-describedby="times-hint">
          <thead>
            <tr>
              <td></td>
              ${DAYS.map((day) => html`<th scope="col" id="time-${day}">${dayLabel(day)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${DAY_PARTS.map(
              (part) => html`<tr>
                <th scope="row" id="time-${part}">${partLabel(part)}</th>
                ${DAYS.map((day) => {
                  const time = `${day}-${part}` as BestTime;
                  return html`<td>
                    <input
                      type="checkbox"
                      id="time-${time}"
                      aria-labelledby="time-${day} time-${part}"
                      .checked=${this.times.includes(time)}
                      @change=${(e: Event) => toggle(time, (e.target as HTMLInputElement).checked)}
                    />
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </fieldset>`;
  }

  private renderTopics(): TemplateResult {
    return html`<fieldset data-field="topics">
      <legend>${msg('What would you like to hear about?', { id: 'prefs.topics.legend' })}</legend>
      ${TOPICS.map((topic) => {
        const locked = topic === 'emergencies';
        return html`<div class="choice">
          <input
            type="checkbox"
            id="topic-${topic}"
            .checked=${locked || this.topics.includes(topic)}
            ?disabled=${locked}
            aria-describedby=${locked ? 'emergencies-reason' : nothing}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              this.topics = on ? [...this.topics, topic] : this.topics.filter((t) => t !== topic);
              this.changed('topics');
            }}
          />
          <label for="topic-${topic}">${topicLabel(topic)}</label>
        </div>`;
      })}
      <p class="hint" id="emergencies-reason">
        ${msg('Emergency messages are always sent, so the school can reach you when your child’s safety is at stake.', {
          id: 'prefs.topics.emergencies-reason',
        })}
      </p>
    </fieldset>`;
  }

  private renderFrequency(): TemplateResult {
    const labels: Record<Frequency, () => string> = {
      instant: () => msg('As soon as there is news', { id: 'prefs.frequency.instant' }),
      daily: () => msg('One daily summary', { id: 'prefs.frequency.daily' }),
    };
    return html`<fieldset data-field="frequency">
      <legend>${msg('How often?', { id: 'prefs.frequency.legend' })}</legend>
      <p class="hint" id="frequency-hint">
        ${msg('Emergencies are always sent right away.', { id: 'prefs.frequency.hint' })}
      </p>
      ${FREQUENCIES.map(
        (f) => html`<div class="choice">
          <input
            type="radio"
            name="frequency"
            id="frequency-${f}"
            aria-describedby="frequency-hint"
            .checked=${this.frequency === f}
            @change=${() => {
              this.frequency = f;
              this.changed('frequency');
            }}
          />
          <label for="frequency-${f}">${labels[f]()}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  private renderQuietHours(): TemplateResult {
    const field = (path: 'quietHours.start' | 'quietHours.end', id: string, label: string, value: string) =>
      html`<div class="field ${hasVisibleError(this.form, path) ? 'invalid' : ''}" data-field=${path}>
        <label for=${id}>${label}</label>
        ${fieldError(this.form, path)}
        <input
          id=${id}
          type="time"
          .value=${value}
          aria-invalid=${invalid(this.form, path)}
          aria-describedby=${describedBy('quiet-hint', visibleErrorId(this.form, path))}
          @input=${(e: Event) => {
            const text = (e.target as HTMLInputElement).value;
            if (path === 'quietHours.start') this.quietStart = text;
            else this.quietEnd = text;
            this.changed(path);
          }}
          @blur=${() => this.form.blurred(path)}
        />
      </div>`;
    return html`<fieldset data-field="quietHours">
      <legend>${msg('Quiet hours (optional)', { id: 'prefs.quiet.legend' })}</legend>
      <p class="hint" id="quiet-hint">
        ${msg('No messages between these times, except emergencies.', { id: 'prefs.quiet.hint' })}
      </p>
      <div class="inline-fields">
        ${field('quietHours.start', 'quiet-start', msg('From', { id: 'prefs.quiet.from' }), this.quietStart)}
        ${field('quietHours.end', 'quiet-end', msg('To', { id: 'prefs.quiet.to' }), this.quietEnd)}
      </div>
    </fieldset>`;
  }

  private renderLoadFailure(failure: LoadFailure): TemplateResult {
    return html`<div class="problem" part="problem" role="alert">
      <p>${this.loadFailureMessage(failure)}</p>
      <p>${msg('You can still choose your preferences below.', { id: 'prefs.src.continue' })}</p>
    </div>`;
  }

  override render() {
    if (this.loading || this.unreadPrefill) {
      return elementFrame(this, html`<p role="status">${msg('Loading your saved preferences…', { id: 'prefs.loading' })}</p>`);
    }
    const sending = this.submission.state === 'sending';
    return elementFrame(
      this,
      html`${this.loadFailure ? this.renderLoadFailure(this.loadFailure) : nothing}
        <form
          novalidate
          aria-labelledby="prefs-title"
          @submit=${(e: Event) => {
            e.preventDefault();
            void this.submitForm();
          }}
        >
          <h2 id="prefs-title">${msg('How to reach you', { id: 'prefs.title' })}</h2>
          ${errorSummary(this.form, this.renderRoot as ShadowRoot)} ${this.renderChannels()} ${this.renderContact()}
          ${this.renderLanguage()} ${this.renderTimes()} ${this.renderTopics()} ${this.renderFrequency()}
          ${this.renderQuietHours()} ${honeypot()}
          <div class="actions">
            <button type="submit" class="button-primary" part="submit-button" ?disabled=${sending}>
              ${msg('Save my preferences', { id: 'prefs.submit' })}
            </button>
          </div>
          ${this.renderSubmissionStatus()}
        </form>`,
    );
  }
}

define('family-contact-preferences', FamilyContactPreferences);

declare global {
  interface HTMLElementTagNameMap {
    'family-contact-preferences': FamilyContactPreferences;
  }
}
