/** The lazily loaded submission pipeline (see pipeline.ts). */
export type Pipeline = typeof import('./pipeline.js');

let loading: Promise<Pipeline> | undefined;

/** The pipeline once it has loaded; callers that find it stay synchronous. */
export let loadedPipeline: Pipeline | undefined;

/**
 * Loads the pipeline once per page. A failed load (the device went offline
 * before the chunk arrived) is forgotten, so the next call tries again.
 */
export function loadPipeline(): Promise<Pipeline> {
  loading ??= import('./pipeline.js').then(
    (module) => (loadedPipeline = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
