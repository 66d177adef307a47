import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2025-05-01');

it('reads the described one past a relative clause and a second one set off by commas', () => {
  const got = speakers([
    'The ferry strike in Vessby went into its third week.',
    'A port official who briefed us, and who was not allowed to be named, said, "We expect the boats back by June."',
  ]);
  expect(got.get('We expect the')).toBe('a port official');
});

it('still leaves a relative clause with a subject pronoun of its own alone', () => {
  const got = speakers([
    'The ferry strike in Vessby went into its third week.',
    'Mara Olsen hired an engineer who said he was short-changed, and who later sued, said, "We paid him twice."',
  ]);
  expect(got.get('We paid him')).not.toBe('an engineer');
});
