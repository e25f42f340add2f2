/**
 * dist/embed.html's script: renders one element from the query string, for CMS
 * editors that strip `<script>` or custom tags (CONTRACT.md §1), and reports the
 * page's height to the parent for dist/embed-resizer.js.
 */
import { msg, str } from '@lit/localize';
import '../index.js';
import { ensureLocale } from '../core/i18n/localization.js';
import { planEmbed, type EmbedConfig } from './embed-config.js';

const RESIZE = 'family-elements:resize';

async function loadConfig(): Promise<EmbedConfig> {
  try {
    const response = await fetch(new URL(/* @vite-ignore */ './embed.config.json', import.meta.url));
    return response.ok ? ((await response.json()) as EmbedConfig) : {};
  } catch {
    return {};
  }
}

function showProblem(container: HTMLElement, text: string): void {
  const p = document.createElement('p');
  p.className = 'embed-error';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  container.replaceChildren(p);
}

function reportHeight(): void {
  // the body's own height: the document's scrollHeight never shrinks below the iframe's current height
  const send = () =>
    parent.postMessage({ type: RESIZE, height: Math.ceil(document.body.getBoundingClientRect().bottom + scrollY) }, '*');
  new ResizeObserver(send).observe(document.body);
  send();
}

const container = document.getElementById('embed')!;
const query = new URLSearchParams(location.search);
const plan = planEmbed(query, location.href, await loadConfig());
if (query.get('lang')) document.documentElement.lang = query.get('lang')!;
if (!plan.ok) {
  await ensureLocale(container);
  showProblem(
    container,
    plan.problem === 'element'
      ? msg(str`This embed link names no element family-elements knows ("${plan.detail}").`, { id: 'embed.unknown-element' })
      : msg(str`This embed link points to an address that is not allowed: ${plan.detail}. Only this site and the sites in embed.config.json may receive answers.`, {
          id: 'embed.url-not-allowed',
        }),
  );
} else {
  const el = document.createElement(plan.tag);
  for (const [name, value] of plan.attributes) el.setAttribute(name, value);
  for (const [name, value] of plan.theme) document.documentElement.style.setProperty(name, value);
  container.replaceChildren(el);
}
reportHeight();
