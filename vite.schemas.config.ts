import { defineConfig } from 'vite';

/**
 * The zod schemas for the reference receiver (server/): one plain ES module
 * with zod bundled in, so the server validates with exactly the schemas the
 * browser uses without compiling TypeScript or depending on zod itself.
 * Not minified: backend developers read it when a submission is refused.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'server/lib',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: 'src/schemas.ts',
      formats: ['es'],
      fileName: () => 'schemas.js',
    },
  },
});
