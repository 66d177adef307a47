import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Session 54 (h5): "Mrs SURNAME" read to a person whose given name is a man's.

it('credits no man with the words a "Mrs" said', () => {
  // "Mrs Anders Lyngstad" is a wife styled by her husband's name; the husband named in full merged with her, and the
  // words went to "Anders Lyngstad".
  expect(speakerOf(['Mrs Anders Lyngstad, as the parish roll has her, was born Gudrun Aas. Anders Lyngstad died in 1999.', '"I kept the farm and the name," Mrs Lyngstad said.'], 'I kept the farm')).toBeNull();
});

it('still credits a title that agrees with the name', () => {
  expect(speakerOf(['Anders Lyngstad and his wife, Gudrun Lyngstad, opened the market.', '"We sold out by noon," Mrs Lyngstad said.'], 'We sold out by noon')).toBe('Gudrun Lyngstad');
  expect(speakerOf(['Anders Lyngstad opened the market.', '"We sold out by noon," Mr Lyngstad said.'], 'We sold out by noon')).toBe('Anders Lyngstad');
});
