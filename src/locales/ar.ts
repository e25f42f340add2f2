
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'picker.label': `اللغة`,
'tip.grade': str`Grade ${0}`,
'tip.minutes.one': str`About ${0} minute`,
'tip.minutes.two': str`About ${0} minutes`,
'tip.minutes.few': str`About ${0} minutes`,
'tip.minutes.many': str`About ${0} minutes`,
'tip.minutes.other': str`About ${0} minutes`,
'tip.steps': `How you can help`,
    };
  