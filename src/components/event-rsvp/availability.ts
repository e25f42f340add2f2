import type { RsvpEvent, RsvpSession, RsvpSlot } from './event.schema.js';

/** Where `now` falls in the event's reply window (`opens`/`closes`). */
export type ReplyWindow = { phase: 'open' } | { phase: 'before'; opens: Date } | { phase: 'after'; closed: Date };

export function replyWindow(event: Pick<RsvpEvent, 'opens' | 'closes'>, now: Date): ReplyWindow {
  if (event.opens && now.getTime() < Date.parse(event.opens)) return { phase: 'before', opens: new Date(event.opens) };
  if (event.closes && now.getTime() >= Date.parse(event.closes)) return { phase: 'after', closed: new Date(event.closes) };
  return { phase: 'open' };
}

/** Milliseconds until the window next changes (it opens or closes), if it will. */
export function msUntilWindowChange(event: Pick<RsvpEvent, 'opens' | 'closes'>, now: Date): number | undefined {
  const upcoming = [event.opens, event.closes]
    .filter((t): t is string => t !== undefined)
    .map((t) => Date.parse(t) - now.getTime())
    .filter((ms) => ms > 0);
  return upcoming.length ? Math.min(...upcoming) : undefined;
}

export function sessionFull(session: Pick<RsvpSession, 'remaining'>): boolean {
  return session.remaining === 0;
}

export function slotAvailable(slot: Pick<RsvpSlot, 'taken'>): boolean {
  return slot.taken !== true;
}

/**
 * Whether a "yes" can only join the waitlist: no places remain, or every
 * time slot is taken (a conference with no free time is full too).
 */
export function eventFull(event: Pick<RsvpEvent, 'remaining' | 'capacity' | 'slots'>): boolean {
  if (event.remaining === 0 || event.capacity === 0) return true;
  return Boolean(event.slots?.length) && !event.slots!.some(slotAvailable);
}

/**
 * Children's ages as a family writes them ("3, 5 and 8", "٤ و ٧"): every
 * number in the text, Arabic-Indic and Persian digits included, whatever
 * words or separators surround them. Null when there is no number, or one
 * that is not a child's age (0 to 17).
 */
export function parseAges(text: string): number[] | null {
  const ascii = text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
  const numbers = ascii.match(/\d+/g);
  if (!numbers) return null;
  const ages = numbers.map(Number);
  return ages.every((age) => age <= 17) ? ages : null;
}
