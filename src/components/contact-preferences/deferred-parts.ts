import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describedBy, fieldError, hasVisibleError, invalid, requiredMark, visibleErrorId } from '../../core/form/field-error.js';
import type { FormController } from '../../core/form/form-controller.js';
import { plural } from '../../core/i18n/plural.js';
import { matchingLanguages } from './language-search.js';
import type { Channel } from './preference-choices.js';

export { languageName } from '../../core/i18n/language-name.js';
export { ownName } from './language-search.js';

/*
 * The parts of the form its first screen can do without: each language's name
 * in the page's language and the search among them (the list shows every
 * language by its own name until then), a saved language the list does not
 * have (saved preferences wait for the checks, loaded at the same moment), and
 * what a family's choices bring (a chosen channel's rank with its "Move up" /
 * "Move down" buttons, the text-message consent, the field for another
 * language). The element loads this module with import() as it connects: it
 * is here moments after the first render, before the family chooses, without
 * weighing on the first load.
 */

/**
 * The languages listed for the family's search (the chosen one kept, a `saved`
 * one the list does not have added), and what the status says about them.
 */
export function languageSearch(
  query: string,
  locale: string,
  selected: string,
  saved: string,
): { codes: string[]; found: string } {
  // The kept choice is not a match: count only what the search found.
  const count = matchingLanguages(query, locale, undefined, saved).length;
  return {
    codes: matchingLanguages(query, locale, selected, saved),
    found: query
      ? plural(count, {
          zero: () => msg(str`${count} languages found`, { id: 'prefs.language.count.zero' }),
          one: () => msg(str`${count} language found`, { id: 'prefs.language.count.one' }),
          two: () => msg(str`${count} languages found`, { id: 'prefs.language.count.two' }),
          few: () => msg(str`${count} languages found`, { id: 'prefs.language.count.few' }),
          many: () => msg(str`${count} languages found`, { id: 'prefs.language.count.many' }),
          other: () => msg(str`${count} languages found`, { id: 'prefs.language.count.other' }),
        })
      : '',
  };
}

/** What a choice's follow-ups show and call back into, from the element. */
export interface FollowUpView {
  form: FormController;
  /** The chosen channels, in the family's order. */
  chosen: readonly Channel[];
  // channels.ts's rule is passed in rather than imported: a module imported by
  // both this chunk and the element's becomes a file of its own, one more
  // request on the first load.
  moveChannel(chosen: readonly Channel[], channel: Channel, by: -1 | 1): Channel[];
  /** A new ranking after a move: focus stays on the pressed button (`control`), and `said` is announced. */
  reorder(channel: Channel, next: Channel[], control: string, said: string): void;
  consentText: string;
  consentGiven: boolean;
  setConsent(given: boolean): void;
  languageOther: string;
  setLanguageOther(text: string): void;
}

/** A chosen channel's rank and its move buttons; `name` is the channel's label. */
export function rankControls(v: FollowUpView, channel: Channel, name: string): TemplateResult {
  const rank = v.chosen.indexOf(channel);
  const move = (by: -1 | 1) => {
    const next = v.moveChannel(v.chosen, channel, by);
    // At either end nothing moves and nothing re-renders: focus simply stays on the button.
    if (next.join() === v.chosen.join()) return;
    const position = next.indexOf(channel) + 1;
    const total = next.length;
    const said = msg(str`${name}: choice ${position} of ${total}.`, { id: 'prefs.channels.moved' });
    v.reorder(channel, next, by < 0 ? '.move-up' : '.move-down', said);
  };
  return html`<span class="rank">${msg(str`Choice ${rank + 1}`, { id: 'prefs.channels.rank' })}</span>
    <span class="move">
      <button
        type="button"
        class="move-up"
        part="move-button"
        aria-label=${msg(str`Move ${name} up`, { id: 'prefs.channels.up' })}
        aria-disabled=${rank === 0 ? 'true' : 'false'}
        @click=${() => move(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        class="move-down"
        part="move-button"
        aria-label=${msg(str`Move ${name} down`, { id: 'prefs.channels.down' })}
        aria-disabled=${rank === v.chosen.length - 1 ? 'true' : 'false'}
        @click=${() => move(1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </span>`;
}

/** The consent to text messages, with the exact words that are sent. */
export function smsConsent(v: FollowUpView): TemplateResult {
  return html`<div class="field consent ${hasVisibleError(v.form, 'smsConsent') ? 'invalid' : ''}" part="consent" data-field="smsConsent">
    ${fieldError(v.form, 'smsConsent')}
    <div class="choice">
      <input
        type="checkbox"
        id="sms-consent"
        .checked=${v.consentGiven}
        aria-invalid=${invalid(v.form, 'smsConsent')}
        aria-describedby=${describedBy(visibleErrorId(v.form, 'smsConsent'))}
        @change=${(e: Event) => v.setConsent((e.target as HTMLInputElement).checked)}
      />
      <label for="sms-consent">${v.consentText}</label>
    </div>
  </div>`;
}

/** The family's own words for a language the list does not have. */
export function otherLanguage(v: FollowUpView): TemplateResult {
  return html`<div class="field other-language ${hasVisibleError(v.form, 'languageOther') ? 'invalid' : ''}" data-field="languageOther">
    <label for="language-other-text">${msg('Which language?', { id: 'prefs.language.other-label' })} ${requiredMark()}</label>
    ${fieldError(v.form, 'languageOther')}
    <input
      id="language-other-text"
      type="text"
      dir="auto"
      autocomplete="off"
      maxlength="100"
      .value=${v.languageOther}
      aria-invalid=${invalid(v.form, 'languageOther')}
      aria-describedby=${describedBy(visibleErrorId(v.form, 'languageOther'))}
      @input=${(e: Event) => v.setLanguageOther((e.target as HTMLInputElement).value)}
      @blur=${() => v.form.blurred('languageOther')}
    />
  </div>`;
}
