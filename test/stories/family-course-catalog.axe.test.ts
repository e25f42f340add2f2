import * as stories from '../../stories/family-course-catalog.stories.js';
import { storyMatrix } from './story-matrix.js';

// Every <family-course-catalog> story in every locale, checked by axe (WCAG 2.2 AA).
storyMatrix(stories);
