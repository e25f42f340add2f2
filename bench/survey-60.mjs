// One 60-question survey (ten question kinds, six of each) written twice: as a
// family-survey definition and as the same questions in SurveyJS's JSON.
const KINDS = ['single', 'multiple', 'dropdown', 'likert', 'rating', 'yesno', 'text', 'number', 'email', 'date'];
const options = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];

export function familySurveyDefinition() {
  const questions = [];
  for (let i = 0; i < 60; i++) {
    const type = KINDS[i % KINDS.length];
    const id = `q${i + 1}`;
    const text = `Question ${i + 1}: how often does your family talk with the school about ${type}?`;
    const q = { id, type, text, help: 'Choose the answer closest to your experience.' };
    if (type === 'single' || type === 'multiple' || type === 'dropdown') {
      q.options = options.map((label, v) => ({ value: `o${v}`, label }));
    }
    if (type === 'likert') {
      q.scale = 'agreement5';
      q.items = [1, 2, 3, 4].map((n) => ({ id: `${id}i${n}`, text: `Statement ${n} about feeling welcome` }));
    }
    if (type === 'text') q.multiline = i % 20 === 6;
    questions.push(q);
  }
  return { id: 'bench-60', title: 'Benchmark survey', pages: [{ title: 'All questions', questions }] };
}

export function surveyJsDefinition() {
  const elements = familySurveyDefinition().pages[0].questions.map((q) => {
    const base = { name: q.id, title: q.text, description: q.help };
    const choices = q.options?.map((o) => ({ value: o.value, text: o.label }));
    switch (q.type) {
      case 'single': return { ...base, type: 'radiogroup', choices };
      case 'multiple': return { ...base, type: 'checkbox', choices };
      case 'dropdown': return { ...base, type: 'dropdown', choices };
      case 'likert':
        return {
          ...base,
          type: 'matrix',
          columns: ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'].map((text, v) => ({ value: v + 1, text })),
          rows: q.items.map((it) => ({ value: it.id, text: it.text })),
        };
      case 'rating': return { ...base, type: 'rating', rateMax: 5 };
      case 'yesno': return { ...base, type: 'boolean' };
      case 'text': return q.multiline ? { ...base, type: 'comment' } : { ...base, type: 'text' };
      case 'number': return { ...base, type: 'text', inputType: 'number' };
      case 'email': return { ...base, type: 'text', inputType: 'email' };
      case 'date': return { ...base, type: 'text', inputType: 'date' };
      default: throw new Error(q.type);
    }
  });
  return { title: 'Benchmark survey', pages: [{ name: 'all', elements }] };
}
