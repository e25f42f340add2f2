// The choices the form offers, apart from event.schema.ts so rendering needs no zod.

/** The optional questions `ask` may name, in the order the form shows them. */
export const ASK_QUESTIONS = ['guests', 'childcare', 'interpretation', 'meal', 'accessibility', 'transportation'] as const;
export type AskQuestion = (typeof ASK_QUESTIONS)[number];

export const RESPONSES = ['yes', 'no', 'maybe'] as const;
export type RsvpResponse = (typeof RESPONSES)[number];
