import * as stories from '../../stories/family-contact-preferences.stories.js';
import { storyMatrix } from './story-matrix.js';

// Every <family-contact-preferences> story in every locale, checked by axe (WCAG 2.2 AA).
storyMatrix(stories);
