// The survey tests' own run: the main config plus the scripted responder the
// shared submitting-element suite needs (403 / 422 rows of the response table)
// and a slow definition server for the `src` timeout test.
// `npx web-test-runner --config test/components/survey/wtr.config.mjs`
import base from '../../../web-test-runner.config.mjs';
import { scriptedResponder } from '../../core/submit/responder.mjs';
import { slowSurveyResponder } from './slow-responder.mjs';

export default {
  ...base,
  files: ['test/components/survey/**/*.test.ts'],
  middleware: [...(base.middleware ?? []), scriptedResponder, slowSurveyResponder],
};
