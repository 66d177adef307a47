import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('keeps a bare surname for the one the text is about, not the relative named in passing (a first name the lexicon lacks)', () => {
  const got = speakers([
    'Explorer Hamish Quillan, who crossed the ice cap four times, has died at 81. His widow, Ingrid Quillan, said the family was grateful for the messages.',
    'Quillan spent forty winters in the north. In a 2010 interview he described the cold. "You never get used to it, you only stop complaining," Quillan said.',
  ]);
  expect(got.get('You never get used to it, you only stop complaining')).toBe('Hamish Quillan');
  const obit = speakers([
    'Oswin Marrable, the composer of four symphonies, died on Sunday. His daughter, Clara Marrable, confirmed the death.',
    'Marrable wrote his first piece at nine. "Music was the only language I ever spoke well," Marrable said in 1998.',
  ]);
  expect(obit.get('Music was the only language I ever spoke well')).toBe('Oswin Marrable');
});

it('gives the bare surname to the relative the sentence before set up to speak', () => {
  const got = speakers([
    'Bakery owner Hamish Vossberg has run the shop for thirty years. His daughter, Marit Vossberg, who keeps the books, was more blunt.',
    '"We will close if the rent goes up again," Vossberg said.',
  ]);
  expect(got.get('We will close if the rent goes up again')).toBe('Marit Vossberg');
});

it('credits no one when the relative is at hand in the paragraph and was not just set up to speak', () => {
  const got = speakers([
    'Bakery owner Hamish Vossberg has run the shop for thirty years. His daughter, Marit Vossberg, had a view. "Dad is tired," she told us. She sighed. "We will close if the rent goes up again," Vossberg said.',
  ]);
  expect(got.get('We will close if the rent goes up again')).toBeNull();
});
