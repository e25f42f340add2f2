/**
 * Autonyms of the languages districts most often serve: they never depend on
 * the viewer's locale. Names in the viewer's language are in language-name.ts,
 * which only the elements that list languages load.
 */
export const AUTONYMS: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Español',
  ar: 'العربية',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  vi: 'Tiếng Việt',
  pt: 'Português',
  ru: 'Русский',
  ht: 'Kreyòl ayisyen',
  so: 'Soomaali',
  hmn: 'Hmoob',
  ur: 'اردو',
  ko: '한국어',
  tl: 'Tagalog',
  fr: 'Français',
  am: 'አማርኛ',
  ne: 'नेपाली',
  my: 'မြန်မာ',
  sw: 'Kiswahili',
  uk: 'Українська',
  ps: 'پښتو',
  fa: 'فارسی',
  ti: 'ትግርኛ',
  km: 'ខ្មែរ',
  ja: '日本語',
  hi: 'हिन्दी',
  bn: 'বাংলা',
  pa: 'ਪੰਜਾਬੀ',
  pl: 'Polski',
  yue: '粵語',
};

/** Language codes in the order a district's language list offers them. */
export const COMMON_LANGUAGES = Object.keys(AUTONYMS);

/** "¿Español?": how the picker offers a language, in that language. */
export const LANGUAGE_OFFERS: Readonly<Record<string, string>> = {
  en: 'English?',
  es: '¿Español?',
  ar: 'العربية؟',
  'zh-Hans': '简体中文？',
  'zh-Hant': '繁體中文？',
  vi: 'Tiếng Việt?',
  pt: 'Português?',
  ru: 'Русский?',
  ht: 'Kreyòl ayisyen?',
  so: 'Soomaali?',
};

export function autonym(code: string): string {
  return AUTONYMS[code] ?? code;
}
