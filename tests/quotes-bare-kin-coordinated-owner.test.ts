import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a mother brought in only from the other side,
// "NAME, AGE, and her daughter, NAME2, AGE2,", then '"...," the mother said'.

it('gives "the mother said" to the woman brought in as "NAME, AGE, and her daughter"', () => {
  const paras = [
    'At the Tern Bakery in Carrow, owner Ana Roske, 55, and her daughter, Ilse Roske, 22, argued across the counter. "The harbour men are all the same," the mother said, as her daughter translated.',
    '"It is more complicated than that," Ilse Roske said.',
  ];
  expect(speakerOf(paras, 'The harbour men')).toBe('Ana Roske');
});

it('leaves "the mother" open when two women are brought in so', () => {
  const paras = [
    'At the Tern Bakery in Carrow, owner Ana Roske, 55, and her daughter, Ilse Roske, 22, argued across the counter. "It is late," Ilse Roske said.',
    'Next door, Mina Holt and her son, Piet Holt, ran the chandlery. "We open at six," Piet Holt said.',
    '"The harbour men are all the same," the mother said.',
  ];
  expect(speakerOf(paras, 'The harbour men')).not.toBe('Ana Roske');
});

it('leaves it open when the text used the word for someone before', () => {
  const paras = [
    'A mother of three who sells fish on the quay watched the ferry come in.',
    'At the Tern Bakery in Carrow, owner Ana Roske, 55, and her daughter, Ilse Roske, 22, argued across the counter. "It is late," Ilse Roske said.',
    '"The harbour men are all the same," the mother said.',
  ];
  expect(speakerOf(paras, 'The harbour men')).not.toBe('Ana Roske');
});
