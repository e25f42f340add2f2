import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { localized, msg, str } from '@lit/localize';
import { define } from '../../core/define.js';
import { failureDetails, notJson, type ContentFailure } from '../../core/content-source.js';
import { FamilyElement } from '../../core/family-element.js';
import { INLINE_JSON_PLACE, readInlineJson } from '../../core/inline-json.js';
import { elementFrame } from '../../core/element-frame.js';
import type { FormController } from '../../core/form/form-controller.js';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import { dirOf } from '../../core/i18n/locales.js';
import { marked } from '../../core/i18n/marked-text.js';
import { plural } from '../../core/i18n/plural.js';
import { LazyModule } from '../../core/lazy-module.js';
import { reloadNotice } from '../../core/reload-notice.js';
import { SourceReader } from '../../core/source-reader.js';
import { loadPipeline } from '../../core/submit/load-pipeline.js';
import type { SubmitController } from '../../core/submit/submit-controller.js';
import { styles } from './family-homework-tip.styles.js';
import { resolveContent } from './tip-content.js';
import type { TipFeedback } from './tip-feedback.js';
import type { TipSectionsView } from './tip-sections.js';
import type { Tip } from './tip.schema.js';

type Slotted = 'about' | 'steps' | 'prompts' | 'materials';

/**
 * A card a teacher puts next to an assignment: what the child is learning, how
 * a parent can help (even one who does not know the subject or the language),
 * what to talk about together and how long it takes. Content comes from `src`,
 * the `.tip` property, or the attributes plus slots; a tip written in several
 * languages offers a switch for the card's own language. A Print button prints
 * the card alone on a clean page, and the page's own print shows it cleanly.
 *
 * With an `endpoint` attribute or a `.transport`, it also asks "Was this tip
 * helpful?" (yes/no and an optional comment) and offers "Ask the teacher a
 * question", each sent as `data` = `{ tipId, helpful?, comment?, question? }`.
 * Without either it is a display card: no form and no request but its `src`,
 * and it does not download the forms: they load with `import()` once it has
 * one (tip-feedback.ts). (An empty `endpoint=""` shows the forms with the "not
 * connected yet" configuration error, or for a page that sends them from
 * `family-submit`.)
 *
 * @tagname family-homework-tip
 * @summary Homework that invites parents in.
 * @slot about - What the child is learning, when the tip gives no `about`.
 * @slot steps - How a parent can help (an `<ol>`), when the tip gives no `steps`.
 * @slot prompts - Things to talk about together (a `<ul>`), when the tip gives no `prompts`.
 * @slot materials - What the family needs (a `<ul>`), when the tip gives no `materials`.
 * @fires family-error - The tip from `src` or `.tip` could not be shown (`kind`: `definition` or `network`), or a submission failed.
 * @fires family-change - The family changed an answer in the feedback or question form. `detail: { value }` (that form's `data` as it stands, not yet validated).
 * @csspart base - The card's root box.
 * @csspart language-picker - The page-wide UI language picker.
 * @csspart content-language - The switch for the card's own content language.
 * @csspart title - The tip's title.
 * @csspart steps - The "How you can help" list (from the `steps` slot: the box around the page's list).
 * @csspart prompts - The "Talk together" list (from the `prompts` slot: the box around the page's list).
 * @csspart materials - The "What you need" list (from the `materials` slot: the box around the page's list).
 * @csspart glossary - The "Words to know" list.
 * @csspart print-button - The Print button.
 * @csspart problem - The message shown to the webmaster when the tip cannot be shown.
 * @csspart feedback-form - The "Was this tip helpful?" form.
 * @csspart question-form - The "Ask the teacher a question" form.
 * @csspart error-summary - The list of problems after a failed send.
 * @cssprop --family-color-primary - Buttons, links and the chosen content language.
 * @cssprop --family-color-on-primary - Text on the chosen content language and on the Send buttons.
 * @cssprop --family-color-muted - The subject, grade and time line; hints in the forms.
 * @cssprop --family-color-border - Borders of the card and inputs.
 * @cssprop --family-color-error - The webmaster's problem message and errors in the forms.
 * @cssprop --family-color-success - The thank-you box after feedback or a question was sent.
 */
@localized()
export class FamilyHomeworkTip extends FamilyElement {
  static override styles: CSSResultGroup = [FamilyElement.styles, styles];

  static override properties: PropertyDeclarations = {
    src: {},
    tipId: { attribute: 'tip-id' },
    subject: {},
    grade: {},
    tipTitle: { attribute: 'tip-title' },
    minutes: { type: Number },
    tip: { attribute: false },
    failure: { state: true },
    contentLanguage: { state: true },
  };

  /** URL of the tip as JSON (CONTRACT.md §3); relative URLs resolve against the page. */
  src = '';
  /** The tip's id. */
  tipId = '';
  /** School subject, e.g. "Math". */
  subject = '';
  /** Grade, e.g. "3". */
  grade = '';
  /** The tip's title (not `title`, a global attribute that would add a tooltip). */
  tipTitle = '';
  /** Estimated minutes the activity takes. */
  minutes?: number;
  /** The whole tip as data; overrides `src` and the attributes. */
  tip?: Tip;

  /**
   * The checks (tip-checks.ts, with zod) and the sections only a tip given as
   * data has (tip-sections.ts): such a tip shows once its checks have read it,
   * so both load together. A display card from attributes checks nothing: only
   * a tip given as data, or the forms, need them.
   */
  protected override readonly checks = new LazyModule(
    this,
    () =>
      Promise.all([import('./tip-checks.js'), import('./tip-sections.js')]).then(([checks, sections]) => ({
        ...checks,
        ...sections,
      })),
    () => this.tip !== undefined || !!this.src || this.connected,
  );
  /** The feedback and question forms: only a card with an `endpoint` or a `.transport` loads them. */
  private readonly forms = new LazyModule(this, () => import('./tip-feedback.js'), () => this.connected);
  private feedback?: TipFeedback;
  /**
   * The print card (print-card.ts): only the Print button needs it, so it
   * loads with import() as the card connects, off the first load, and is
   * here long before the family presses Print; `updateComplete` waits for it.
   */
  private readonly printing = new LazyModule(this, () => import('./print-card.js'));

  /** The forms' validation state (field errors, the error summary); set when the forms have loaded. */
  form?: FormController;
  /** The forms' submission lifecycle (CONTRACT.md §2); set when the forms have loaded. */
  submission?: SubmitController;

  /**
   * Opens the print dialog for the prepared frame. Tests replace it to look at
   * the frame instead of opening a dialog.
   * @internal
   */
  printFrame: (frame: HTMLIFrameElement) => void = (frame) => frame.contentWindow?.print();

  /** The tip from `src`. */
  private readonly source = new SourceReader(
    this,
    this.checks,
    (checks, data) => checks.parseTip(data),
    (failure) => this.fail(failure),
  );

  protected override get loadingContent(): boolean {
    return this.source.loading;
  }

  protected override get awaitedModules(): LazyModule<object>[] {
    return [this.checks, this.forms, this.printing];
  }

  /** Why `.tip` or `src` cannot be shown. */
  private failure?: ContentFailure;
  /** The card's own content language, when the family switched it away from the page's. */
  private contentLanguage?: string;

  /** `.tip` after validation. */
  private given?: Tip;
  /** `.tip` is waiting for the checks to load. */
  private tipUnchecked = false;
  private frame?: HTMLIFrameElement;
  /** The id of the tip on screen, to notice when another tip replaces it. */
  private shownId?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeFrame();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Bad inline JSON is the whole configuration's error: nothing else to read on this update.
    if (!this.hasUpdated && !this.readInline()) return;
    if (changed.has('tip')) {
      this.given = undefined;
      this.tipUnchecked = this.tip !== undefined;
      if (this.tip === undefined && this.failure?.kind === 'definition' && !this.src) this.failure = undefined;
    }
    if (this.forms.module && !this.feedback) this.attachForms(this.forms.module);
    // The card renders again once its checks have loaded.
    if (this.tipUnchecked && this.checks.module) {
      this.tipUnchecked = false;
      const result = this.checks.module.parseTip(this.tip);
      if ('tip' in result) {
        this.given = result.tip;
        this.failure = undefined;
      } else {
        this.fail({ kind: 'definition', problems: result.problems });
      }
    }
    if ((changed.has('src') || changed.has('tip') || this.source.checksCame) && this.tip === undefined) this.load();
    const id = this.content?.id;
    if (id !== this.shownId) {
      // Another tip: its own language choice and a fresh feedback form.
      if (this.shownId !== undefined) this.forgetFamilyInput();
      this.shownId = id;
    }
  }

  private forgetFamilyInput(): void {
    this.contentLanguage = undefined;
    this.feedback?.reset();
  }

  /**
   * Without `.tip` and `src`, an inline `<script type="application/json">` child is the tip
   * (for CMS editors that strip long attributes), checked exactly like `.tip`.
   * Returns false when that script is not JSON (reported like a `src` that is not JSON).
   */
  private readInline(): boolean {
    if (this.tip !== undefined || this.src) return true;
    const inline = readInlineJson(this);
    if (inline?.ok) this.tip = inline.data as Tip;
    else if (inline) {
      this.fail({ kind: 'definition', problems: [{ path: INLINE_JSON_PLACE, problem: notJson() }] });
      return false;
    }
    return true;
  }

  /** Reads `src` again, forgetting the problem of what was read before (without `src`, of an earlier `src`). */
  private load(): void {
    if (this.src || this.tip === undefined) this.failure = undefined;
    this.source.read(this.src);
  }

  /** Shows the problem to the webmaster and tells the page (CONTRACT.md §2, `family-error`). */
  private fail(failure: ContentFailure): void {
    this.failure = failure;
    const details = failureDetails(failure);
    const message =
      failure.kind === 'definition'
        ? msg(str`This homework tip is not valid: ${details}`, { id: 'tip.error.definition' })
        : msg(str`This homework tip could not be loaded: ${details}`, { id: 'tip.error.network' });
    console.warn(`family-elements: <family-homework-tip> ${message}`);
    this.dispatchEvent(
      new CustomEvent('family-error', {
        bubbles: true,
        composed: true,
        detail: { kind: failure.kind, message },
      }),
    );
  }

  /** The tip the card shows: `.tip`, else the one from `src`, else the attributes. */
  private get content(): Tip | undefined {
    if (this.tip !== undefined) return this.given;
    if (this.src) return this.source.content?.tip;
    const minutes = this.minutes !== undefined && Number.isFinite(this.minutes) && this.minutes > 0;
    return {
      id: this.tipId,
      subject: this.subject,
      grade: this.grade || undefined,
      title: this.tipTitle,
      minutes: minutes ? this.minutes : undefined,
    };
  }

  /** Content text in the card's content language, with `lang`/`dir` when it differs from the page's. */
  private resolve(value: LocalizedText | undefined) {
    const ui = this.localeController.locale;
    return resolveContent(value, this.contentLanguage ?? ui, ui);
  }

  private text(value: LocalizedText | undefined): TemplateResult | string {
    return marked(this.resolve(value));
  }

  private hasSlotted(name: Slotted): boolean {
    return this.querySelector(`:scope > [slot="${name}"]`) !== null;
  }

  private onSlotChange = (): void => this.requestUpdate();

  private slotFor(name: Slotted): TemplateResult {
    return html`<slot name=${name} @slotchange=${this.onSlotChange}></slot>`;
  }

  /** Meta line: subject · grade · time estimate. */
  private renderMeta(tip: Tip): TemplateResult | typeof nothing {
    const parts: (TemplateResult | string)[] = [];
    if (this.resolve(tip.subject).text) parts.push(this.text(tip.subject));
    if (tip.grade !== undefined && tip.grade !== '') {
      parts.push(msg(str`Grade ${tip.grade}`, { id: 'tip.grade' }));
    }
    const minutes = tip.minutes;
    if (minutes) {
      parts.push(
        plural(minutes, {
          one: () => msg(str`About ${minutes} minute`, { id: 'tip.minutes.one' }),
          two: () => msg(str`About ${minutes} minutes`, { id: 'tip.minutes.two' }),
          few: () => msg(str`About ${minutes} minutes`, { id: 'tip.minutes.few' }),
          many: () => msg(str`About ${minutes} minutes`, { id: 'tip.minutes.many' }),
          other: () => msg(str`About ${minutes} minutes`, { id: 'tip.minutes.other' }),
        }),
      );
    }
    if (!parts.length) return nothing;
    return html`<p class="meta">${parts.map((p, i) => html`${i ? ' · ' : ''}${p}`)}</p>`;
  }

  /** A list from the tip, else the slot of the same name; the heading only when there is something under it. */
  private renderList(
    name: Exclude<Slotted, 'about'>,
    heading: string,
    items: LocalizedText[] | undefined,
    ordered: boolean,
  ): TemplateResult {
    const fromTip = items !== undefined && items.length > 0;
    const shown = fromTip || this.hasSlotted(name);
    const entries = (items ?? []).map((item) => {
      const r = this.resolve(item);
      return html`<li lang=${r.lang ?? nothing} dir=${r.dir ?? nothing}>${r.text}</li>`;
    });
    return html`<section class=${name} ?hidden=${!shown} aria-labelledby="${name}-heading">
      <h3 id="${name}-heading">${heading}</h3>
      ${fromTip
        ? ordered
          ? html`<ol part=${name}>${entries}</ol>`
          : html`<ul part=${name}>${entries}</ul>`
        : html`<div part=${name}>${this.slotFor(name)}</div>`}
    </section>`;
  }

  /** What the sections of a tip given as data (tip-sections.ts) show and call back into. */
  private sectionsView(tip: Tip): TipSectionsView {
    return {
      tip,
      resolve: (value) => this.resolve(value),
      // Relative links in a tip file resolve against that file, like links in any document.
      base: this.tip === undefined && this.src ? new URL(this.src, document.baseURI).href : document.baseURI,
      locale: this.localeController.locale,
      contentLanguage: this.contentLanguage,
      setContentLanguage: (lang) => (this.contentLanguage = lang),
      root: this.renderRoot as ShadowRoot,
    };
  }

  private renderProblem(failure: ContentFailure): TemplateResult {
    return html`<div class="problem" part="problem" role="alert">
      <h2>${msg('This homework tip cannot be shown', { id: 'tip.error.title' })}</h2>
      ${failure.kind === 'network'
        ? html`<p>
            ${failure.status
              ? msg(str`The tip file ${failure.url} answered with HTTP ${failure.status}.`, { id: 'tip.error.status' })
              : msg(str`The tip file ${failure.url} could not be reached.`, { id: 'tip.error.unreachable' })}
          </p>`
        : html`<p>${msg('For the webmaster, the problems in the tip:', { id: 'tip.error.problems' })}</p>
            <ul>
              ${failure.problems.map((p) => html`<li><code>${p.path}</code>: ${p.problem}</li>`)}
            </ul>`}
    </div>`;
  }

  private renderCard(tip: Tip): TemplateResult {
    // Only a tip given as data has these sections, and it shows once its checks (which bring them) are here.
    const sections = this.checks.module;
    const v = sections ? this.sectionsView(tip) : undefined;
    return html`<article aria-labelledby="title">
      ${sections && v ? sections.contentLanguageSwitch(v) : nothing}
      <h2 id="title" part="title">${this.text(tip.title)}</h2>
      ${this.renderMeta(tip)}
      ${tip.about
        ? html`<p class="about">${this.text(tip.about)}</p>`
        : html`<div class="about">${this.slotFor('about')}</div>`}
      ${this.renderList('steps', msg('How you can help', { id: 'tip.steps' }), tip.steps, true)}
      ${this.renderList('prompts', msg('Talk together', { id: 'tip.prompts' }), tip.prompts, false)}
      ${this.renderList('materials', msg('What you need', { id: 'tip.materials' }), tip.materials, false)}
      ${sections && v ? html`${sections.glossary(v)} ${sections.links(v)}` : nothing}
      <div class="actions no-print">
        <button type="button" class="button-secondary" part="print-button" @click=${() => this.print()}>
          ${msg('Print this tip', { id: 'tip.print' })}
        </button>
      </div>
    </article>`;
  }

  /** The forms appear with an `endpoint` attribute (even empty: then its configuration error shows) or a `.transport`. */
  private get connected(): boolean {
    return this.endpoint !== undefined || this.transport !== undefined;
  }

  /** The forms have loaded: with them the card gets its form, its submission and their styles (attachSubmission). */
  private attachForms(forms: typeof import('./tip-feedback.js')): void {
    this.feedback = new forms.TipFeedback(this, this.checks, styles);
  }

  protected override firstUpdated(): void {
    // The page's outbox retries whenever any element loads (CONTRACT.md §2); a card with forms joins it through them.
    if (!this.connected) void loadPipeline().then((pipeline) => pipeline.getOutbox().wake(), () => undefined);
  }

  override render() {
    const tip = this.content;
    let body: TemplateResult | typeof nothing = nothing;
    if (this.failure) body = this.renderProblem(this.failure);
    // A tip given as data shows once its checks have read it; a card from attributes needs none.
    else if (this.checks.failed && !tip) body = reloadNotice();
    else if (this.source.loading) body = html`<p class="loading">${msg('Loading the tip…', { id: 'tip.loading' })}</p>`;
    else if (tip) body = html`${this.renderCard(tip)}${this.connected && this.feedback ? this.feedback.render(tip) : nothing}`;
    return elementFrame(this, body);
  }

  /** Prints the card alone on a clean page, as its Print button does. */
  print(): void {
    const printing = this.printing.module;
    if (printing) this.printCard(printing);
    // Pressed before the print card arrived: print once it is here. If it cannot load (offline), the
    // page's own print, which also shows the card cleanly (CONTRACT.md §3), is the next best thing.
    else void this.printing.ready().then((module) => this.printCard(module), () => window.print());
  }

  private printCard(printing: typeof import('./print-card.js')): void {
    const root = this.shadowRoot?.querySelector('.root');
    const tip = this.content;
    if (!this.shadowRoot || !root || !tip) return;
    this.removeFrame();
    const ui = this.localeController.locale;
    const frame = printing.buildPrintFrame({
      host: this as this & { shadowRoot: ShadowRoot },
      content: root,
      title: this.resolve(tip.title).text,
      lang: ui,
      dir: dirOf(ui),
    });
    this.frame = frame;
    frame.contentWindow?.addEventListener('afterprint', () => this.removeFrame(frame), { once: true });
    this.printFrame(frame);
  }

  private removeFrame(frame: HTMLIFrameElement | undefined = this.frame): void {
    frame?.remove();
    if (frame === this.frame) this.frame = undefined;
  }
}

define('family-homework-tip', FamilyHomeworkTip);

declare global {
  interface HTMLElementTagNameMap {
    'family-homework-tip': FamilyHomeworkTip;
  }
}
