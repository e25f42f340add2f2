import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { localized, msg, str } from '@lit/localize';
import { notJson } from '../../core/content-source.js';
import { define } from '../../core/define.js';
import { elementFrame } from '../../core/element-frame.js';
import { clearDraft, draftKey, loadDraft, saveDraft } from '../../core/form/drafts.js';
import { errorSummary } from '../../core/form/error-summary.js';
import { describedBy, fieldError, hasVisibleError, requiredMark, visibleErrorId } from '../../core/form/field-error.js';
import { FormController } from '../../core/form/form-controller.js';
import { honeypot } from '../../core/form/honeypot.js';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import { marked } from '../../core/i18n/marked-text.js';
import { resolveText } from '../../core/i18n/resolve-text.js';
import { LazyModule } from '../../core/lazy-module.js';
import { reloadNotice } from '../../core/reload-notice.js';
import type { Envelope } from '../../core/submit/envelope.schema.js';
import { SubmittingElement } from '../../core/submit/submitting-element.js';
import type { AnswerState } from './answers.js';
import type { DefinitionProblem, ParseResult, Survey } from './definition.js';
import { DefinitionFetchError, fetchDefinition } from './definition-source.js';
import { styles } from './family-survey.styles.js';
import type { QuestionView } from './questions/question-view.js';
import type * as SurveyQuestions from './survey-questions.js';
import type { AnswerValue, Question, SurveyDefinition, SurveyPayload } from './survey.schema.js';

/** Why the survey cannot be shown (for the webmaster). */
type SurveyFailure =
  | { kind: 'definition'; problems: DefinitionProblem[] }
  | { kind: 'network'; url: string; reason: 'status' | 'timeout' | 'unreachable'; status?: number };

/** What a draft keeps: the answers and where the family was. */
interface SurveyDraft extends AnswerState {
  page: number;
}

const emptyState = (): AnswerState => ({ answers: {}, other: {}, badInput: [] });

function isDraft(value: unknown): value is SurveyDraft {
  if (value === null || typeof value !== 'object') return false;
  const d = value as Partial<SurveyDraft>;
  return (
    typeof d.answers === 'object' && d.answers !== null && typeof d.other === 'object' && d.other !== null && Array.isArray(d.badInput)
  );
}

/**
 * A survey or questionnaire from a JSON definition: the family-engagement
 * survey a district sends every fall, a needs survey, feedback after a family
 * night. Pages with progress, eleven question types with native controls,
 * `visibleIf` rules, drafts kept on this device, and submission through the
 * shared pipeline (`data` = `{ surveyId, answers, other? }`).
 *
 * @tagname family-survey
 * @summary A family survey from a JSON definition.
 * @fires family-submit - Before sending; cancelable. `detail: { envelope, respondWith(promise) }`.
 * @fires family-submitted - After a 2xx answer. `detail: { envelope, status, body }`.
 * @fires family-queued - Kept on this device for a later try. `detail: { envelope, reason }`.
 * @fires family-invalid - Answers failed validation in the browser or at the server. `detail: { errors, source }`.
 * @fires family-error - The definition is invalid (`kind: "definition"`), `src` could not be fetched (`network`), or a submission problem.
 * @fires family-change - An answer changed. `detail: { value }` (the current `data`).
 * @slot sent - Extra content on the thank-you screen.
 * @csspart base - The root box.
 * @csspart language-picker - The page-wide UI language picker.
 * @csspart title - The survey's title.
 * @csspart progress - The "Page 2 of 4" indicator.
 * @csspart page-heading - The current page's heading (takes focus on a page change).
 * @csspart error-summary - The list of problems shown after a failed Next or Send.
 * @csspart back-button - The Back button.
 * @csspart next-button - The Next button.
 * @csspart submit-button - The Send button.
 * @csspart clear-answers-button - "Clear my answers" (removes them from the form and this device).
 * @csspart clear-answers-confirm - Confirms clearing them.
 * @csspart status - The submission status box (sending, thank you, saved on this device, errors).
 * @csspart problem - The message shown to the webmaster when the survey cannot be shown.
 * @cssprop --family-color-primary - Buttons, links and choices (the focus ring has its own colour, --family-color-focus).
 * @cssprop --family-color-on-primary - Text on primary buttons.
 * @cssprop --family-color-text - Text colour.
 * @cssprop --family-color-muted - Help text and progress.
 * @cssprop --family-color-surface - Background.
 * @cssprop --family-color-border - Borders of inputs and likert rows.
 * @cssprop --family-color-error - Error messages and markers.
 * @cssprop --family-color-success - The thank-you box.
 * @cssprop --family-font - Font family (default: the page's).
 * @cssprop --family-radius - Corner radius.
 * @cssprop --family-space - Base spacing.
 * @cssprop --family-focus-ring - The focus outline.
 * @cssprop --family-color-scheme - `light` (default), `dark` or `auto`.
 */
@localized()
export class FamilySurvey extends SubmittingElement {
  static override styles = [SubmittingElement.styles, styles];

  static override properties: PropertyDeclarations = {
    src: {},
    definition: { attribute: false },
    noDraft: { type: Boolean, attribute: 'no-draft' },
    survey: { state: true },
    failure: { state: true },
    loading: { state: true },
    pageIndex: { state: true },
    answers: { state: true },
    confirmingClear: { state: true },
  };

  /** URL of the survey definition (JSON); relative URLs resolve against the page. */
  src = '';
  /** The definition as data; takes precedence over `src` and an inline script. */
  definition?: SurveyDefinition | Record<string, unknown>;
  /** Do not keep a draft of the answers on this device. */
  noDraft = false;

  /**
   * The hand check and the question views (survey-questions.ts), loaded as the
   * element connects: a definition waits for them, so they are here whenever
   * a survey is.
   */
  private readonly questions = new LazyModule(this, () => import('./survey-questions.js'));
  /**
   * The zod checks and the answer checks, loaded once the question views are
   * here, so they do not compete with them. A definition the hand check
   * vouches for (definition-check.ts) is shown without waiting for them;
   * `updateComplete` still waits, like every element's, and Next and Send
   * wait for them if pressed before they came.
   */
  protected override readonly checks = new LazyModule(this, () =>
    this.questions.ready().then(() => import('./survey-checks.js')),
  );

  protected override get awaitedModules(): LazyModule<object>[] {
    return [this.checks, this.questions];
  }

  /**
   * The submission pipeline loads once this resolves (SubmitController): after
   * the render that shows the questions, not the empty one before they came.
   */
  protected override async rendered(): Promise<boolean> {
    await this.questions.ready().catch(() => undefined);
    return super.rendered();
  }

  readonly form: FormController = new FormController(this, { validate: () => this.validate() });

  private survey?: Survey;
  private failure?: SurveyFailure;
  private loading = false;

  protected override get loadingContent(): boolean {
    return this.loading;
  }

  /** Index into the survey's pages (empty pages are skipped). */
  private pageIndex = 0;
  private answers: AnswerState = emptyState();
  /** The family asked to clear their answers and is confirming. */
  private confirmingClear = false;

  private fetching?: AbortController;
  private focusHeading = false;
  /** The definition source last parsed, so a re-render does not parse again. */
  private parsedFrom?: unknown;
  /** `.definition` or the inline script waits for the hand check, or for the zod checks after it. */
  private definitionAwaitsModules = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // moved in the page: keep the survey; reconnected after an aborted fetch: fetch again
    if (this.hasUpdated && !this.survey && !this.failure && !this.loading) this.loadDefinition();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.fetching?.abort();
    this.fetching = undefined;
    this.loading = false;
  }

  /**
   * A survey given as data has nothing to show before its question views: its
   * first render waits for them, so the browser reads their chunk as soon as it
   * comes rather than after rendering an empty frame. One from `src` renders at
   * once, to say that it is loading.
   */
  protected override shouldUpdate(): boolean {
    if (this.hasUpdated || this.src !== '' || this.questions.module !== undefined || this.questions.failed) return true;
    // controllers' hostUpdate is skipped with the render: the view chunk is asked for here
    void this.questions.ready().catch(() => undefined);
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const modulesArrived = this.definitionAwaitsModules && this.questions.module !== undefined;
    if (changed.has('definition') || changed.has('src') || !this.hasUpdated || modulesArrived) this.loadDefinition();
    if ((changed.has('formId') || changed.has('endpoint') || changed.has('noDraft')) && this.hasUpdated && this.survey) {
      this.restoreDraft();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusHeading) {
      this.focusHeading = false;
      // a one-page survey without a page title has no heading: its first control instead
      const target =
        this.renderRoot.querySelector<HTMLElement>('.page-heading') ??
        this.renderRoot.querySelector<HTMLElement>('form input:not([tabindex="-1"]), form select, form textarea');
      target?.focus();
    }
  }

  // --- The definition

  private inlineDefinition(): { text: string } | undefined {
    const script = this.querySelector(':scope > script[type="application/json"]');
    return script ? { text: script.textContent ?? '' } : undefined;
  }

  /** Chooses the definition: `.definition`, else `src`, else an inline JSON script. */
  private loadDefinition(): void {
    this.definitionAwaitsModules = false;
    if (this.definition !== undefined) {
      if (this.parsedFrom === this.definition) return;
      this.fetching?.abort();
      const parsed = this.parseNow(this.definition);
      if (!parsed) {
        this.definitionAwaitsModules = true;
        return;
      }
      this.parsedFrom = this.definition;
      this.accept(parsed);
      return;
    }
    if (this.src) {
      if (this.parsedFrom === this.src && (this.survey || this.failure || this.loading)) return;
      this.parsedFrom = this.src;
      this.fetch(this.src);
      return;
    }
    const inline = this.inlineDefinition();
    if (inline) {
      if (this.parsedFrom === inline.text) return;
      let data: unknown;
      try {
        data = JSON.parse(inline.text);
      } catch {
        this.parsedFrom = inline.text;
        this.accept({
          ok: false,
          unknownKeys: [],
          problems: [{ path: msg('(the inline script)', { id: 'survey.def.inline-script' }), problem: notJson() }],
        });
        return;
      }
      const parsed = this.parseNow(data);
      if (!parsed) {
        this.definitionAwaitsModules = true;
        return;
      }
      this.parsedFrom = inline.text;
      this.accept(parsed);
    }
  }

  /**
   * The definition checked now: by hand when that check vouches for it, else
   * by the zod checks if they are here; undefined while what it needs is not.
   * Even a definition for zod waits for the hand check, which comes with the
   * question views: a survey is only ever shown with them.
   */
  private parseNow(data: unknown): ParseResult | undefined {
    const questions = this.questions.module;
    if (!questions) return undefined;
    const survey = questions.vouchedSurvey(data);
    if (survey) return { ok: true, survey, unknownKeys: [] };
    return this.checks.module?.parseDefinition(data);
  }

  /** The definition checked as soon as the modules that check it are here. */
  private async parse(data: unknown): Promise<ParseResult> {
    await this.questions.ready();
    return this.parseNow(data) ?? (await this.checks.ready()).parseDefinition(data);
  }

  /** The question views: here whenever a survey is (parseNow waits for them). */
  private get views(): typeof SurveyQuestions {
    return this.questions.module!;
  }

  private fetch(src: string): void {
    this.fetching?.abort();
    const controller = new AbortController();
    this.fetching = controller;
    this.loading = true;
    this.failure = undefined;
    this.survey = undefined;
    const timeout = Number.isFinite(Number(this.timeout)) && Number(this.timeout) > 0 ? Number(this.timeout) : 15000;
    fetchDefinition(src, controller.signal, timeout)
      .then((fetched) => ('data' in fetched ? this.parse(fetched.data) : fetched))
      .then(
        (result) => {
          if (controller.signal.aborted) return;
          this.loading = false;
          this.accept(result);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          this.loading = false;
          if (!this.questions.module) {
            // the file came, but not the code that shows it: fetched again once it is here
            this.parsedFrom = undefined;
            this.definitionAwaitsModules = true;
            return;
          }
          const e = error instanceof DefinitionFetchError ? error : new DefinitionFetchError(src, 'unreachable');
          this.fail({ kind: 'network', url: e.url, reason: e.reason, status: e.status });
        },
      );
  }

  private accept(result: ParseResult): void {
    if (result.unknownKeys.length) {
      console.warn(
        `family-elements: <family-survey> ignores unknown keys in its definition (a typo?): ${result.unknownKeys.join(', ')}`,
      );
    }
    if (!result.ok) {
      this.survey = undefined;
      this.fail({ kind: 'definition', problems: result.problems });
      return;
    }
    this.failure = undefined;
    const sameSurvey = this.survey?.id === result.survey.id;
    this.survey = result.survey;
    if (!sameSurvey) {
      this.answers = emptyState();
      this.pageIndex = 0;
      this.form.reset();
    }
    this.restoreDraft();
    this.pageIndex = this.nearestShownPage(this.pageIndex, 1);
  }

  private fail(failure: SurveyFailure): void {
    this.failure = failure;
    const message = this.failureMessage(failure);
    console.warn(`family-elements: <family-survey> ${message}`);
    this.dispatchEvent(
      new CustomEvent('family-error', { bubbles: true, composed: true, detail: { kind: failure.kind, message } }),
    );
  }

  private failureMessage(failure: SurveyFailure): string {
    if (failure.kind === 'definition') {
      const details = failure.problems.map((p) => `${p.path}: ${p.problem}`).join('; ');
      return msg(str`This survey's definition is not valid: ${details}`, { id: 'survey.error.definition' });
    }
    const url = failure.url;
    if (failure.reason === 'status') {
      const status = failure.status ?? 0;
      return msg(str`The survey definition ${url} answered with HTTP ${status}.`, { id: 'survey.error.status' });
    }
    if (failure.reason === 'timeout') {
      return msg(str`The survey definition ${url} did not answer in time.`, { id: 'survey.error.timeout' });
    }
    return msg(str`The survey definition ${url} could not be reached.`, { id: 'survey.error.unreachable' });
  }

  // --- Drafts (per form-id + endpoint + survey id)

  protected override get draftKey(): string | undefined {
    if (!this.survey || this.noDraft) return undefined;
    return draftKey([this.formId || this.localName, this.endpoint ?? '', this.survey.id]);
  }

  private restoreDraft(): void {
    const key = this.draftKey;
    if (!key) return;
    const draft = loadDraft(key);
    if (!isDraft(draft)) return;
    this.answers = { answers: { ...draft.answers }, other: { ...draft.other }, badInput: [...draft.badInput] };
    this.pageIndex = this.nearestShownPage(Math.min(Math.max(0, Math.trunc(draft.page) || 0), this.survey!.pages.length - 1), -1);
    // Sent from this draft before a reload and still waiting: shown as such, not as a form to send again.
    this.submission.resumeQueued();
  }

  private saveDraft(): void {
    const key = this.draftKey;
    if (!key) return;
    const draft: SurveyDraft = { ...this.answers, page: this.pageIndex };
    saveDraft(key, draft);
  }

  protected override submitted(_envelope: Envelope, _body: unknown): void {
    const key = this.draftKey;
    if (key) clearDraft(key);
  }

  /** "Remove your saved answers from this device": the draft goes with the queued entry. */
  protected override queuedCleared(): void {
    const key = this.draftKey;
    if (key) clearDraft(key);
  }

  // --- Answers, validation and payload

  private shownCache?: { survey: Survey; answers: AnswerState; questions: Question[]; ids: Set<string> };

  /** The questions shown for the current answers (computed once per change of answers). */
  private shown(): { questions: Question[]; ids: Set<string> } {
    const survey = this.survey!;
    const cache = this.shownCache;
    if (cache && cache.survey === survey && cache.answers === this.answers) return cache;
    const questions = this.views.shownQuestions(survey, this.answers);
    this.shownCache = { survey, answers: this.answers, questions, ids: new Set(questions.map((q) => q.id)) };
    return this.shownCache;
  }

  private plain = (text: LocalizedText | undefined): string => resolveText(text, this.localeController.locale).text;

  private validate(): Record<string, string> {
    // A survey the hand check vouched for is shown a moment before the checks arrive: page changes and
    // Send wait for them (goTo, checksReady), so the answers are always checked.
    const checks = this.checks.module;
    if (!this.survey || !checks) return {};
    const errors = checks.validateQuestions(this.shown().questions, this.answers, this.plain, this.localeController.locale);
    // what is sent must also pass the payload schema the receiver checks (CONTRACT.md §2)
    for (const [path, message] of Object.entries(checks.payloadErrors(this.payload()))) errors[path] ??= message;
    return errors;
  }

  /** The field paths a page owns: its shown questions, their likert items and "Other" text. */
  private pathsOf(pageIndex: number): string[] {
    if (!this.survey) return [];
    const page = this.survey.pages[pageIndex];
    const shown = this.shown().ids;
    return (page?.questions ?? [])
      .filter((q) => shown.has(q.id))
      .flatMap((q) => this.views.fieldPaths(q));
  }

  protected payload(): SurveyPayload {
    return this.survey ? this.views.buildPayload(this.survey, this.answers) : { surveyId: '', answers: {} };
  }

  protected override normalizeServerPath(path: string): string {
    // servers may name a question by its bare id (CONTRACT.md §2)
    return path.startsWith('answers.') || path.startsWith('other.') ? path : `answers.${path}`;
  }

  private changed(question: Question, value: AnswerValue | undefined, path: string): void {
    const answers = { ...this.answers.answers };
    if (value === undefined) delete answers[question.id];
    else answers[question.id] = value;
    this.answers = { ...this.answers, answers };
    this.form.changed(path);
    this.afterChange();
  }

  private afterChange(): void {
    this.saveDraft();
    this.dispatchEvent(new CustomEvent('family-change', { bubbles: true, composed: true, detail: { value: this.payload() } }));
  }

  private viewOf(question: Question): QuestionView {
    const host = this;
    const { answerPath, otherPath } = this.views;
    const id = (part: string) => `q-${question.id}-${part}`;
    return {
      question,
      get value() {
        return host.answers.answers[question.id];
      },
      get other() {
        return host.answers.other[question.id] ?? '';
      },
      anonymous: this.survey?.definition.anonymous === true,
      text: (value) => this.text(value),
      plain: this.plain,
      id,
      describedBy: (path, withHelp = true) =>
        describedBy(withHelp && question.help ? id('help') : undefined, visibleErrorId(this.form, path)),
      invalid: (path) => hasVisibleError(this.form, path),
      error: (path) => fieldError(this.form, path),
      requiredMark: () => requiredMark(),
      set: (value, path = answerPath(question)) => this.changed(question, value, path),
      setOther: (text) => {
        this.answers = { ...this.answers, other: { ...this.answers.other, [question.id]: text } };
        this.form.changed(otherPath(question));
        this.afterChange();
      },
      blurred: (path) => this.form.blurred(path),
      setBadInput: (bad) => {
        const rest = this.answers.badInput.filter((q) => q !== question.id);
        this.answers = { ...this.answers, badInput: bad ? [...rest, question.id] : rest };
      },
    };
  }

  // --- Pages

  /** Pages with at least one shown question, by index. */
  private shownPages(): number[] {
    if (!this.survey) return [];
    const shown = this.shown().ids;
    return this.survey.pages.flatMap((page, i) => (page.questions.some((q) => shown.has(q.id)) ? [i] : []));
  }

  /** `from` if it has shown questions, else the next shown page in `direction` (or the other way). */
  private nearestShownPage(from: number, direction: 1 | -1): number {
    const pages = this.shownPages();
    if (!pages.length || pages.includes(from)) return from;
    const ahead = direction === 1 ? pages.find((p) => p > from) : [...pages].reverse().find((p) => p < from);
    return ahead ?? (direction === 1 ? pages[pages.length - 1]! : pages[0]!);
  }

  private goTo(index: number): void {
    this.pageIndex = index;
    this.focusHeading = true;
    this.saveDraft();
  }

  /** Next pressed while the checks were still on their way (see next). */
  private nextPending?: Promise<void>;

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.nextPending) return done;
    await this.nextPending;
    return super.getUpdateComplete();
  }

  private next(): void {
    if (this.checks.module) {
      this.nextPage();
      return;
    }
    // A survey shown at once can be a moment ahead of its checks. Offline before they came, the family goes
    // on unchecked rather than stuck: Send checks every answer (checksReady) and keeps them if it cannot.
    this.nextPending ??= this.checks
      .ready()
      .catch(() => undefined)
      .then(() => {
        this.nextPending = undefined;
        this.nextPage();
      });
  }

  private nextPage(): void {
    if (!this.form.attempt(this.pathsOf(this.pageIndex))) return;
    const pages = this.shownPages();
    const following = pages.find((p) => p > this.pageIndex);
    if (following !== undefined) this.goTo(following);
  }

  private back(): void {
    const previous = [...this.shownPages()].reverse().find((p) => p < this.pageIndex);
    if (previous !== undefined) this.goTo(previous);
  }

  protected override async submitForm(): Promise<void> {
    if (!(await this.submission.checksReady(this.checks))) return;
    // the current page first, so its errors show where the family is
    if (!this.form.attempt(this.pathsOf(this.pageIndex))) return;
    const errors = this.validate();
    const earlier = this.shownPages().find((p) => this.pathsOf(p).some((path) => errors[path] !== undefined));
    if (earlier !== undefined && earlier !== this.pageIndex) {
      // an answer changed on an earlier page since it was checked: go back there
      this.pageIndex = earlier;
      await this.updateComplete;
      this.form.attempt(this.pathsOf(earlier));
      return;
    }
    await super.submitForm();
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const pages = this.shownPages();
    const isLast = pages[pages.length - 1] === this.pageIndex || pages.length === 0;
    if (isLast) void this.submitForm();
    else this.next();
  }

  // --- Rendering

  private text(value: LocalizedText | undefined): TemplateResult | string {
    return marked(resolveText(value, this.localeController.locale));
  }

  private renderProblem(failure: SurveyFailure): TemplateResult {
    return html`<div class="problem" part="problem" role="alert">
      <h2>${msg('This survey cannot be shown', { id: 'survey.problem.title' })}</h2>
      ${failure.kind === 'network'
        ? html`<p>${this.failureMessage(failure)}</p>`
        : html`<p>${msg('For the webmaster, the problems in the survey definition:', { id: 'survey.problem.list' })}</p>
            <ul>
              ${failure.problems.map((p) => html`<li><code>${p.path}</code>: ${p.problem}</li>`)}
            </ul>`}
    </div>`;
  }

  private renderPage(survey: Survey): TemplateResult {
    this.views.adoptQuestionStyles(this.renderRoot as ShadowRoot);
    const pages = this.shownPages();
    const position = pages.indexOf(this.pageIndex);
    const total = pages.length;
    const number = position + 1;
    const isLast = position === total - 1;
    const page = survey.pages[this.pageIndex]!;
    const shown = this.shown().ids;
    const sending = this.submission.state === 'sending';
    const progress = msg(str`Page ${number} of ${total}`, { id: 'survey.progress' });
    return html`<form novalidate @submit=${this.onSubmit}>
      ${errorSummary(this.form, this.renderRoot as ShadowRoot)}
      ${total > 1
        ? html`<p class="progress" part="progress" aria-hidden="true">${progress}</p>
            <progress max=${total} .value=${number} aria-hidden="true"></progress>`
        : nothing}
      ${page.title || total > 1
        ? html`<h3 class="page-heading" part="page-heading" tabindex="-1">
            ${page.title
              ? html`${this.text(page.title)}${total > 1
                  ? html`<span class="visually-hidden"> (${progress})</span>`
                  : nothing}`
              : progress}
          </h3>`
        : nothing}
      ${page.description ? html`<p class="page-description">${this.text(page.description)}</p>` : nothing}
      ${page.questions.filter((q) => shown.has(q.id)).map((q) => this.views.renderQuestion(this.viewOf(q)))} ${honeypot()}
      <div class="page-actions">
        ${position > 0
          ? html`<button type="button" class="button-secondary" part="back-button" @click=${this.back}>
              ${msg('Back', { id: 'survey.back' })}
            </button>`
          : nothing}
        ${isLast
          ? html`<button type="submit" class="button-primary" part="submit-button" ?disabled=${sending}>
              ${survey.definition.submitLabel ? this.text(survey.definition.submitLabel) : msg('Send my answers', { id: 'survey.submit' })}
            </button>`
          : html`<button type="submit" class="button-primary" part="next-button">${msg('Next', { id: 'survey.next' })}</button>`}
      </div>
      ${this.renderClear()}
    </form>`;
  }

  /** Families can remove their answers from the form and the device (CONTRACT.md §7). */
  private renderClear(): TemplateResult | typeof nothing {
    const { answers, other } = this.answers;
    if (!Object.keys(answers).length && !Object.values(other).some((t) => t)) return nothing;
    if (!this.confirmingClear) {
      return html`<p class="clear-answers">
        <button type="button" class="button-link" part="clear-answers-button" @click=${() => this.askClear(true)}>
          ${msg('Clear my answers', { id: 'survey.clear' })}
        </button>
      </p>`;
    }
    return html`<div class="clear-answers" role="group" aria-labelledby="clear-question">
      <p id="clear-question"><strong>${msg('Remove all your answers from this form and from this device?', { id: 'survey.clear-confirm' })}</strong></p>
      <div class="actions">
        <button type="button" class="button-primary" part="clear-answers-confirm" @click=${this.clearAnswers}>
          ${msg('Yes, clear them', { id: 'survey.clear-yes' })}
        </button>
        <button type="button" class="button-secondary" @click=${() => this.askClear(false)}>
          ${msg('No, keep them', { id: 'survey.clear-no' })}
        </button>
      </div>
    </div>`;
  }

  private async askClear(asking: boolean): Promise<void> {
    this.confirmingClear = asking;
    await this.updateComplete;
    const target = asking ? '[part="clear-answers-confirm"]' : '[part="clear-answers-button"]';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  private clearAnswers = (): void => {
    const key = this.draftKey;
    if (key) clearDraft(key);
    this.answers = emptyState();
    this.confirmingClear = false;
    this.form.reset();
    this.pageIndex = this.nearestShownPage(0, 1);
    this.focusHeading = true;
    this.dispatchEvent(new CustomEvent('family-change', { bubbles: true, composed: true, detail: { value: this.payload() } }));
  };

  private renderSurvey(survey: Survey): TemplateResult {
    const d = survey.definition;
    const done = ['sent', 'waitlisted', 'queued'].includes(this.submission.state);
    return html`<div class="intro">
        ${d.title ? html`<h2 part="title">${this.text(d.title)}</h2>` : nothing}
        ${d.description ? html`<p class="description">${this.text(d.description)}</p>` : nothing}
        ${d.anonymous
          ? html`<p class="anonymous-note">
              ${msg('This survey is anonymous: the form adds nothing that identifies you to your answers.', {
                id: 'survey.anonymous',
              })}
            </p>`
          : nothing}
      </div>
      ${this.renderSubmissionStatus()} ${done ? nothing : this.renderPage(survey)}`;
  }

  override render() {
    let body: TemplateResult | typeof nothing = nothing;
    if (this.failure) body = this.renderProblem(this.failure);
    // The question views could not load: nothing is lost, as no question was shown yet.
    else if (this.questions.failed) body = reloadNotice();
    else if (this.loading) body = html`<p role="status">${msg('Loading the survey…', { id: 'survey.loading' })}</p>`;
    else if (this.survey) body = this.renderSurvey(this.survey);
    return elementFrame(this, html`<div class="survey">${body}</div>`);
  }
}

define('family-survey', FamilySurvey);

declare global {
  interface HTMLElementTagNameMap {
    'family-survey': FamilySurvey;
  }
}
