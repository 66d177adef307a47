import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "dismissed ... as" reports the words of whoever dismissed, even when a
// participle's clause sets the subject off from the verb; a passive "was dismissed" reports no one's words.
it('a description set off by "speaking on condition of anonymity" before "dismissed that as"', () => {
  const paras = ['A senior aide to the governor, speaking on condition of anonymity, dismissed that as "noise from the cheap seats."'];
  expect(speakerOf(paras, 'noise from the cheap seats')).toBe('a senior aide to the governor');
});

it('a named subject set off by a clause, "dismissed the report as"', () => {
  const paras = ['Tomas Varga, who chairs the harbour board, dismissed the report as "a work of fiction."'];
  expect(speakerOf(paras, 'a work of fiction')).toBe('Tomas Varga');
});

it('a passive "was dismissed as" gives the words to no one named before it', () => {
  const paras = ['The plan drawn up by Tomas Varga was dismissed as "a work of fiction" at the board meeting.'];
  expect(speakerOf(paras, 'a work of fiction')).not.toBe('Tomas Varga');
});
