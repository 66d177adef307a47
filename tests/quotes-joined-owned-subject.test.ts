import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('gives the words after ", and his rival, NAME, replied:" to NAME, not the first clause\'s subject', () => {
  const got = speakers([
    'Mayor Tobiah Wrenn opened the debate, and his challenger, Casimir Dolt, replied: "The figures are invented."',
    'Wrenn spoke for ten minutes; her deputy, Agathe Simm, added: "We stand by every number."',
  ]);
  expect(got.get('The figures are invented')).toBe('Casimir Dolt');
  expect(got.get('We stand by every number')).toBe('Agathe Simm');
});
