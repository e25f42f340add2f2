import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { loadedPipeline, loadPipeline } from '../submit/load-pipeline.js';
import { fieldErrorId } from './field-error.js';
import { fieldContainer } from './field-lookup.js';
import type { FormController } from './form-controller.js';

/**
 * The GOV.UK error summary: "There is a problem" and one link per visible
 * error, in the words shown at the field. Shown after a failed submit (or a
 * server's field errors), when the controller focuses it; `role="alert"`
 * makes sure it is announced even where focus alone is not. A link moves
 * focus to its field by script.
 *
 * How a link finds the control to focus (focus-field.ts) and the summary's
 * look (feedback.styles.ts) come with the submission pipeline, which every
 * form loads after its first render; the controller waits for it before it
 * focuses the summary.
 */
export function errorSummary(form: FormController, root: ShadowRoot | null): TemplateResult | typeof nothing {
  if (!form.summaryVisible) return nothing;
  if (root) loadedPipeline?.adoptFeedbackStyles(root);
  const follow = async (event: Event, path: string) => {
    event.preventDefault(); // the page's URL and hash (e.g. the catalog's state) stay as they are
    const target = root ?? (event.currentTarget as Element).getRootNode();
    const container = target instanceof ShadowRoot || target instanceof Document ? fieldContainer(target, path) : null;
    if (container) (loadedPipeline ?? (await loadPipeline().catch(() => undefined)))?.focusField(container);
  };
  return html`<div
    class="error-summary"
    part="error-summary"
    data-error-summary
    tabindex="-1"
    role="alert"
    aria-labelledby="family-error-summary-title"
  >
    <h2 class="error-summary-title" id="family-error-summary-title">
      ${msg('There is a problem', { id: 'form.summary.title' })}
    </h2>
    <ul class="error-summary-list">
      ${Object.entries(form.visibleErrors).map(
        ([path, message]) =>
          html`<li><a href="#${fieldErrorId(path)}" @click=${(event: Event) => follow(event, path)}>${message}</a></li>`,
      )}
    </ul>
  </div>`;
}
