import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: "An official said Norway had asked Lisbon "through the usual
// channels" to raise it": a quoted phrase of manner after the object of asking is the reporter's words, not the
// asker's.

describe('a quoted phrase opening on a preposition after the object of a verb of asking', () => {
  it('an unnamed official set off by a participle: the official, not the country that asked', () => {
    const text = ['A ministry official, speaking on condition of anonymity, said Norway had asked Lisbon "through the usual channels" to raise the quota with the Danish side.'];
    expect(speakerOf(text, 'usual channels')).toBe('a ministry official');
  });

  it('a named speaker and "urged": the one who said it', () => {
    const text = ['Petra Lind, the port\'s director, said the council had urged the ferry company "in the strongest terms" to keep the night crossing.'];
    expect(speakerOf(text, 'strongest terms')).toBe('Petra Lind');
  });

  it('with no verb of saying before it, the asker is read as before', () => {
    const text = ['Petra Lind asked the ferry company "in the strongest terms" to keep the night crossing.'];
    expect(speakerOf(text, 'strongest terms')).toBe('Petra Lind');
  });

  it('words asked for, not a phrase of manner, are not read by this rule (no one, as before)', () => {
    const text = ['Petra Lind said the council had asked the ferry company "to keep the night crossing, whatever it costs".'];
    expect(speakerOf(text, 'whatever it costs')).toBeNull();
  });
});

describe('a thing asked for in quotation marks after "for", in a clause a verb of saying reports', () => {
  it('the one who said so, not the body that asked', () => {
    const text = ['Lutfi Aminov runs the depot.', 'The 52-year-old said the ministry had asked its partners for "firm guarantees on loading slots" before winter.'];
    expect(speakerOf(text, 'firm guarantees')).toBe('Lutfi Aminov');
  });
  it('"asked for" with no object, after a named sayer', () => {
    const text = ['Mara Olsen said the union had asked for "a fair hearing" at the board.'];
    expect(speakerOf(text, 'fair hearing')).toBe('Mara Olsen');
  });
  it('with no verb of saying before it, the body that asked', () => {
    const text = ['The union had asked the board for "a fair hearing" last week.'];
    expect(speakerOf(text, 'fair hearing')).toBe('the union');
  });
  it('a whole sentence asked for is not read by this rule', () => {
    const text = ['Mara Olsen said the union had asked the board for "A fair hearing. Now."'];
    expect(speakerOf(text, 'fair hearing')).not.toBe('Mara Olsen');
  });
});
