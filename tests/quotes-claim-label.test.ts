import { expect, it } from 'vitest';
import { claimLabelled } from '../src/quotes/claim-label.ts';
import { doc } from './helpers/docs.ts';
import { speakersByQuote as speakers, whoSaidOver } from './helpers/quotes.ts';

// A fact check written for these tests, with invented people and places.
const factCheck = [
  'CLAIM: Governor Ilse Marrow told a rally in Dunvale: "Every family will get a free car next year."',
  'RATING: False. No recording of the rally contains these words.',
  'What Marrow did say, according to the transcript, was more modest. "We will fix the buses first," she said.',
  'Viral claim: a post says the mayor, Oren Teal, promised "a bridge to every island".',
];

it('credits nobody with the words a fact check labels as the claim it checks', () => {
  const got = speakers(factCheck);
  expect(got.get('Every family will get a free car next year')).toBeNull();
  expect(got.get('a bridge to every island')).toBeNull();
  // (The words the check finds she did say are still hers.)
  expect(got.get('We will fix the buses first')).toBe('Ilse Marrow');
});

it('does not confirm the checked words as the subject\'s', () => {
  const a = whoSaidOver(doc('check', '2024-05-02', factCheck))('did ilse marrow say every family will get a free car next year');
  expect(a.matches.every((m) => m.speaker === null || m.verdict === 'different')).toBe(true);
});

it('reads the label only when it opens the sentence with a colon', () => {
  expect(claimLabelled('CLAIM: Governor Ilse Marrow told a rally: ')).toBe(true);
  expect(claimLabelled('The claim: Marrow said ')).toBe(true);
  expect(claimLabelled('The claim that Marrow said ')).toBe(false);
  expect(claimLabelled('Marrow repeated her claim: ')).toBe(false);
});
