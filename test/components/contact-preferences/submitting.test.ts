import type { SubmittingElement } from '../../../src/core/submit/submitting-element.js';
import { submittingElementSuite } from '../../core/submit/submitting-element-suite.js';
import { tick, type, type El } from './prefs-fixture.js';

async function fill(el: SubmittingElement): Promise<void> {
  const prefs = el as unknown as El;
  await tick(prefs, '#channel-email');
  await type(prefs, '#email', 'family@example.com');
}

submittingElementSuite('family-contact-preferences', fill, { serverField: { path: 'email' } });
