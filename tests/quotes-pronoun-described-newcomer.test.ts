import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A named pair talk, then the scene turns to someone only described; a pronoun after that is not the pair's.
const pair = [
  'Her cousin, Greta Lindqvist, runs the bakery on the square. "Flour costs twice what it did," she said.',
  'Olaf Berg, who owns the mill, shook his head. "She says that every spring," he said.',
];

it('does not send a pronoun back across a described newcomer whom a "who" clause marks as a person', () => {
  const guide = 'At the ferry office, a Danish-speaking guide who has led walks here since 2015 listened without a word. Asked for her view, she said only: "Good for the cafes."';
  // (Since s44-h10 the newcomer, subject of the sentence before, is the one the pronoun goes on with: never the pair.)
  expect(speakerOf([...pair, guide], 'Good for the cafes')).toBe('a Danish-speaking guide');
  // Without the newcomer the exchange still goes back to the woman answered.
  expect(speakerOf([...pair, 'Asked for her view, she said only: "Good for the cafes."'], 'Good for the cafes')).toBe('Greta Lindqvist');
});

it('does not send a "he" back across a sentence opening on a man picked out by what he wears', () => {
  const man = 'The man in the green coat was at the counter too. He lifted his cup toward the window. "To the harvest," he said.';
  expect(speakerOf([...pair, man], 'To the harvest')).toBeNull();
  // A plain "The man" with no modifier after the noun may be Berg himself: the ordinary reading stands.
  expect(speakerOf([...pair, 'He lifted his cup toward the window. "To the harvest," he said.'], 'To the harvest')).toBe('Olaf Berg');
});
