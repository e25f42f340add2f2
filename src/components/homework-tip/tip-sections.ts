import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { autonym } from '../../core/i18n/language-names.js';
import { dirOf } from '../../core/i18n/locales.js';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import type { ResolvedText } from '../../core/i18n/resolve-text.js';
import { adoptLater } from '../../styles/adopt-later.js';
import { safeHref } from './safe-href.js';
import { sectionStyles } from './tip-sections.styles.js';
import { defaultLanguage, tipLanguages } from './tip-languages.js';
import type { Tip } from './tip.schema.js';

/*
 * What only a tip given as data (`src`, `.tip`, inline JSON) can hold: the
 * glossary, the links, and the switch for the card's own language (a tip
 * written in several). The attributes hold none of them, and a tip given as
 * data shows only once its checks (tip-checks.ts) have read it, so the card
 * loads this module with them, with import(): the display card from
 * attributes never needs it.
 */

/** What the sections show and call back into, from the card. */
export interface TipSectionsView {
  tip: Tip;
  /** Content text in the card's content language, with `lang`/`dir` when it differs from the page's. */
  resolve(value: LocalizedText | undefined): ResolvedText;
  /** What relative links resolve against: the tip file, else the page. */
  base: string;
  /** The page's UI locale. */
  locale: string;
  /** The card's own content language, when the family switched it away from the page's. */
  contentLanguage: string | undefined;
  setContentLanguage(lang: string | undefined): void;
  /** The card's shadow root, which the switch gives its styles. */
  root: ShadowRoot;
}

export function glossary(v: TipSectionsView): TemplateResult | typeof nothing {
  if (!v.tip.glossary?.length) return nothing;
  return html`<section class="glossary" aria-labelledby="glossary-heading">
    <h3 id="glossary-heading">${msg('Words to know', { id: 'tip.glossary' })}</h3>
    <dl part="glossary">
      ${v.tip.glossary.map((entry) => {
        const term = v.resolve(entry.term);
        const meaning = v.resolve(entry.meaning);
        return html`<dt lang=${term.lang ?? nothing} dir=${term.dir ?? nothing}>${term.text}</dt>
          <dd lang=${meaning.lang ?? nothing} dir=${meaning.dir ?? nothing}>${meaning.text}</dd>`;
      })}
    </dl>
  </section>`;
}

export function links(v: TipSectionsView): TemplateResult | typeof nothing {
  const shown = (v.tip.links ?? []).flatMap((link) => {
    const href = safeHref(link.href, v.base);
    return href ? [{ href, label: v.resolve(link.label) }] : [];
  });
  if (!shown.length) return nothing;
  return html`<section class="links" aria-labelledby="links-heading">
    <h3 id="links-heading">${msg('Learn more', { id: 'tip.links' })}</h3>
    <ul>
      ${shown.map(
        ({ href, label }) =>
          html`<li><a href=${href} lang=${label.lang ?? nothing} dir=${label.dir ?? nothing}>${label.text}</a></li>`,
      )}
    </ul>
  </section>`;
}

/** The switch for the card's own language, when the tip is written in several. */
export function contentLanguageSwitch(v: TipSectionsView): TemplateResult | typeof nothing {
  const languages = tipLanguages(v.tip);
  if (languages.length < 2) return nothing;
  adoptLater(v.root, sectionStyles);
  const followed = defaultLanguage(languages, v.locale);
  const shown = v.contentLanguage ?? followed;
  // Choosing the language the page would show anyway follows the page again.
  const showIn = (lang: string) => v.setContentLanguage(lang === followed ? undefined : lang);
  return html`<div class="content-language no-print" part="content-language" role="group" aria-labelledby="content-language-label">
    <span id="content-language-label">${msg('Show this tip in:', { id: 'tip.content-language' })}</span>
    ${languages.map(
      (lang) => html`<button
        type="button"
        lang=${lang}
        dir=${dirOf(lang)}
        aria-pressed=${lang === shown ? 'true' : 'false'}
        @click=${() => showIn(lang)}
      >
        ${autonym(lang)}
      </button>`,
    )}
  </div>`;
}
