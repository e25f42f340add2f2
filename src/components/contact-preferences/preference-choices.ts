// The choices the form offers, apart from preferences.schema.ts so rendering needs no zod.

export const CHANNELS = ['sms', 'email', 'phone', 'app', 'paper'] as const;
export type Channel = (typeof CHANNELS)[number];

export const TIMES = [
  'weekday-morning',
  'weekday-afternoon',
  'weekday-evening',
  'weekend-morning',
  'weekend-afternoon',
  'weekend-evening',
] as const;
export type BestTime = (typeof TIMES)[number];

export const TOPICS = ['good-news', 'events', 'attendance', 'academics', 'emergencies'] as const;
export type Topic = (typeof TOPICS)[number];

export const FREQUENCIES = ['instant', 'daily'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
