import { expect, it } from 'vitest';
import { speakersByWholeQuote } from './helpers/quotes.ts';

/** Each quote's words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByWholeQuote(paras, 'p', '2025-05-01');

it('gives the quote to the person a who-clause describes, not the place or object inside the clause', () => {
  const got = speakers([
    'A doctor who worked in Bergen said: "The fjord froze twice that winter."',
    'A nurse who trained in Dundee during the flu season said the wards were "full to the doors".',
    'A banker who advised on the bridge loan said the terms were "generous to a fault".',
  ]);
  expect(got.get('The fjord froze twice that winter.')).not.toBe('Bergen');
  expect(got.get('The fjord froze twice that winter.')).toBe('a doctor');
  expect(got.get('full to the doors')).toBe('a nurse');
  expect(got.get('generous to a fault')).toBe('a banker');
});

it('reads a bare surname after "X and Y met" as the person of that surname just named, not an earlier one', () => {
  const got = speakers([
    'Irene Mbeki, who leads the dockers, told the rally: "We stay out."',
    'The port director, Samuel Mbeki, told the radio that the claim was "beyond reach".',
    'Irene Mbeki and Halvorsen met on Friday. Mbeki said afterwards that the talks had been "pointless".',
  ]);
  expect(got.get('pointless')).toBe('Irene Mbeki');
});

it('leaves a who-clause on an object to the sentence subject', () => {
  const got = speakers([
    'Councillor Ruth Anand was curt about refusing a builder who said he was cheated after he roofed a barn at one of her farms, saying, "He simply did poor work."',
  ]);
  expect(got.get('He simply did poor work.')).not.toBe('a builder');
});
