import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * What an element says in place of the part it loads with `import()` as it
 * connects (the survey's questions, the catalog's course list, the RSVP's
 * event view, the checks of a tip given as data) when that part could not be
 * loaded (LazyModule's `failed`): the device went offline just after the page
 * loaded.
 * The button reloads the page: asking again is not enough everywhere, as
 * Firefox keeps a failed `import()` for the page's lifetime. It comes in the
 * element's `problem` part, in the box of the element's look (`boxClass`).
 */
export function reloadNotice(boxClass = 'problem'): TemplateResult {
  return html`<div class=${boxClass} part="problem" role="alert">
    <p>
      ${msg('This part of the page could not be loaded. Check the connection, then reload the page.', {
        id: 'views-failed.message',
      })}
    </p>
    <button type="button" class="button-secondary" @click=${() => location.reload()}>
      ${msg('Reload the page', { id: 'views-failed.reload' })}
    </button>
  </div>`;
}
