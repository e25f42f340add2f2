import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A module an element needs soon after it connects but not for its first
 * render: its zod checks (content files, the family's answers). zod is about a
 * third of an element's weight, so it is loaded with `import()` when the
 * element connects (or as soon as `wanted()` says the element needs it), in
 * parallel with the element's own `src`; `module` is set from then on for
 * synchronous callers, and the host renders again once it is here. A failed
 * load (offline before the chunk arrived) sets `failed` and renders the host
 * again, so an element that shows nothing without the module can say so
 * (reloadNotice); the next update or `ready()` tries again. Chromium then
 * fetches the chunk again; Firefox keeps a failed `import()` for the page's
 * lifetime, so there only a reload brings it.
 */
export class LazyModule<M> implements ReactiveController {
  /** The module once it has loaded. */
  module?: M;
  /** The last try to load it failed, and none has succeeded since. */
  failed = false;
  private loading?: Promise<M>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<M>,
    /** Whether the element needs the module now (a display-only element may never need it). */
    readonly wanted: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.loadIfWanted();
  }

  hostUpdate(): void {
    this.loadIfWanted();
  }

  private loadIfWanted(): void {
    if (!this.module && !this.loading && this.wanted()) void this.ready().catch(() => undefined);
  }

  /** The module, loading it if needed. */
  ready(): Promise<M> {
    if (this.module) return Promise.resolve(this.module);
    this.loading ??= this.load().then(
      (module) => {
        this.module = module;
        this.failed = false;
        this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.loading = undefined;
        // Only the first failure renders again: its update tries once more, and a
        // failure of that try must not start another update (a loop while offline).
        if (!this.failed) {
          this.failed = true;
          this.host.requestUpdate();
        }
        throw error;
      },
    );
    return this.loading;
  }
}
