import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

/** The speaker credited with the quote opening with each words given (undefined when no such quote). */
const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('gives the subject a label after "as" or "as being"', () => {
  const got = speakers([
    'Mayor Ana Ruiz spoke to the council on Monday.',
    'Ruiz later defended her remarks about the harbour as being “sarcastic.”',
  ]);
  expect(got.get('sarcastic')).toBe('Ana Ruiz');
});

it('lets a possessive inside the labelled object pass, not one that owns a description', () => {
  const got = speakers([
    'Norway’s Chancellor Ana Ruiz hailed the fishing union’s pact with Iceland as a “turning point.”',
    'Senator Tomas Vik printed Ruiz’s description of the pact as a “miracle.”',
  ]);
  expect(got.get('turning point')).toBe('Ana Ruiz');
  expect(got.get('miracle')).not.toBe('Tomas Vik');
});

it('reads past a reporting verb joined after the fragment by "and", not one with a subject of its own', () => {
  const got = speakers([
    'Ruiz summed up Vik as “hopeless,” and said he should quit.',
    'Senator Berit Lund referred to the mayor as “our harbour queen” but described her budget as a “work of art.”',
    'Lund called the ferry “a relic,” Ana Ruiz said.',
  ]);
  expect(got.get('hopeless')).toBe('Ana Ruiz');
  expect(got.get('our harbour queen')).toBe('Berit Lund');
  // The label is the object complement of "called", whose subject gave it; Ruiz only reports that Lund did
  // (as "Ruiz said Lund had called the ferry "..."" is Lund's). Session 33 moved this from Ruiz to Lund.
  expect(got.get('a relic')).toBe('Berit Lund');
});

it('takes a full name after words of role as the subject', () => {
  const got = speakers([
    'Liberal mayoral front-runner Ana Ruiz defended her deputy as a “very decent man” on Tuesday.',
    'The new harbour office blamed the storm for the “chaos” downtown.',
  ]);
  expect(got.get('very decent man')).toBe('Ana Ruiz');
  expect(got.get('chaos')).toBeNull();
});

it('leaves a label to the clause "as" opens when it has a subject of its own', () => {
  const got = speakers(['Ana Ruiz smiled as Tomas Vik called the ferry plan “a farce.”']);
  expect(got.get('a farce')).not.toBe('Ana Ruiz');
});
