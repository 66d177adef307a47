import { expect, it } from 'vitest';
import { parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2025-05-01');

it('reads the described subject before a relative clause whose verb follows "that"', () => {
  const got = speakers([
    'The fishing ban around the Varn Islands has held for a decade.',
    'The regional panel of experts that monitors the ban said in its latest report that Valdoria had "kept quietly fishing" in the closed waters.',
  ]);
  expect(got.get('kept quietly fishing')).toBe('the regional panel of experts');
});

it('reads no one out of an object relative clause or a name before the clause', () => {
  expect(parseSubjectPhrase('The report that Roe wrote')).toBeNull();
  expect(parseSubjectPhrase('Mara Olsen that chairs the board')?.type ?? null).not.toBe('description');
  expect(parseSubjectPhrase('The regional panel of experts that monitors the ban')).toMatchObject({ type: 'description', text: 'the regional panel of experts' });
});
