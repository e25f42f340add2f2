/** The library version, kept equal to package.json (a test checks it). */
export const version = '0.1.0';
