import { basename } from 'node:path';
import { defineConfig } from 'vite';
import { elements } from './elements.config.mjs';

/**
 * The browser build (CONTRACT.md §1): every entry in ONE build with code
 * splitting and no externals, so `dist/family-elements.js` and any mix of
 * `dist/components/<tag>.js` share `dist/chunks/` — one Lit, one locale state,
 * one outbox — and each locale is its own lazily loaded `dist/locales/<locale>.js`.
 */
export default defineConfig({
  // embed.html, its stylesheet and the allowlist the district edits, copied as they are
  publicDir: 'src/embed/public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    sourcemap: true,
    rolldownOptions: {
      input: {
        'family-elements': 'src/index.ts',
        embed: 'src/embed/embed.ts',
        'embed-resizer': 'src/embed/embed-resizer.ts',
        ...Object.fromEntries(Object.entries(elements).map(([tag, entry]) => [`components/${tag}`, entry])),
      },
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: (chunk) => {
          const locale = chunk.moduleIds.find((id) => id.includes('/src/locales/'));
          return locale && chunk.moduleIds.length === 1
            ? `locales/${basename(locale).replace(/\.ts$/, '')}.js`
            : 'chunks/[name]-[hash].js';
        },
      },
    },
  },
});
