/**
 * Stories import sample data as JSON modules (`import survey from
 * '../samples/surveys/….json'`), which Vite and Storybook understand. The test
 * server serves `.json` files as data (other tests fetch them), so only an
 * *import* of a `.json` file is marked (`?json-module`) and answered as an ES
 * module; a `fetch()` of the same file still gets the JSON.
 */
export function jsonModules() {
  const isModule = (context) => context.path.endsWith('.json') && 'json-module' in context.query;
  return {
    name: 'json-modules',
    resolveImport({ source }) {
      if (/^\.{0,2}\//.test(source) && source.endsWith('.json')) return `${source}?json-module`;
      return undefined;
    },
    resolveMimeType(context) {
      return isModule(context) ? 'js' : undefined;
    },
    transform(context) {
      if (!isModule(context)) return undefined;
      return { body: `export default ${context.body};` };
    },
  };
}
