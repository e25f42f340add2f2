import { CHANNELS, type Channel } from './preference-choices.js';

export interface OfferedChannels {
  /** The channels to offer, in the district's order. */
  channels: Channel[];
  /** Words in the attribute that are not channels (for the webmaster). */
  unknown: string[];
}

/**
 * Reads the `channels` attribute: space-separated, in the district's order,
 * each once. Missing or empty offers all five in the contract's order.
 */
export function offeredChannels(attribute: string | null | undefined): OfferedChannels {
  const words = (attribute ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  const channels: Channel[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    if ((CHANNELS as readonly string[]).includes(word)) {
      if (!channels.includes(word as Channel)) channels.push(word as Channel);
    } else {
      unknown.push(word);
    }
  }
  return { channels: channels.length ? channels : [...CHANNELS], unknown };
}

/** Chosen channels limited to the offered ones, in the family's order. */
export function keepOffered(chosen: readonly Channel[], offered: readonly Channel[]): Channel[] {
  return chosen.filter((c, i) => offered.includes(c) && chosen.indexOf(c) === i);
}

/** Ticks (to the end of the ranking) or unticks a channel. */
export function toggleChannel(chosen: readonly Channel[], channel: Channel, on: boolean): Channel[] {
  const without = chosen.filter((c) => c !== channel);
  return on ? [...without, channel] : without;
}

/** Moves a chosen channel one place up (-1) or down (+1); unchanged at either end. */
export function moveChannel(chosen: readonly Channel[], channel: Channel, by: -1 | 1): Channel[] {
  const from = chosen.indexOf(channel);
  const to = from + by;
  if (from < 0 || to < 0 || to >= chosen.length) return [...chosen];
  const next = [...chosen];
  next[from] = next[to]!;
  next[to] = channel;
  return next;
}

/**
 * The order the list shows: chosen channels by the family's ranking, then the
 * others in the district's order.
 */
export function displayOrder(chosen: readonly Channel[], offered: readonly Channel[]): Channel[] {
  return [...keepOffered(chosen, offered), ...offered.filter((c) => !chosen.includes(c))];
}
