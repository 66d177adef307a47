import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits not the main subject with words in a "who" clause of speech about another', () => {
  const got = speakers([
    'Alderman Petra Vesely met the surveyor, Otto Krainer, on Friday.',
    'Vesely said she had phoned Krainer, who told her the dam was "sound for fifty years."',
    'Vesely praised Krainer, who said the work would be "done by spring."',
    'Krainer, who said in May that he would "see it through," left on Saturday.',
    'Vesely met Krainer, who said: "It will hold."',
  ]);
  expect(got.get('sound for fifty years')).not.toBe('Petra Vesely');
  expect(got.get('done by spring')).not.toBe('Petra Vesely');
  expect(got.get('see it through')).toBe('Otto Krainer');
  expect(got.get('It will hold')).toBe('Otto Krainer');
});

it('credits the quote in a "who" clause of speech to a one-word antecedent a role set off after it calls a person', () => {
  const got = speakers([
    'Governor Tom Roe met town officials in Valdor on Tuesday, and the talks ran late.',
    'And then there is Kask, the town\'s spokesman, who told reporters afterwards that "no agreements" had been signed, which is a sentence I read backwards.',
  ]);
  expect(got.get('no agreements')).toBe('Kask');
});
