import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_VIEW, type CatalogView } from './catalog-view.js';
import { decodeHash, encodeHash, isOwnHash } from './hash-state.js';

/** How long the search box must rest before its text goes into the URL: one history write per pause, not per key. */
export const TYPING_HASH_DELAY_MS = 300;

export interface HashSyncOptions {
  formId: () => string;
  /** The view now shown. */
  view: () => CatalogView;
  /** Shows a view restored from the URL (load, Back, Forward). */
  apply: (view: CatalogView) => void;
}

/**
 * Keeps the catalog's view in the URL hash (CONTRACT.md §3) and in the
 * history entry's state. The state copy is what lets Back work across entries
 * whose hash is not ours: a page anchor the family followed, or the page as it
 * was before the first filter. Other hashes are never rewritten unless the
 * family changes the view.
 */
export class HashSync implements ReactiveController {
  private lastWasTyping = false;
  /** The view typed into the search box, not yet in the URL. */
  private typed?: CatalogView;
  private typedTimer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: HashSyncOptions,
  ) {
    host.addController(this);
  }

  private get stateKey(): string {
    return `family-course-catalog:${this.options.formId()}`;
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onNavigate);
    window.addEventListener('hashchange', this.onNavigate);
    this.onNavigate();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onNavigate);
    window.removeEventListener('hashchange', this.onNavigate);
    this.flush();
  }

  /** The view as the URL and history give it, if they say anything about this catalog. */
  private fromHistory(): CatalogView | undefined {
    const formId = this.options.formId();
    const fromHash = decodeHash(formId, location.hash);
    if (fromHash) return fromHash;
    const state: unknown = history.state;
    if (state && typeof state === 'object' && this.stateKey in state) {
      const stored = (state as Record<string, unknown>)[this.stateKey];
      return (typeof stored === 'string' && decodeHash(formId, stored)) || { ...DEFAULT_VIEW };
    }
    return undefined;
  }

  private readonly onNavigate = (): void => {
    // The family went Back (or followed a link) before the typed text reached the URL: where they went wins.
    clearTimeout(this.typedTimer);
    this.typed = undefined;
    this.lastWasTyping = false;
    const view = this.fromHistory();
    if (view) this.options.apply(view);
    else this.stamp(); // a page anchor, or the first visit: remember what is shown for Back
  };

  private stateWith(view: CatalogView): unknown {
    const current: unknown = history.state;
    // Someone else's non-object state (a router's string) is left as it is.
    if (current !== null && current !== undefined && typeof current !== 'object') return current;
    return { ...(current as object | null), [this.stateKey]: encodeHash(this.options.formId(), view) };
  }

  private stamp(): void {
    history.replaceState(this.stateWith(this.options.view()), '', location.href);
  }

  /**
   * Records a view the family chose. A run of keystrokes in the search box
   * shares one history entry, written once the typing pauses; every other
   * change is an entry of its own, written at once (after any typed text).
   */
  write(view: CatalogView, { typing = false } = {}): void {
    clearTimeout(this.typedTimer);
    if (typing) {
      this.typed = view;
      this.typedTimer = setTimeout(() => this.flush(), TYPING_HASH_DELAY_MS);
      return;
    }
    this.flush();
    this.record(view, false);
  }

  /** Writes the typed view now, if one is waiting. */
  private flush(): void {
    clearTimeout(this.typedTimer);
    const typed = this.typed;
    this.typed = undefined;
    if (typed) this.record(typed, true);
  }

  private record(view: CatalogView, typing: boolean): void {
    const formId = this.options.formId();
    const hash = encodeHash(formId, view);
    const base = location.pathname + location.search;
    const url = hash ? base + hash : isOwnHash(formId, location.hash) ? base : location.href;
    const replace = typing && this.lastWasTyping;
    this.lastWasTyping = typing;
    if (replace) history.replaceState(this.stateWith(view), '', url);
    else history.pushState(this.stateWith(view), '', url);
  }
}
