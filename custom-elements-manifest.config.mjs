// custom-elements.json: attributes, properties, events, slots, CSS parts and
// custom properties of every element, from the JSDoc on the classes. It feeds
// Storybook's docs tables and editors' hints, and ships in the npm package.

/**
 * The elements declare their reactive properties in `static properties`
 * (decorators cost bytes on every family's phone). The analyzer reads that
 * object but treats `{ state: true }` entries as attributes; internal state is
 * neither an attribute nor part of the API, so this drops it from both lists.
 */
function litStateIsNotAnAttribute() {
  const statesByClass = new Map();
  return {
    name: 'lit-state-is-not-an-attribute',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties' && m.initializer,
      );
      if (!properties || !ts.isObjectLiteralExpression(properties.initializer)) return;
      const states = new Set();
      for (const entry of properties.initializer.properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
        const isState = entry.initializer.properties.some(
          (o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (isState) states.add(entry.name.getText());
      }
      statesByClass.set(node.name.getText(), states);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const states = statesByClass.get(declaration.name);
        if (!states?.size) continue;
        for (const member of declaration.members ?? []) if (states.has(member.name)) delete member.attribute;
        declaration.attributes = declaration.attributes?.filter((a) => !states.has(a.fieldName));
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/core/family-element.ts', 'src/core/submit/submitting-element.ts'],
  exclude: ['**/*.styles.ts', '**/*.schema.ts'],
  outdir: '.',
  litelement: true,
  // never rewrite package.json's customElements field (it names the published file)
  packagejson: false,
  plugins: [litStateIsNotAnAttribute()],
};
