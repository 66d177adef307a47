import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): "The captain, asked whether he would let his son ..., paused.
// '...,' he said.": the question put to the one described, set off between the description and its verb, is no
// part of the subject; the "he" after it is the one described (a man named before), not the son the question
// mentions, though the son spoke last.
const paras = (sentence: string): string[] => [
  'Captain Tomas Virta has fished the gulf for 30 years. Sitting on the quay on Thursday, the 61-year-old was gloomy.',
  '"Every rule costs us a week," Virta told the Coast Courier.',
  'For Captain Virta, the rules are personal. His son, Eero, is a deckhand on a trawler that calls at Kotka.',
  '"My father frets too much," Eero Virta said by phone. "But I listen to him."',
  `${sentence} "He is 24. I cannot stop him," he said.`,
];

it('gives the "he" after "The captain, asked whether ..., paused." to the captain', () => {
  expect(speakerOf(paras('The captain, asked whether he would let his son keep working at sea, paused for a long time.'), 'I cannot stop him')).toBe('Tomas Virta');
  expect(speakerOf(paras('The captain, pressed on whether his son should stay ashore, shrugged.'), 'I cannot stop him')).toBe('Tomas Virta');
});

it('reads it as it reads the sentence with no question set off', () => {
  expect(speakerOf(paras('The captain paused for a long time.'), 'I cannot stop him')).toBe('Tomas Virta');
});
