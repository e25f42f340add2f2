/**
 * Everything the card checks with zod: a tip's content (`src`, `.tip`, inline
 * JSON) and the family's answers. The card loads this module with `import()`
 * when it connects (see LazyModule), so zod is not needed for its first render.
 */
import { msg } from '@lit/localize';
import { describeContentIssue, type ContentIssue } from '../../core/content-issues.js';
import type { ContentProblem } from '../../core/content-source.js';
import { tipSchema, type Tip } from './tip.schema.js';

export { tipFormErrors, tipPayload } from './tip-form.js';

const TIP_KEYS = Object.keys(tipSchema.shape);
const ENTRY_KEYS: Record<string, string[]> = { links: ['label', 'href'], glossary: ['term', 'meaning'] };

/**
 * Keys the schema does not know, by JSON path (`prompt`, `links.0.url`): they
 * are ignored, so a typo would otherwise silently drop a section.
 */
export function unknownTipKeys(data: unknown): string[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const record = data as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !TIP_KEYS.includes(key));
  for (const [list, keys] of Object.entries(ENTRY_KEYS)) {
    const entries = record[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: unknown, i) => {
      if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
        for (const key of Object.keys(entry)) if (!keys.includes(key)) unknown.push(`${list}.${i}.${key}`);
      }
    });
  }
  return unknown;
}

/** Validates tip content with the one tip schema; lists every problem by JSON path. */
export function parseTip(data: unknown): { tip: Tip } | { problems: ContentProblem[] } {
  const result = tipSchema.safeParse(data, { reportInput: true });
  const unknown = unknownTipKeys(data);
  if (unknown.length) {
    console.warn(`family-elements: <family-homework-tip> ignores unknown keys in the tip: ${unknown.join(', ')}`);
  }
  if (result.success) return { tip: result.data };
  return {
    problems: result.error.issues.map((issue) => ({
      path: issue.path.length ? issue.path.map(String).join('.') : msg('(the tip)', { id: 'tip.def.whole' }),
      problem: describeContentIssue(issue as ContentIssue),
    })),
  };
}

