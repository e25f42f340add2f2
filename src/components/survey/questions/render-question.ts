import type { TemplateResult } from 'lit';
import { adoptLater } from '../../../styles/adopt-later.js';
import type { Question, QuestionOf } from '../survey.schema.js';
import { renderChoice } from './choice.js';
import { renderDate } from './date.js';
import { renderDropdown } from './dropdown.js';
import { renderEmail } from './email.js';
import { renderLikert } from './likert.js';
import { renderNumber } from './number.js';
import { renderPhone } from './phone.js';
import { questionStyles } from './question.styles.js';
import type { QuestionView } from './question-view.js';
import { renderRating } from './rating.js';
import { renderText } from './text.js';
import { renderYesNo } from './yesno.js';

/** The render function of each question type. */
export function renderQuestion(view: QuestionView): TemplateResult {
  const q = view.question;
  const as = <T extends Question['type']>() => view as unknown as QuestionView<QuestionOf<T>>;
  switch (q.type) {
    case 'single':
    case 'multiple':
      return renderChoice(as<'single' | 'multiple'>());
    case 'dropdown':
      return renderDropdown(as<'dropdown'>());
    case 'likert':
      return renderLikert(as<'likert'>());
    case 'rating':
      return renderRating(as<'rating'>());
    case 'yesno':
      return renderYesNo(as<'yesno'>());
    case 'text':
      return renderText(as<'text'>());
    case 'number':
      return renderNumber(as<'number'>());
    case 'email':
      return renderEmail(as<'email'>());
    case 'phone':
      return renderPhone(as<'phone'>());
    case 'date':
      return renderDate(as<'date'>());
  }
}

/** Gives the survey's shadow root the questions' look, once (question.styles.ts). */
export function adoptQuestionStyles(root: ShadowRoot): void {
  adoptLater(root, questionStyles);
}
