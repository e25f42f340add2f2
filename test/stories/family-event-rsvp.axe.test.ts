import * as stories from '../../stories/family-event-rsvp.stories.js';
import { storyMatrix } from './story-matrix.js';

// Every <family-event-rsvp> story in every locale, checked by axe (WCAG 2.2 AA).
storyMatrix(stories);
