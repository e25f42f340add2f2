// The survey rendered again on the same page, as framework benchmarks measure after a warm-up.

const RENDERS = 25;
const PAUSE_MS = 50;

/** The middle of five times. */
const median5 = (times) => [...times].sort((a, b) => a - b)[2];

/**
 * Renders the same survey RENDERS more times on the page, removing each one, with a short pause
 * after each (the page idles, as between a family's visits to two surveys, and V8 can finish
 * optimizing). `renderOne(i)` resolves with `{ ms, remove }`. Returns `again`, the median of the
 * first five (code loaded, browser set up, V8 still warming up), and `warm`, the median of the
 * last five (the steady state).
 */
export async function renderAgain(renderOne) {
  const times = [];
  for (let i = 0; i < RENDERS; i++) {
    const { ms, remove } = await renderOne(i);
    times.push(ms);
    remove();
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  }
  return { again: median5(times.slice(0, 5)), warm: median5(times.slice(-5)) };
}
