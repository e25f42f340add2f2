import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { allLocales, dirOf, matchLocale } from './locales.js';
import { autonym, LANGUAGE_OFFERS } from './language-names.js';
import { getLocale, setLocale } from './localization.js';

/** The first supported language the browser prefers, if it is not the active one. */
function browserOffer(active: string): string | undefined {
  const preferred = (navigator.languages ?? [navigator.language])
    .map((l) => matchLocale(l))
    .find((l) => l !== undefined);
  return preferred && preferred !== active ? preferred : undefined;
}

function choose(event: Event): void {
  void setLocale((event.target as HTMLSelectElement).value);
}

/**
 * The language picker every element shows unless it has `no-language-picker`:
 * each language by its own name, plus a one-tap offer of the browser's
 * preferred language written in that language ("¿Español?"). A choice switches
 * every element on the page and is remembered.
 */
export function languagePicker(): TemplateResult {
  const active = getLocale();
  const offer = browserOffer(active);
  return html`<div class="language-picker" part="language-picker">
    ${offer
      ? html`<button
          type="button"
          class="button-link language-offer"
          lang=${offer}
          dir=${dirOf(offer)}
          @click=${() => setLocale(offer)}
        >
          ${LANGUAGE_OFFERS[offer] ?? autonym(offer)}
        </button>`
      : nothing}
    <label class="language-label">
      <span>${msg('Language', { id: 'picker.label' })}</span>
      <select class="language-select" @change=${choose}>
        ${allLocales.map(
          (l) => html`<option value=${l} lang=${l} ?selected=${l === active}>${autonym(l)}</option>`,
        )}
      </select>
    </label>
  </div>`;
}
