// custom-elements.json: attributes, properties, events, slots, CSS parts and
// custom properties of every element, from the JSDoc on the classes. It feeds
// Storybook's docs tables and editors' hints, and ships in the npm package.
export default {
  globs: ['src/components/**/*.ts', 'src/core/submit/submitting-element.ts'],
  exclude: ['**/*.styles.ts', '**/*.schema.ts'],
  outdir: '.',
  litelement: true,
  // never rewrite package.json's customElements field (it names the published file)
  packagejson: false,
};
