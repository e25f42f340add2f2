import * as stories from '../../stories/family-survey.stories.js';
import { storyMatrix } from './story-matrix.js';

// Every <family-survey> story in every locale, checked by axe (WCAG 2.2 AA).
storyMatrix(stories);
