/**
 * Language names for the languages districts most often serve. Autonyms always
 * come from this table (they never depend on the viewer's locale); names in the
 * viewer's language come from `Intl.DisplayNames` where the browser has data
 * for the viewer's locale, and from the tables below where it does not
 * (Somali and Haitian Creole in Chromium: it silently answers in English).
 * The `so` and `ht` tables are machine-made and awaiting review (README).
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

const NAMES_WITHOUT_INTL: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  so: {
    en: 'Ingiriisi', es: 'Isbaanish', ar: 'Carabi', 'zh-Hans': 'Shiinaha (la fududeeyay)',
    'zh-Hant': 'Shiinaha (dhaqameed)', vi: 'Fiitnaamiis', pt: 'Boortaqiis', ru: 'Ruush',
    ht: 'Kiriyoolka Haiti', so: 'Soomaali', hmn: 'Hmong', ur: 'Urduu', ko: 'Kuuriyaan',
    tl: 'Tagaalog', fr: 'Faransiis', am: 'Axmaari', ne: 'Nebaali', my: 'Burmiis',
    sw: 'Sawaaxili', uk: 'Yukreeniyaan', ps: 'Bashtuu', fa: 'Faarisi', ti: 'Tigrinya',
    km: 'Kamboodiyaan', ja: 'Jabbaaniis', hi: 'Hindi', bn: 'Bangaali', pa: 'Bunjaabi',
    pl: 'Boolish', yue: 'Kantoonis',
  },
  ht: {
    en: 'Angle', es: 'Panyòl', ar: 'Arab', 'zh-Hans': 'Chinwa (senplifye)',
    'zh-Hant': 'Chinwa (tradisyonèl)', vi: 'Vyetnamyen', pt: 'Pòtigè', ru: 'Ris',
    ht: 'Kreyòl ayisyen', so: 'Somali', hmn: 'Mong', ur: 'Oudou', ko: 'Koreyen',
    tl: 'Tagalòg', fr: 'Franse', am: 'Amarik', ne: 'Nepali', my: 'Bimani', sw: 'Swahili',
    uk: 'Ikrenyen', ps: 'Pachto', fa: 'Pèsan', ti: 'Tigrinya', km: 'Kmè', ja: 'Japonè',
    hi: 'Hindi', bn: 'Bengali', pa: 'Penjabi', pl: 'Polonè', yue: 'Kantonè',
  },
};

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

/** Whether the browser's `Intl` really has data for `locale` (it silently falls back to English otherwise). */
export function intlHasLocale(
  locale: string,
  api: { supportedLocalesOf(locales: string[]): string[] } = Intl.DisplayNames,
): boolean {
  try {
    return api.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

/** The name of `code` in the viewer's `locale`; the autonym when neither Intl nor the tables know it. */
export function languageName(code: string, locale: string): string {
  const table = NAMES_WITHOUT_INTL[locale.split('-')[0] ?? ''];
  if (table && !intlHasLocale(locale)) return table[code] ?? AUTONYMS[code] ?? code;
  if (intlHasLocale(locale)) {
    try {
      const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code);
      if (name && name !== code) return name;
    } catch {
      // an invalid code: fall through to the autonym
    }
  }
  return AUTONYMS[code] ?? code;
}

export function autonym(code: string): string {
  return AUTONYMS[code] ?? code;
}
