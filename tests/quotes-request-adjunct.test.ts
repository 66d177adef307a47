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
