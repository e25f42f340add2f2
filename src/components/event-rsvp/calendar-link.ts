import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import { resolveText } from '../../core/i18n/resolve-text.js';
import type { RsvpEvent, RsvpPayload } from './event.schema.js';
import { buildIcs, eventUid, icsFileName } from './ics.js';

/*
 * "Add to calendar" after a yes (CONTRACT.md §3): the `.ics` file of the
 * reply that was sent, and its link. Only a yes is offered it, so the
 * element loads this module (with ics.ts) with import() once the family
 * chooses yes.
 */

/** The `.ics` of the reply that was sent (its slot, its workshops), and its download name. */
export function replyCalendar(event: RsvpEvent, reply: RsvpPayload, locale: string): { blob: Blob; name: string } {
  const text = (value: LocalizedText | undefined) => resolveText(value, locale).text;
  const slot = event.slots?.find((s) => s.id === reply.slotId);
  const workshops = (event.sessions ?? []).filter((s) => reply.sessionIds?.includes(s.id)).map((s) => text(s.title));
  const description = [
    text(event.description),
    workshops.length ? msg(str`Workshops: ${workshops.join(', ')}`, { id: 'rsvp.calendar.workshops' }) : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const file = buildIcs({
    uid: eventUid(event.id, window.location.hostname, slot?.id),
    stamp: new Date(),
    start: new Date(slot?.start ?? event.start),
    end: new Date(slot?.end ?? event.end),
    summary: text(event.title),
    location: text(event.location),
    description,
  });
  return { blob: new Blob([file], { type: 'text/calendar;charset=utf-8' }), name: icsFileName(event.id) };
}

/** The link that downloads it (a Blob URL the element makes and revokes). */
export function calendarLink(file: { href: string; name: string }): TemplateResult {
  return html`<div class="actions">
    <a class="calendar-link" part="calendar-link" href=${file.href} download=${file.name}>
      ${msg('Add to calendar', { id: 'rsvp.calendar' })}
    </a>
  </div>`;
}
