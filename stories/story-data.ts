import type { RsvpEventInput } from '../src/components/event-rsvp/event.schema.js';
import type { Preferences } from '../src/components/contact-preferences/preferences.schema.js';
import type { Tip } from '../src/components/homework-tip/tip.schema.js';
import type { SurveyDefinition } from '../src/components/survey/survey.schema.js';

/**
 * Data the stories need beyond samples/: events (there is no sample event
 * file), and text long enough to show how the elements wrap.
 */

/** Next year, so the stories' events never slip into the past. */
const year = new Date().getFullYear() + 1;
const at = (monthDay: string, time: string, offset = '-05:00') => `${year}-${monthDay}T${time}${offset}`;

export const literacyNight: RsvpEventInput = {
  id: 'literacy-night',
  title: { en: 'Family literacy night', es: 'Noche de lectura en familia', ar: 'أمسية القراءة العائلية' },
  start: at('03-04', '18:00'),
  end: at('03-04', '19:30'),
  timeZone: 'America/New_York',
  location: 'Lincoln Elementary, library',
  description: {
    en: 'Dinner, childcare and three short workshops. Bring the whole family.',
    es: 'Cena, cuidado de niños y tres talleres cortos. Traiga a toda la familia.',
  },
  capacity: 120,
  remaining: 34,
  sessions: [
    { id: 'read-aloud', title: { en: 'Reading aloud at home', es: 'Leer en voz alta en casa' }, capacity: 30, remaining: 6 },
    { id: 'library-card', title: 'Get a library card', capacity: 25, remaining: 0 },
    { id: 'apps', title: 'Reading apps for families' },
  ],
};

export const conferences: RsvpEventInput = {
  id: 'spring-conferences',
  title: { en: 'Parent-teacher conference', es: 'Conferencia de padres y maestros' },
  start: at('04-15', '15:00', '-06:00'),
  end: at('04-15', '16:00', '-06:00'),
  timeZone: 'America/Chicago',
  location: 'Room 12',
  slots: [
    { id: 's1500', start: at('04-15', '15:00', '-06:00'), end: at('04-15', '15:20', '-06:00'), taken: true },
    { id: 's1520', start: at('04-15', '15:20', '-06:00'), end: at('04-15', '15:40', '-06:00') },
    { id: 's1540', start: at('04-15', '15:40', '-06:00'), end: at('04-15', '16:00', '-06:00') },
  ],
};

export const fullEvent: RsvpEventInput = {
  id: 'stem-night',
  title: 'STEM night: build a bridge together',
  start: at('05-06', '17:30'),
  end: at('05-06', '19:00'),
  timeZone: 'America/New_York',
  location: 'Roosevelt Middle School, gym',
  capacity: 60,
  remaining: 0,
};

const longSentence =
  'We want every family to feel welcome, whatever language they speak at home, whatever their work schedule, and however they prefer to hear from us: by text message, phone call, email, a note in the backpack, or a conversation at the door.';

export const longEvent: RsvpEventInput = {
  id: 'long-text-event',
  title:
    'Academic Parent-Teacher Team meeting for second, third and fourth grade families: reading, writing and math goals for the second half of the year',
  start: at('02-10', '17:30'),
  end: at('02-10', '19:30'),
  timeZone: 'America/New_York',
  location:
    'Washington-Carver Community Learning Center, multipurpose room (enter through the east doors next to the playground)',
  description: `${longSentence} ${longSentence}`,
  sessions: [
    { id: 'goals', title: 'Setting a reading goal with your child and checking on it every week without turning it into a chore' },
    { id: 'fractions', title: 'Fractions in the kitchen: measuring, doubling recipes and sharing pizza fairly' },
  ],
};

export const longSurvey: SurveyDefinition = {
  id: 'long-text-survey',
  title:
    'Family and community partnership survey for the 2026–2027 school year: help us plan conferences, events and the way we keep in touch',
  description: `${longSentence} ${longSentence}`,
  questions: [
    {
      id: 'welcome',
      type: 'single',
      required: true,
      text: 'When you visit your child’s school — for a conference, a performance, a family night or just to drop something off at the front office — how welcome do you feel?',
      help: longSentence,
      options: [
        { value: 'very', label: 'Very welcome: staff greet me, and I know whom to ask when I have a question' },
        { value: 'somewhat', label: 'Somewhat welcome, but I am not always sure where to go or whom to ask' },
        { value: 'not', label: 'Not welcome: I would rather not come to the school building at all' },
      ],
    },
    {
      id: 'website',
      type: 'text',
      text: 'Which page on https://www.district.example/families/resources/parent-university/catalog/spring-courses-and-workshops did you find hardest to use?',
    },
  ],
};

/** Preferences a family saved earlier, as a portal passes them back in `.value`. */
export const savedPreferences: Preferences = {
  channels: ['sms', 'email'],
  language: 'ht',
  interpreter: true,
  times: ['weekend-afternoon'],
  topics: ['attendance', 'emergencies'],
  frequency: 'daily',
  quietHours: { start: '22:00', end: '06:30' },
  phone: { number: '+12025550123', extension: '5' },
  email: 'jean@example.com',
  smsConsent: { given: true, text: 'I agree to get text messages from Lincoln Elementary.', at: '2026-01-05T10:00:00Z' },
};

export const longConsentText = `By ticking this box you agree that Lincoln Unified School District and its schools may send text messages about emergencies, attendance, events, school closures, meal programs, transportation changes and your child's progress to the number above. ${longSentence} Message and data rates may apply. Reply STOP to stop or HELP for help at any time.`;

export const longTip: Tip = {
  id: 'long-text-tip',
  subject: 'English language arts and social studies (integrated unit)',
  grade: '4',
  title: 'Interview a grandparent, neighbour or family friend about how your neighbourhood has changed since they were your age',
  about: `${longSentence} Your child is learning to ask open questions, listen carefully, take notes and retell a story in their own words.`,
  minutes: 45,
  steps: [
    'Choose someone your child can talk to in person or by phone, in whatever language that person speaks best — the notes can be in any language too.',
    'Help your child write three or four open questions (questions that cannot be answered with yes or no), for example: “What did you do after school when you were my age?”',
    `${longSentence}`,
  ],
  prompts: ['What surprised you most? What is still the same today, and what would you like to ask next time?'],
  materials: ['Paper and a pencil, or a phone to record the conversation (ask permission first)'],
  links: [{ label: 'https://www.district.example/families/homework-help/grade-4/oral-history-interview-guide', href: 'https://www.district.example/families/homework-help/grade-4/oral-history-interview-guide' }],
};
