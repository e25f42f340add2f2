import { basename } from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import type { Options as MinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultMinifyOptions, defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { defineConfig } from 'vite';
import { elements } from './elements.config.mjs';
import { parallelImports } from './scripts/vite-parallel-imports';

// A css`` fragment that is only declarations (the dark tokens interpolated into
// two rules) is not a stylesheet LightningCSS can parse: minify it inside a rule.
const minifyCSS = defaultStrategy.minifyCSS!.bind(defaultStrategy);
export const minifyOptions: MinifyOptions = {
  strategy: {
    ...defaultStrategy,
    minifyCSS: (css: string, options?: object) =>
      css.includes('{') ? minifyCSS(css, options) : minifyCSS(`x{${css}}`, options).replace(/^x\{([^]*)\}$/, '$1'),
  },
  // Conservative collapse keeps one space where the source had any, so text
  // beside a binding (`${n} courses`) renders as written.
  minifyOptions: { ...defaultMinifyOptions, conservativeCollapse: true } as never,
};

/**
 * The browser build (CONTRACT.md §1): every entry in ONE build with code
 * splitting and no externals, so `dist/family-elements.js` and any mix of
 * `dist/components/<tag>.js` share `dist/chunks/` — one Lit, one locale state,
 * one outbox — and each locale is its own lazily loaded `dist/locales/<locale>.js`.
 */
export default defineConfig({
  // Lit's html`` and css`` templates keep the source's indentation and comments
  // through the JS minifier; collapsing them saves what nobody reads.
  plugins: [
    minifyHtmlLiterals({
      include: ['src/**/*.ts'],
      failOnError: true,
      options: minifyOptions,
    }),
    parallelImports(),
  ],
  // embed.html, its stylesheet and the allowlist the district edits, copied as they are
  publicDir: 'src/embed/public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    sourcemap: true,
    // Built as a library: an application build wraps every import() in Vite's
    // preload helper, which this build (modulePreload off, chunks that import
    // their own dependencies) never uses.
    lib: {
      entry: {
        'family-elements': 'src/index.ts',
        'family-elements-autoloader': 'src/autoloader.ts',
        embed: 'src/embed/embed.ts',
        'embed-resizer': 'src/embed/embed-resizer.ts',
        ...Object.fromEntries(Object.entries(elements).map(([tag, entry]) => [`components/${tag}`, entry])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        minify: true,
        entryFileNames: '[name].js',
        // What every element needs (Lit, the localize runtime and locale state, the
        // FamilyElement base, with all they import) in one chunk, with the few small
        // helpers most elements share (their own files would cost more than they
        // weigh) and the helper that applies @localized() (a file of its own, as it
        // was, cost every entry another request and about 0.1 kB gzip). Then the form
        // machinery (the SubmittingElement base, the form and submit controllers, the
        // status view, with what they import) in a second chunk, which the homework
        // tip loads with import() only once it has an endpoint or a transport, and
        // the course catalog with its registration as it connects. The runtime
        // group comes first, so Lit and the locale state stay in it: one of each
        // per page. Left to itself the splitter makes many small chunks of these,
        // as the lazily loaded checks and pipeline share parts.
        codeSplitting: {
          groups: [
            {
              name: 'runtime',
              test: /[\\/]helpers[\\/]esm[\\/]decorate\.js$|src[\\/]core[\\/](family-element|i18n[\\/](plural|resolve-text|marked-text)|element-frame|define|inline-json|lazy-module|content-source)\.ts$/,
            },
            {
              name: 'forms',
              test: /src[\\/]core[\\/](submit[\\/]submitting-element|form[\\/](form-controller|error-summary|field-error|honeypot))\.ts$/,
            },
            // The contact preferences' choices (preference-choices.ts) are shared by its
            // element and its lazily loaded checks: left to itself the splitter gives them
            // a file of their own, one more request up front (0.1 kB gzip more). With the
            // element, they are already there when the checks load. The group takes what
            // the element imports statically and no group above holds: only its own files
            // today (a shared module landing here would tie other entries to this chunk).
            {
              name: 'family-contact-preferences',
              test: /src[\\/]components[\\/]contact-preferences[\\/](family-contact-preferences|preference-choices)\.ts$/,
            },
            // The notice for a part that could not be loaded, which the survey and the catalog
            // share: a file of its own, as in the runtime it would weigh on every element.
            {
              name: 'reload-notice',
              test: /src[\\/]core[\\/]reload-notice\.ts$/,
            },
            // Likewise the catalog's default view (catalog-view.ts), which its element and its lazily
            // loaded course list share: with the element, not a file of its own.
            {
              name: 'family-course-catalog',
              test: /src[\\/]components[\\/]course-catalog[\\/](family-course-catalog|catalog-view)\.ts$/,
            },
          ],
        },
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
