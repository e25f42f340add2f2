/**
 * axe-core (650 kB, for `expect(el).to.be.accessible()`), loaded with the test
 * file instead of inside the first test that checks accessibility.
 *
 * chai-a11y-axe imports axe on first use, so that import counted against the
 * first such test's 10 s; with two test files at once in each of two browsers
 * on two cores it alone took 7-15 s, and the first accessible test of a file
 * timed out. Loading a test file has its own budget (testsStartTimeout), and
 * chai-a11y-axe uses the `window.axe` this registers.
 *
 * Import it (`import '../../axe.js';`) in test files that check accessibility.
 */
import 'axe-core/axe.min.js';
