import { AUTONYMS } from './language-names.js';
import { intlHasLocale } from './intl-has-locale.js';

/**
 * Names of languages in the viewer's language: from `Intl.DisplayNames` where
 * the browser has data for the viewer's locale, and from the tables below where
 * it does not (Somali and Haitian Creole in Chromium: it silently answers in
 * English). The `so` and `ht` tables are machine-made and awaiting review (README).
 */
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
