import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import {
  buildIcs,
  escapeText,
  eventUid,
  foldLine,
  formatUtc,
  ICS_PRODID,
  icsFileName,
  unfold,
  type IcsEvent,
} from '../../../src/components/event-rsvp/ics.js';

const encoder = new TextEncoder();
const octets = (line: string) => encoder.encode(line).length;

const base: IcsEvent = {
  uid: 'literacy-night@school.example',
  stamp: new Date('2026-11-22T17:03:11.120Z'),
  start: new Date('2026-12-03T18:00:00-05:00'),
  end: new Date('2026-12-03T19:30:00-05:00'),
  summary: 'Literacy night',
  location: 'Lincoln Elementary, library',
  description: 'Dinner at 6; workshops at 6:30.\nChildcare provided.',
};

/** The unfolded content lines of a calendar, without the final empty string. */
function contentLines(ics: string): string[] {
  const lines = unfold(ics).split('\r\n');
  expect(lines.pop()).to.equal('', 'the file ends with CRLF');
  return lines;
}

function property(ics: string, name: string): string | undefined {
  const line = contentLines(ics).find((l) => l.startsWith(`${name}:`));
  return line?.slice(name.length + 1);
}

describe('ics: the "Add to calendar" file (RFC 5545)', () => {
  describe('formatUtc', () => {
    it('writes the UTC form YYYYMMDDTHHMMSSZ from any offset', () => {
      expect(formatUtc(new Date('2026-12-03T18:00:00-05:00'))).to.equal('20261203T230000Z');
      expect(formatUtc(new Date('2026-01-02T03:04:05+09:30'))).to.equal('20260101T173405Z');
      expect(formatUtc(new Date('0999-12-31T23:59:59Z'))).to.equal('09991231T235959Z');
    });
    it('refuses an invalid date instead of writing NaN', () => {
      expect(() => formatUtc(new Date('nope'))).to.throw(RangeError);
    });
  });

  describe('escapeText', () => {
    it('escapes backslash, semicolon, comma and every kind of line break', () => {
      expect(escapeText('a\\b')).to.equal('a\\\\b');
      expect(escapeText('a;b')).to.equal('a\\;b');
      expect(escapeText('a,b')).to.equal('a\\,b');
      expect(escapeText('a\nb\r\nc\rd')).to.equal('a\\nb\\nc\\nd');
      // the backslash is escaped first, so an escape is never doubled
      expect(escapeText('\\,')).to.equal('\\\\\\,');
      expect(escapeText('Room 4: "art"')).to.equal('Room 4: "art"');
    });
  });

  describe('the calendar, field by field', () => {
    const ics = buildIcs(base);
    const lines = contentLines(ics);

    it('uses CRLF line endings only', () => {
      expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    });

    it('is one VCALENDAR with one VEVENT in the right order', () => {
      expect(lines[0]).to.equal('BEGIN:VCALENDAR');
      expect(lines.at(-1)).to.equal('END:VCALENDAR');
      const begin = lines.indexOf('BEGIN:VEVENT');
      const end = lines.indexOf('END:VEVENT');
      expect(begin).to.be.greaterThan(0);
      expect(end).to.equal(lines.length - 2);
      expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
      // calendar properties before the event, event properties inside it
      expect(lines.indexOf('VERSION:2.0')).to.be.within(1, begin);
      expect(lines.indexOf(`PRODID:${ICS_PRODID}`)).to.be.within(1, begin);
      for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'LOCATION', 'DESCRIPTION']) {
        const at = lines.findIndex((l) => l.startsWith(`${name}:`));
        expect(at, name).to.be.within(begin + 1, end - 1);
      }
    });

    it('has VERSION 2.0 and the PRODID', () => {
      expect(property(ics, 'VERSION')).to.equal('2.0');
      expect(property(ics, 'PRODID')).to.equal('-//family-elements//family-event-rsvp//EN');
    });

    it('has the UID and DTSTAMP', () => {
      expect(property(ics, 'UID')).to.equal('literacy-night@school.example');
      expect(property(ics, 'DTSTAMP')).to.equal('20261122T170311Z');
    });

    it('has DTSTART and DTEND in UTC, with no TZID', () => {
      expect(property(ics, 'DTSTART')).to.equal('20261203T230000Z');
      expect(property(ics, 'DTEND')).to.equal('20261204T003000Z');
      expect(ics).not.to.contain('TZID');
    });

    it('has SUMMARY, LOCATION and DESCRIPTION as escaped text', () => {
      expect(property(ics, 'SUMMARY')).to.equal('Literacy night');
      expect(property(ics, 'LOCATION')).to.equal('Lincoln Elementary\\, library');
      expect(property(ics, 'DESCRIPTION')).to.equal('Dinner at 6\\; workshops at 6:30.\\nChildcare provided.');
    });

    it('leaves out LOCATION and DESCRIPTION when there are none', () => {
      const bare = buildIcs({ ...base, location: undefined, description: '' });
      expect(property(bare, 'LOCATION')).to.equal(undefined);
      expect(property(bare, 'DESCRIPTION')).to.equal(undefined);
      expect(property(bare, 'SUMMARY')).to.equal('Literacy night');
    });

    it('escapes text that could break the file (a newline cannot start a new property)', () => {
      const evil = buildIcs({ ...base, summary: 'Night\r\nEND:VEVENT\nBEGIN:VEVENT;x,y\\' });
      expect(property(evil, 'SUMMARY')).to.equal('Night\\nEND:VEVENT\\nBEGIN:VEVENT\\;x\\,y\\\\');
      expect(contentLines(evil).filter((l) => l === 'END:VEVENT')).to.have.length(1);
    });
  });

  describe('folding at 75 octets', () => {
    it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
      const line75 = `SUMMARY:${'a'.repeat(67)}`;
      expect(octets(line75)).to.equal(75);
      expect(foldLine(line75)).to.equal(line75);
      const folded = foldLine(`${line75}b`);
      expect(folded).to.equal(`${line75}\r\n b`);
    });

    it('folds long ASCII text into lines of at most 75 octets, continuation lines starting with a space', () => {
      const description = 'Families, welcome; '.repeat(30);
      const ics = buildIcs({ ...base, description });
      const physical = ics.split('\r\n').slice(0, -1);
      for (const line of physical) expect(octets(line), line).to.be.at.most(75);
      const continuation = physical.filter((l) => l.startsWith(' '));
      expect(continuation.length).to.be.greaterThan(3);
      expect(property(ics, 'DESCRIPTION')).to.equal(escapeText(description));
    });

    it('never splits a UTF-8 character in long multi-byte text, and unfolding restores it exactly', () => {
      const texts = [
        'ليلة القراءة العائلية مع العشاء ورعاية الأطفال وورش العمل للآباء والأمهات '.repeat(4),
        '家庭读写之夜：晚餐、托儿服务和家长工作坊，欢迎全家参加！'.repeat(5),
        'Đêm đọc sách gia đình — bữa tối, giữ trẻ và hội thảo 📚👨‍👩‍👧 '.repeat(5),
      ];
      for (const summary of texts) {
        const ics = buildIcs({ ...base, summary });
        const physical = ics.split('\r\n').slice(0, -1);
        for (const line of physical) {
          expect(octets(line), line).to.be.at.most(75);
          // a split UTF-8 sequence or surrogate would decode to U+FFFD
          expect(new TextDecoder().decode(encoder.encode(line))).to.equal(line);
          expect(line).not.to.match(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
        }
        expect(property(ics, 'SUMMARY')).to.equal(escapeText(summary));
      }
    });

    it('folds any text so that every line fits and unfolding gives it back (property)', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
          const line = `DESCRIPTION:${escapeText(text)}`;
          const folded = foldLine(line);
          for (const part of folded.split('\r\n')) {
            if (octets(part) > 75) return false;
          }
          return unfold(folded) === line;
        }),
      );
    });
  });

  describe('names', () => {
    it('makes a UID per event and per slot, with only safe characters', () => {
      expect(eventUid('aptt-1', 'school.example')).to.equal('aptt-1@school.example');
      expect(eventUid('aptt 1', 'school.example', 'slot:3')).to.equal('aptt-1.slot-3@school.example');
      expect(eventUid('x', '')).to.equal('x@family-elements');
    });
    it('makes a download name from the event id', () => {
      expect(icsFileName('literacy-night-2026')).to.equal('literacy-night-2026.ics');
      expect(icsFileName('../../etc/passwd')).to.equal('etc-passwd.ics');
      expect(icsFileName('لقاء')).to.equal('event.ics');
    });
  });
});
