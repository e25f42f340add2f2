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
