/**
 * family-elements: every element, one file (`dist/family-elements.js`).
 */
export { FamilyElements } from './core/family-elements-api.js';
export { FamilyHomeworkTip } from './components/homework-tip/family-homework-tip.js';
export { FamilySurvey } from './components/survey/family-survey.js';
export { FamilyEventRsvp } from './components/event-rsvp/family-event-rsvp.js';
export { FamilyCourseCatalog } from './components/course-catalog/family-course-catalog.js';
