import { expect, it } from 'vitest';
import { deniedInNextSentence } from '../src/quotes/denied-words.ts';
import { speakerOf } from './helpers/quotes.ts';

// Session 54 (h5): words credited to someone who, by surname, denies them in the very next sentence.

it('credits no one with words the one credited denies in the next sentence', () => {
  expect(speakerOf(['The bishop Tobias Hallgren told clergy the cathedral was "a burden on the faithful". Hallgren says the meeting never took place.'], 'a burden on the faithful')).toBeNull();
  // (The source of an "according to" may still be credited as the one who tells the words, as the engine reads it.)
  expect(speakerOf(['According to a former aide, Oskar Lindqvist, the bishop Tobias Hallgren told clergy the cathedral was "a burden on the faithful". Hallgren says the meeting never took place.'], 'a burden on the faithful')).not.toBe('Tobias Hallgren');
  expect(speakerOf(['The councillor Maren Fjeld told a dinner the valley was "a lost cause". Fjeld denies saying it.'], 'a lost cause')).toBeNull();
  expect(speakerOf(['The councillor Maren Fjeld told a dinner the valley was "a lost cause". But Fjeld insists she never said any such thing.'], 'a lost cause')).toBeNull();
});

it('keeps the credit when the next sentence is no denial, or the denial is another’s or a pronoun’s', () => {
  expect(speakerOf(['The councillor Maren Fjeld told a dinner the valley was "a lost cause". Fjeld repeated it on Monday.'], 'a lost cause')).toBe('Maren Fjeld');
  // (A pronoun may be the other one named: "He denied it" after "called Doe" is Doe's denial.)
  expect(deniedInNextSentence(' He denied it.', 'Maren Fjeld')).toBe(false);
  expect(deniedInNextSentence(' Ruud denied it.', 'Maren Fjeld')).toBe(false);
  expect(deniedInNextSentence(' Fjeld denied it.', 'Maren Fjeld')).toBe(true);
});
