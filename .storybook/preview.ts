import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { allLocales } from '../src/core/i18n/locales.js';
import { autonym } from '../src/core/i18n/language-names.js';
import { setLocale } from '../src/core/i18n/localization.js';
import { THEMES } from '../stories/themes.js';
import '../stories/themes.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of every element',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: allLocales.map((l) => ({ value: l, title: autonym(l) })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme: only --family-* custom properties',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'default' },
  decorators: [
    (story, { globals }) => {
      void setLocale(String(globals.locale ?? 'en'), { remember: false });
      return html`<div class="story-theme theme-${globals.theme ?? 'default'}">${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error', options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } } },
  },
};
export default preview;
