import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { askedBy } from '../src/quotes/asked-by.ts';

// A passive "asked" inside what the sentence's subject reports is no question put to the subject while speaking:
// the one reporting it says the words.
it('credits the subject of "said" when the reported clause holds a passive "asked" with no asker', () => {
  for (const s of [
    'Ivo Marin, the captain of the ship, said he had not been asked to take the cargo and would "never have agreed to it".',
    'Ivo Marin said his firm had not been asked to carry the crates and would "say no on principle".',
    'Ivo Marin said he was asked to take the cargo and "refused outright".',
  ]) {
    expect([...speakersByQuote([s]).values()], s).toEqual(['Ivo Marin']);
  }
});

it('still reads a passive "asked" of the subject itself, or one with its asker named', () => {
  expect(askedBy(' was asked by host Lena Berg, ')).toEqual({ asker: 'Lena Berg' });
  expect(askedBy(' was asked whether the port would close, ')).toEqual({ asker: null });
  expect(askedBy(' said he had been asked by Lena Berg whether ')).toEqual({ asker: 'Lena Berg' });
  expect(askedBy(' said he had not been asked to take the cargo and would ')).toBeNull();
});
