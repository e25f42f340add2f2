// The five elements' tags and their source entries; read by both builds,
// the size check and the analyzer. Elements are added as they arrive.
export const elements = {
  'family-homework-tip': 'src/components/homework-tip/family-homework-tip.ts',
  'family-contact-preferences': 'src/components/contact-preferences/family-contact-preferences.ts',
  'family-survey': 'src/components/survey/family-survey.ts',
  'family-course-catalog': 'src/components/course-catalog/family-course-catalog.ts',
  'family-event-rsvp': 'src/components/event-rsvp/family-event-rsvp.ts',
};
