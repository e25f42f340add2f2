/** The theme toolbar's choices; each is a class in themes.css that sets only --family-* properties. */
export const THEMES = {
  default: 'Default',
  'high-contrast': 'High contrast',
  dark: 'Dark',
  district: 'District brand (example)',
} as const;
