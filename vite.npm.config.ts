import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig } from 'vite';
import { elements } from './elements.config.mjs';
import { minifyOptions } from './vite.config.js';

/**
 * The npm build for bundler users: ES modules with `lit` and `zod` left as
 * ordinary dependencies, and our own copy of the `@lit/localize` runtime inside
 * (its `configureLocalization` works once per module instance and `msg` is
 * global: sharing a host app's copy would clash with its own localization).
 */
export default defineConfig({
  // Readable JS for bundler users, but the templates' indentation and comments
  // would only be shipped on to their users: collapse them as in the browser build.
  plugins: [minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true, options: minifyOptions })],
  build: {
    outDir: 'dist/npm',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        ...Object.fromEntries(Object.keys(elements).map((tag) => [tag, elements[tag]!])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^zod(\/|$)/, /^idb-keyval(\/|$)/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js', entryFileNames: '[name].js' },
    },
  },
});
