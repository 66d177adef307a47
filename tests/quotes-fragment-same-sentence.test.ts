import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a quoted fragment with no credit of its own, later in the same sentence as a
// fragment credited to someone, with no one else named and no other voice between, is that person's too.
it('a second fragment joined by "and" after "described ... as "..."" in a relative clause', () => {
  const paras = ['Mayor Petra Lund, who has in the past described the councillor as "a reckless gambler" and "a danger to the harbour," spoke on Friday.'];
  expect(speakerOf(paras, 'a reckless gambler')).toBe('Petra Lund');
  expect(speakerOf(paras, 'a danger to the harbour')).toBe('Petra Lund');
});

it('a fragment naming a law after a fragment the sentence credits ("declared that "..." the ... "..." law")', () => {
  const paras = ["As governor, Halvard Quist declared that \"I strongly back\" the state's unpopular and misnamed \"fair rent\" law."];
  expect(speakerOf(paras, 'fair rent')).toBe('Halvard Quist');
});

it('not when the words between bring in someone else ("while they mocked its "..."")', () => {
  const paras = ['Mayor Petra Lund praised the "steady hand" of the board, while they mocked its "quiet courage" in the storm.'];
  expect(speakerOf(paras, 'steady hand')).toBe('Petra Lund');
  expect(speakerOf(paras, 'quiet courage')).toBeNull();
});

it('not when a verb of calling between starts a second speaker\'s clause ("while fellow councillors ... called ... "..."")', () => {
  const paras = ['Mayor Petra Lund praised the "steady hand" of the board, while fellow councillors, in a letter, called its chair "a quiet hero" in the storm.'];
  expect(speakerOf(paras, 'a quiet hero')).not.toBe('Petra Lund');
});
