import { expect } from '@open-wc/testing';
import { isVisible, visibleQuestions } from '../../../src/components/survey/visibility.js';
import type { Question } from '../../../src/components/survey/survey.schema.js';

describe('survey visibleIf rules', () => {
  const answers = { q1: 'a', q2: ['x', 'y'], q3: 4, q4: true, q5: '' };

  it('holds without a rule', () => {
    expect(isVisible(undefined, answers)).to.equal(true);
  });

  it('equals compares strings, numbers and booleans exactly', () => {
    expect(isVisible({ question: 'q1', equals: 'a' }, answers)).to.equal(true);
    expect(isVisible({ question: 'q1', equals: 'b' }, answers)).to.equal(false);
    expect(isVisible({ question: 'q3', equals: 4 }, answers)).to.equal(true);
    expect(isVisible({ question: 'q3', equals: '4' }, answers)).to.equal(false);
    expect(isVisible({ question: 'q4', equals: true }, answers)).to.equal(true);
    expect(isVisible({ question: 'q4', equals: false }, answers)).to.equal(false);
  });

  it('equals compares a list with a multiple answer as a set', () => {
    expect(isVisible({ question: 'q2', equals: ['y', 'x'] }, answers)).to.equal(true);
    expect(isVisible({ question: 'q2', equals: ['x'] }, answers)).to.equal(false);
    expect(isVisible({ question: 'q2', equals: 'x' }, answers)).to.equal(false);
  });

  it('an unanswered question neither equals nor notEquals anything', () => {
    expect(isVisible({ question: 'missing', equals: 'a' }, answers)).to.equal(false);
    expect(isVisible({ question: 'missing', notEquals: 'a' }, answers)).to.equal(false);
    expect(isVisible({ question: 'q1', notEquals: 'a' }, answers)).to.equal(false);
    expect(isVisible({ question: 'q1', notEquals: 'b' }, answers)).to.equal(true);
  });

  it('includes looks inside a multiple answer, or matches a single answer', () => {
    expect(isVisible({ question: 'q2', includes: 'y' }, answers)).to.equal(true);
    expect(isVisible({ question: 'q2', includes: 'z' }, answers)).to.equal(false);
    expect(isVisible({ question: 'q1', includes: 'a' }, answers)).to.equal(true);
    expect(isVisible({ question: 'missing', includes: 'a' }, answers)).to.equal(false);
  });

  it('all needs every rule, any needs one; empty all holds, empty any does not', () => {
    const yes = { question: 'q1', equals: 'a' };
    const no = { question: 'q1', equals: 'b' };
    expect(isVisible({ all: [yes, yes] }, answers)).to.equal(true);
    expect(isVisible({ all: [yes, no] }, answers)).to.equal(false);
    expect(isVisible({ any: [no, yes] }, answers)).to.equal(true);
    expect(isVisible({ any: [no, no] }, answers)).to.equal(false);
    expect(isVisible({ all: [] }, answers)).to.equal(true);
    expect(isVisible({ any: [] }, answers)).to.equal(false);
  });

  it('nests all inside any inside all', () => {
    const rule = {
      all: [
        { question: 'q4', equals: true },
        { any: [{ question: 'q1', equals: 'z' }, { all: [{ question: 'q2', includes: 'x' }, { question: 'q3', notEquals: 5 }] }] },
      ],
    };
    expect(isVisible(rule, answers)).to.equal(true);
    expect(isVisible(rule, { ...answers, q3: 5 })).to.equal(false);
    expect(isVisible(rule, { ...answers, q3: 5, q1: 'z' })).to.equal(true);
    expect(isVisible(rule, { ...answers, q4: false, q1: 'z' })).to.equal(false);
  });

  describe('visibleQuestions', () => {
    const q = (id: string, visibleIf?: Question['visibleIf']): Question => ({ id, type: 'text', text: id, visibleIf });

    it('hides a chain together: a hidden question counts as unanswered', () => {
      const questions = [q('a'), q('b', { question: 'a', equals: 'yes' }), q('c', { question: 'b', equals: 'go' })];
      expect([...visibleQuestions(questions, { a: 'yes', b: 'go' })]).to.deep.equal(['a', 'b', 'c']);
      // b keeps its old answer "go" but is hidden: c hides too
      expect([...visibleQuestions(questions, { a: 'no', b: 'go' })]).to.deep.equal(['a']);
    });

    it('does not depend on the order of questions', () => {
      const questions = [q('c', { question: 'b', equals: 'go' }), q('b', { question: 'a', equals: 'yes' }), q('a')];
      expect([...visibleQuestions(questions, { a: 'no', b: 'go' })]).to.deep.equal(['a']);
      expect([...visibleQuestions(questions, { a: 'yes', b: 'go' })].sort()).to.deep.equal(['a', 'b', 'c']);
    });
  });
});
