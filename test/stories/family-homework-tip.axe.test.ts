import * as stories from '../../stories/family-homework-tip.stories.js';
import { storyMatrix } from './story-matrix.js';

// Every <family-homework-tip> story in every locale, checked by axe (WCAG 2.2 AA).
storyMatrix(stories);
