import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { define } from '../../core/define.js';
import { elementFrame } from '../../core/element-frame.js';
import { LocaleController } from '../../core/i18n/locale-controller.js';
import { resolveText, type LocalizedText } from '../../core/i18n/localized-text.js';
import { plural } from '../../core/i18n/plural.js';
import { ThemeController } from '../../core/theme-controller.js';
import { formStyles } from '../../styles/form.styles.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './family-homework-tip.styles.js';
import type { Tip } from './tip.schema.js';

/**
 * A card a teacher puts next to an assignment: what the child is learning and
 * how a parent can help.
 *
 * @summary Homework that invites parents in.
 * @slot about - What the child is learning, when not given by `.tip`.
 * @slot steps - How a parent can help (an `<ol>`), when not given by `.tip`.
 * @slot prompts - Things to talk about together.
 * @slot materials - What the family needs.
 * @csspart base - The card's root box.
 * @csspart language-picker - The language picker.
 * @cssprop --family-color-primary - Buttons, links and focus.
 * @cssprop --family-color-text - Text colour.
 * @cssprop --family-color-surface - Background.
 * @cssprop --family-color-border - Borders of the card and inputs.
 * @cssprop --family-font - Font family (default: the page's).
 * @cssprop --family-radius - Corner radius.
 * @cssprop --family-space - Base spacing.
 * @cssprop --family-color-scheme - `light` (default), `dark` or `auto`.
 */
@localized()
export class FamilyHomeworkTip extends LitElement {
  static override styles = [tokens, formStyles, styles];

  /** The tip's id. */
  @property({ attribute: 'tip-id' }) tipId = '';
  /** School subject, e.g. "Math". */
  @property() subject = '';
  /** Grade, e.g. "3". */
  @property() grade = '';
  /** The tip's title (not `title`, a global attribute that would add a tooltip). */
  @property({ attribute: 'tip-title' }) tipTitle = '';
  /** Estimated minutes the activity takes. */
  @property({ type: Number }) minutes?: number;
  /** Hides the language picker. */
  @property({ type: Boolean, attribute: 'no-language-picker' }) noLanguagePicker = false;
  /** The whole tip as data; overrides the attributes. */
  @property({ attribute: false }) tip?: Tip;

  readonly localeController = new LocaleController(this);
  readonly themeController = new ThemeController(this);

  private get content(): Tip {
    return (
      this.tip ?? {
        id: this.tipId,
        subject: this.subject,
        grade: this.grade || undefined,
        title: this.tipTitle,
        minutes: this.minutes,
      }
    );
  }

  private text(value: LocalizedText | undefined) {
    const r = resolveText(value, this.localeController.locale);
    return html`<span lang=${r.lang ?? nothing} dir=${r.dir ?? nothing}>${r.text}</span>`;
  }

  override render() {
    const tip = this.content;
    const minutes = tip.minutes;
    return elementFrame(
      this,
      html`<article aria-labelledby="title">
        <h2 id="title">${this.text(tip.title)}</h2>
        <p class="meta">
          ${this.text(tip.subject)}${tip.grade !== undefined
            ? html` · ${msg(str`Grade ${tip.grade}`, { id: 'tip.grade' })}`
            : nothing}
          ${minutes
            ? html` ·
              ${plural(minutes, {
                one: () => msg(str`About ${minutes} minute`, { id: 'tip.minutes.one' }),
                two: () => msg(str`About ${minutes} minutes`, { id: 'tip.minutes.two' }),
                few: () => msg(str`About ${minutes} minutes`, { id: 'tip.minutes.few' }),
                many: () => msg(str`About ${minutes} minutes`, { id: 'tip.minutes.many' }),
                other: () => msg(str`About ${minutes} minutes`, { id: 'tip.minutes.other' }),
              })}`
            : nothing}
        </p>
        ${tip.about ? html`<p>${this.text(tip.about)}</p>` : html`<slot name="about"></slot>`}
        <h3>${msg('How you can help', { id: 'tip.steps' })}</h3>
        ${tip.steps?.length
          ? html`<ol>
              ${tip.steps.map((s) => html`<li>${this.text(s)}</li>`)}
            </ol>`
          : html`<slot name="steps"></slot>`}
      </article>`,
    );
  }
}

define('family-homework-tip', FamilyHomeworkTip);

declare global {
  interface HTMLElementTagNameMap {
    'family-homework-tip': FamilyHomeworkTip;
  }
}
