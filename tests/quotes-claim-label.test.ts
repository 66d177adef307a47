import { expect, it } from 'vitest';
import { claimLabelled, falseVerdict } from '../src/quotes/claim-label.ts';
import { doc } from './helpers/docs.ts';
import { speakersByQuote as speakers, whoSaidOver } from './helpers/quotes.ts';

// A fact check written for these tests, with invented people and places.
const factCheck = [
  'CLAIM: Governor Ilse Marrow told a rally in Dunvale: "Every family will get a free car next year."',
  'RATING: False. No recording of the rally contains these words.',
  'What Marrow did say, according to the transcript, was more modest. "We will fix the buses first," she said.',
  'CLAIM: The mayor, Oren Teal, called the ferry "a floating museum".',
  'VERDICT: True. Teal used the phrase twice in a council meeting.',
  'Viral claim: a post says Teal promised "a bridge to every island".',
  'OUR RULING: We rate this claim "False."',
];

it('credits nobody with the words of a claim a fact check rates false', () => {
  const got = speakers(factCheck);
  expect(got.get('Every family will get a free car next year')).toBeNull();
  expect(got.get('a bridge to every island')).toBeNull();
  // (The words the check finds she did say are still hers, and a claim rated true keeps its credit.)
  expect(got.get('We will fix the buses first')).toBe('Ilse Marrow');
  expect(got.get('a floating museum')).toBe('Oren Teal');
});

it('does not confirm the refuted words as the subject\'s', () => {
  const a = whoSaidOver(doc('check', '2024-05-02', factCheck))('did ilse marrow say every family will get a free car next year');
  expect(a.matches.every((m) => m.speaker === null || m.verdict === 'different')).toBe(true);
});

it('reads the label and the verdict only as labels opening the paragraph', () => {
  expect(claimLabelled('CLAIM: Governor Ilse Marrow told a rally: "..."')).toBe(true);
  expect(claimLabelled('The claim: Marrow said "..."')).toBe(true);
  expect(claimLabelled('The claim that Marrow said "..." is false.')).toBe(false);
  expect(claimLabelled('Marrow repeated her claim: "..."')).toBe(false);
  expect(falseVerdict('RATING: False. No recording contains these words.')).toBe(true);
  expect(falseVerdict('OUR RULING: We rate this claim "False."')).toBe(true);
  expect(falseVerdict('VERDICT: True.')).toBe(false);
  expect(falseVerdict('OUR RULING: We rate this claim "Misleading."')).toBe(false);
});
