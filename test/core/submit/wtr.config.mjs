// The submit tests' own run: the main config plus the reference receiver and
// the scripted responder. `npx web-test-runner --config test/core/submit/wtr.config.mjs`
import base from '../../../web-test-runner.config.mjs';
import { receiverPlugin } from '../../receiver-plugin.mjs';
import { scriptedResponder } from './responder.mjs';

export default {
  ...base,
  files: ['test/core/submit/**/*.test.ts'],
  middleware: [...(base.middleware ?? []), scriptedResponder],
  plugins: [...(base.plugins ?? []), ...(base.plugins?.some((p) => p.name === 'family-elements-receiver') ? [] : [receiverPlugin()])],
};
