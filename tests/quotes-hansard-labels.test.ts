import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { transcriptTurns } from '../src/quotes/transcript.ts';

// A Hansard excerpt written for these tests: a title, the surname in capitals, the seat (and office) and the time
// in parentheses, then a colon; the chair by office; members resuming with the bare label.
const hansard = [
  'QUESTIONS WITHOUT NOTICE',
  'Mrs WEXLER (Carrow Vale) (14:20): My question is to the Minister for Transport. The council called the new timetable "a shambles". Will the minister fix it?',
  'Mr ODUYA (Pembrook—Minister for Transport) (14:21): I thank the member for her question. I will not pretend the first week went well.',
  'Opposition members interjecting—',
  'The SPEAKER: Order! The minister will be heard in silence.',
  'Mr ODUYA: We have added four trains on the morning run, and I told the rail union that we would "keep adding until the platforms are clear."',
  'Mr FENWICK-HALE (Downsby) (14:23): Mr Speaker, on a point of order—',
];

describe('Hansard labels ("Mrs WEXLER (Carrow Vale) (14:20):") are transcript turns', () => {
  it('credits a turn labelled with title, surname in capitals, seat and time', () => {
    expect(speakerOf(hansard, 'My question is to the Minister for Transport')).toBe('Wexler');
    expect(speakerOf(hansard, 'I thank the member for her question')).toBe('Oduya');
  });
  it('a member resuming under the bare label keeps the turn, quotations inside it and all', () => {
    expect(speakerOf(hansard, 'We have added four trains')).toBe('Oduya');
  });
  it("the chair's turn is credited to the office, and a turn may break off at a dash", () => {
    expect(speakerOf(hansard, 'Order! The minister will be heard')).toBe('the Speaker');
    expect(speakerOf(hansard, 'Mr Speaker, on a point of order')).toBe('Fenwick-Hale');
  });
  it('keeps the office the parentheses give after the seat', () => {
    const turns = transcriptTurns(hansard, () => false);
    expect(turns[2]).toMatchObject({ speaker: 'Mr Oduya', role: 'Minister for Transport' });
  });
  it('a title and a capitalised word in prose is no label', () => {
    expect(transcriptTurns(['Mr Oduya (the minister) said little.', 'Ms Wexler: not a label either, no capitals.'], () => false)).toEqual([null, null]);
  });
});
