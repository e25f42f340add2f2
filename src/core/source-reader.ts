import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readContentSource, type ContentFailure, type ContentProblem } from './content-source.js';
import type { LazyModule } from './lazy-module.js';

/**
 * An element's `src`, fetched and checked with the element's lazily loaded checks
 * (the event RSVP's event, the homework tip's tip). The latest `src` wins: reading
 * another, or the element leaving the page, aborts the read under way; a read the
 * element's leaving stopped starts again when it comes back (a card moved in the
 * page). When the
 * checks could not load (the device went offline just after the page loaded), the
 * element shows the reload notice, and `checksCame` tells it to read `src` again if
 * they come after all.
 */
export class SourceReader<Checks extends object, Content extends object> implements ReactiveController {
  /** A read is under way. */
  loading = false;
  /** What the last `src` held, checked. */
  content?: Content;
  private reading?: AbortController;
  private awaitsChecks = false;
  /** The `src` last read. */
  private src?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly checks: LazyModule<Checks>,
    /** Checks what `src` held, with the checks once they have loaded. */
    private readonly check: (checks: Checks, data: unknown) => Content | { problems: ContentProblem[] },
    private readonly failed: (failure: ContentFailure) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Still loading with no read under way: leaving the page stopped it.
    if (this.loading && !this.reading) this.read(this.src);
  }

  /** Stops the read under way (the element left the page, or another read starts). */
  hostDisconnected(): void {
    this.reading?.abort();
    this.reading = undefined;
  }

  /** The checks have come since a read that could not check without them. */
  get checksCame(): boolean {
    return this.awaitsChecks && this.checks.module !== undefined;
  }

  /** Starts (or restarts) reading `src`, dropping any answer for an older one; without `src`, stops. */
  read(src: string | undefined): void {
    this.hostDisconnected();
    this.src = src;
    this.content = undefined;
    this.awaitsChecks = false;
    this.loading = Boolean(src);
    this.host.requestUpdate();
    if (!src) return;
    const reading = new AbortController();
    this.reading = reading;
    readContentSource(src, reading.signal, async (data) => this.check(await this.checks.ready(), data)).then(
      (outcome) => {
        if (reading.signal.aborted) return;
        this.loading = false;
        if ('failure' in outcome) this.failed(outcome.failure);
        else this.content = outcome.content;
        this.host.requestUpdate();
      },
      () => {
        // aborted (a newer src replaced this one), or the checks could not load
        if (!reading.signal.aborted && !this.checks.module) this.awaitsChecks = true;
      },
    );
  }
}
