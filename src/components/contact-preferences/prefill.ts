import { msg, str } from '@lit/localize';
import * as z from 'zod/mini';
import { describeContentIssue, type ContentIssue } from '../../core/content-issues.js';
import { COMMON_LANGUAGES } from '../../core/i18n/language-names.js';
import { formatPhone } from './phone.js';
import { TOPICS, type BestTime, type Channel, type Frequency, type Topic } from './preference-choices.js';
import { preferencesSchema, type Preferences, type SmsConsent } from './preferences.schema.js';

/** One problem of a prefill value, for the webmaster: where and what. */
export interface PrefillProblem {
  path: string;
  problem: string;
}

export interface PrefillResult {
  /** The fields that are usable on their own. */
  value: Partial<Preferences>;
  /** Empty when the whole value is valid. */
  problems: PrefillProblem[];
}

const shape = preferencesSchema.shape;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
type Key = keyof typeof shape;

/**
 * Reads saved preferences (from `.value` or `src`) with the payload schema.
 * A portal's saved record may fail a rule today (say, `sms` saved before the
 * consent text existed): every field that is valid on its own is still shown,
 * so the family only fixes what is missing, and the webmaster hears about the rest.
 */
export function readPrefill(raw: unknown): PrefillResult {
  // Emergencies are always on: a record saved without them (an older form) simply gets them back.
  const input =
    isRecord(raw) && Array.isArray(raw['topics']) && !raw['topics'].includes('emergencies')
      ? { ...raw, topics: [...raw['topics'], 'emergencies'] }
      : raw;
  // reportInput: the wording tells a wrong type from a missing value
  const whole = z.safeParse(preferencesSchema, input, { reportInput: true });
  if (whole.success) return { value: whole.data, problems: [] };
  const problems = whole.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || msg('(the saved preferences)', { id: 'prefs.def.whole' }),
    problem: describeContentIssue(issue as ContentIssue),
  }));
  if (!isRecord(input)) return { value: {}, problems };
  const value: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as Key[]) {
    const field = input[key];
    if (field === undefined) continue;
    const one = z.safeParse(shape[key], field);
    if (one.success) value[key] = one.data;
  }
  return { value: value as Partial<Preferences>, problems };
}

/** What the webmaster is told about the saved preferences readPrefill left out. */
export function prefillProblemsMessage(problems: readonly PrefillProblem[]): string {
  const details = problems.map((p) => `${p.path}: ${p.problem}`).join('; ');
  return msg(str`Some saved preferences are not valid and were left out: ${details}`, { id: 'prefs.prefill.invalid' });
}

/** What the form's fields show, named as the element's own state (it assigns them all at once). */
export interface PrefilledForm {
  chosen: Channel[];
  language: string;
  /** The saved language, offered in the list beside the common ones when it is not one of them. */
  savedLanguage: string;
  languageOther: string;
  interpreter: boolean;
  times: BestTime[];
  topics: Topic[];
  frequency: Frequency;
  quietStart: string;
  quietEnd: string;
  phoneText: string;
  emailText: string;
  consent: SmsConsent | undefined;
}

/**
 * A saved language tag as the list writes it: tags ignore case, so a saved `ES`
 * or `zh-hant` is the list's `es` or `zh-Hant`; any other tag (`de`, `es-MX`) stays as saved.
 */
function listedCase(language: string): string {
  return COMMON_LANGUAGES.find((code) => code.toLowerCase() === language.toLowerCase()) ?? language;
}

/** The form showing saved preferences read by readPrefill: what is missing shows as on a fresh form. */
export function prefilledForm(value: Partial<Preferences>): PrefilledForm {
  const language = listedCase(value.language ?? '');
  return {
    chosen: value.channels ?? [],
    language,
    savedLanguage: language,
    languageOther: value.languageOther ?? '',
    interpreter: value.interpreter ?? false,
    times: value.times ?? [],
    topics: value.topics ? [...new Set<Topic>([...value.topics, 'emergencies'])] : [...TOPICS],
    frequency: value.frequency ?? 'instant',
    quietStart: value.quietHours?.start ?? '',
    quietEnd: value.quietHours?.end ?? '',
    phoneText: value.phone ? formatPhone(value.phone) : '',
    emailText: value.email ?? '',
    consent: value.smsConsent,
  };
}
