import { describe, expect, it } from 'vitest';
import { quoteOpeningWith, speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and places): "who" is said of people only, so one brought in
// by "a" and a noun the lists of roles lack ("forwarder") is a person when a "who" clause follows: set off by commas
// before the verb of the quote, or running on (joined by "and") to a verb of saying, which sets them up to speak.
describe('a noun the lists lack, with a who-clause, speaks', () => {
  it('"One harbour forwarder, who asked not to be named ..., described the mood as "..."" is the forwarder', () => {
    const paras = ['Trade slowed at Skaldvik last week.', 'One harbour forwarder, who asked not to be identified since his company ships for the state, described the feeling on the quays as "tense but busy."'];
    expect(quoteOpeningWith(paras).get('tense but busy')).toEqual({ speaker: 'One harbour forwarder', kind: 'unnamed' });
  });
  it('"A forwarder, who works at the port, said the mood was "..."" likewise', () => {
    const paras = ['Trade slowed at Skaldvik last week.', 'A forwarder, who works at the port, said the mood was "tense but busy."'];
    expect(speakerOf(paras, 'tense but busy')).toBe('a forwarder');
  });
  it('"A member who works ... and asked ... said his company had ... "...," he said." is the member', () => {
    const paras = [
      'Shipping lines on the coast have grown wary.',
      'A member who drives for a haulage firm and asked the bulletin to withhold his name said his employer had told masters to log every call by a Norland-flagged ship. "Nobody has put it in writing," he said.',
    ];
    expect(speakerOf(paras, 'Nobody has put it in writing')).toBe('a member');
  });
  it('a "who" clause with no verb of saying after it sets no one up to speak', () => {
    const paras = ['Shipping lines on the coast have grown wary.', 'A forwarder who told the boss about it was fired last week. "Nobody has put it in writing," he said.'];
    expect(speakerOf(paras, 'Nobody has put it in writing')).toBeNull();
  });
});
