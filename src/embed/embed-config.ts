/**
 * Which query parameters `dist/embed.html` passes on, and which URLs it accepts.
 * Pure, so it can be tested without a page.
 */
export const EMBEDDABLE = [
  'family-survey',
  'family-event-rsvp',
  'family-contact-preferences',
  'family-homework-tip',
  'family-course-catalog',
] as const;

const SHARED = ['endpoint', 'method', 'format', 'credentials', 'timeout', 'form-id', 'lang', 'no-language-picker', 'src'];
const OWN: Record<string, string[]> = {
  'family-survey': ['no-draft'],
  'family-event-rsvp': ['event-id', 'event-title', 'start', 'end', 'time-zone', 'location', 'description', 'capacity', 'remaining', 'opens', 'closes', 'ask'],
  'family-contact-preferences': ['channels', 'default-country'],
  'family-homework-tip': ['tip-id', 'subject', 'grade', 'tip-title', 'minutes'],
  'family-course-catalog': [],
};
/** URL-valued parameters: only the embed page's own origin or the allowlist. */
const URL_PARAMS = ['endpoint', 'src'];

/** Theme query parameters (`?theme-color-primary=%23005a4c`) → `--family-color-primary`. */
const THEME_PREFIX = 'theme-';
const THEME_VALUE = /^[#\w\s.,%()'"-]{1,80}$/;

export interface EmbedConfig {
  allowedOrigins?: string[];
  theme?: Record<string, string>;
}

export type EmbedPlan =
  | { ok: true; tag: string; attributes: [string, string][]; theme: [string, string][] }
  | { ok: false; problem: 'element' | 'url'; detail: string };

export function planEmbed(query: URLSearchParams, pageUrl: string, config: EmbedConfig): EmbedPlan {
  const tag = query.get('element') ?? '';
  if (!(EMBEDDABLE as readonly string[]).includes(tag)) return { ok: false, problem: 'element', detail: tag };
  const here = new URL(pageUrl).origin;
  const allowed = new Set([here, ...(config.allowedOrigins ?? []).map((o) => new URL(o).origin)]);
  const names = [...SHARED, ...(OWN[tag] ?? [])];
  const attributes: [string, string][] = [];
  for (const name of names) {
    const value = query.get(name);
    if (value === null) continue;
    if (URL_PARAMS.includes(name)) {
      let url: URL;
      try {
        url = new URL(value, pageUrl);
      } catch {
        return { ok: false, problem: 'url', detail: value };
      }
      if (!/^https?:$/.test(url.protocol) || !allowed.has(url.origin)) return { ok: false, problem: 'url', detail: value };
      attributes.push([name, url.href]);
    } else {
      attributes.push([name, value]);
    }
  }
  const theme: [string, string][] = [];
  const fromConfig = Object.entries(config.theme ?? {});
  const fromQuery = [...query.entries()].filter(([k]) => k.startsWith(THEME_PREFIX)).map(([k, v]) => [k.slice(THEME_PREFIX.length), v] as [string, string]);
  for (const [name, value] of [...fromConfig, ...fromQuery]) {
    if (/^[a-z-]+$/.test(name) && THEME_VALUE.test(value)) theme.push([`--family-${name}`, value]);
  }
  return { ok: true, tag, attributes, theme };
}
