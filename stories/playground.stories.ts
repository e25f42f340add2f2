import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FamilyContactPreferences } from '../src/components/contact-preferences/family-contact-preferences.js';
import { FamilyCourseCatalog } from '../src/components/course-catalog/family-course-catalog.js';
import { FamilyEventRsvp } from '../src/components/event-rsvp/family-event-rsvp.js';
import { FamilyHomeworkTip } from '../src/components/homework-tip/family-homework-tip.js';
import { FamilySurvey } from '../src/components/survey/family-survey.js';
import { ELEMENT_TAGS, snippet, snippetAttributes, type ElementTag, type SnippetOptions } from './snippet.js';

const ELEMENT_CLASSES: Record<ElementTag, new () => HTMLElement> = {
  'family-survey': FamilySurvey,
  'family-event-rsvp': FamilyEventRsvp,
  'family-contact-preferences': FamilyContactPreferences,
  'family-homework-tip': FamilyHomeworkTip,
  'family-course-catalog': FamilyCourseCatalog,
};

/**
 * The "Getting started" page's playground: choose an element and its
 * attributes, see it live, and copy the HTML that makes it.
 */
const meta: Meta<SnippetOptions> = {
  title: 'Tools/Snippet playground',
  args: {
    element: 'family-survey',
    endpoint: 'https://forms.district.example/api/family',
    formId: 'fall-family-survey',
    format: 'json',
    lang: '',
    noLanguagePicker: false,
    scriptSrc: 'https://cdn.example/family-elements/dist/family-elements.js',
  },
  argTypes: {
    element: { control: 'select', options: ELEMENT_TAGS, description: 'Which element' },
    endpoint: { control: 'text', description: 'URL that receives the submission (`endpoint`)' },
    formId: { control: 'text', description: 'Your name for this form (`form-id`), copied into every submission' },
    format: { control: 'inline-radio', options: ['json', 'form'], description: '`form` for spreadsheet scripts and form-mail services' },
    lang: { control: 'text', description: 'Language of the element (`lang`); empty: the page’s' },
    noLanguagePicker: { control: 'boolean', description: 'Hide the language picker (`no-language-picker`)' },
    scriptSrc: { control: 'text', description: 'Where you copied dist/ (the script tag)' },
  },
  render: (args) => {
    // The tag is chosen at run time, so the live element is made with the DOM, not a template.
    const live = new ELEMENT_CLASSES[args.element]();
    for (const [name, value] of snippetAttributes(args)) live.setAttribute(name, value);
    return html`<div class="playground">
      <div class="playground-live">${live}</div>
      <h3 class="playground-heading">Copy this into your page</h3>
      <pre class="playground-snippet"><code>${snippet(args)}</code></pre>
    </div>`;
  },
};
export default meta;

export const Playground: StoryObj<SnippetOptions> = {};
