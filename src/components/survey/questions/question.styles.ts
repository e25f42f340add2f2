import { css } from 'lit';

/**
 * The look of the questions (choices, rating, likert). They come with the
 * question views (survey-questions.ts), which the survey adopts as it first
 * shows a question (adoptQuestionStyles): nothing before that needs them.
 */
export const questionStyles = css`
  .question {
    margin-block-end: calc(var(--_space) * 1.75);
  }
  .question-text {
    font-weight: 600;
  }
  .choices.inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: 1.5em;
  }
  .other-text {
    margin-inline-start: 2em;
    margin-block-start: 0.25em;
  }
  .other-text > label {
    font-weight: 400;
  }

  /* rating: a row of numbered radios, each label under its radio */
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .scale-choice {
    display: flex;
    flex-direction: column;
    align-items: center;
    min-inline-size: 2.75em;
    text-align: center;
  }
  .scale-choice input,
  .likert-choice input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.25em;
    accent-color: var(--_primary);
  }
  .scale-choice label {
    font-weight: 400;
  }
  .scale-number {
    display: block;
    font-weight: 600;
  }
  .scale-end {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
    max-inline-size: 7em;
  }

  /* likert: one fieldset per item; stacked choices on a narrow box */
  .likert-item {
    border-block-start: 1px solid var(--_border);
    padding-block: 0.75em 0.25em;
    margin: 0;
  }
  .likert-item > legend {
    font-weight: 400;
    padding-block-start: 0.75em;
    margin-block-end: 0.25em;
  }
  .likert-choices {
    display: flex;
    flex-direction: column;
  }
  .likert-choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.125em;
  }
  .likert-choice label {
    font-weight: 400;
  }
  /* On a wide box the items line up as a matrix: the statement, then one column per choice. */
  @container (min-width: 40em) {
    .likert-item > legend {
      float: inline-start;
      inline-size: 38%;
      padding-inline-end: 1em;
      padding-block-start: 0;
    }
    .likert-choices {
      margin-inline-start: 38%;
      flex-direction: row;
    }
    .likert-choice {
      flex: 1 1 0;
      flex-direction: column;
      gap: 0;
      text-align: center;
      font-size: 0.875em;
      min-inline-size: 0;
    }
    .likert-choice input {
      inline-size: 1.5rem;
      block-size: 1.5rem;
    }
  }
  .likert-item.invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75em;
  }

  @media (forced-colors: active) {
    .likert-item.invalid {
      border-inline-start-color: Mark;
    }
  }
`;
