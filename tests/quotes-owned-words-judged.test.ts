import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { possessedWords } from '../src/quotes/possessed-words.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'a', '2024-03-01');

it("reads the owner of words judged before a colon (\"Y's line was the one everybody clipped:\")", () => {
  expect(possessedWords("Roe's line at the top of the meeting was the one everybody clipped: ", '')).toEqual({ owner: 'Roe', said: true, judged: true });
  // A predicate bringing in another's words or another one: no reading.
  expect(possessedWords("Roe's remark was met with a retort from the board: ", '')?.judged).toBeUndefined();
  expect(possessedWords("Roe's words were what the mayor answered: ", '')?.judged).toBeUndefined();
});

it('credits the quote after the colon to the person whose words are judged, never a work or a place', () => {
  const got = speakers([
    'Governor Jane Roe met the harbour board in Valdor on Tuesday.',
    "Roe's line at the top of the meeting was the one everybody clipped: \"That is why we came.\" She said it when a reporter asked about ferries.",
    "Roe's words were blunt: \"Go home.\"",
    "Casablanca's best line was the one everybody quoted: \"Here we go again.\"",
  ]);
  expect(got.get('That is why')).toBe('Jane Roe');
  expect(got.get('Go home.')).toBe('Jane Roe');
  expect(got.get('Here we go')).toBeNull();
});

it('takes an owner the document names only by a surname when a name list has it as a surname', () => {
  const got = speakers([
    'The harbour board met in Valdor on Tuesday, and the talks ran late.',
    "Miller's line at the top of the meeting was the one everybody clipped: \"That is why we came.\" It went round the town in minutes.",
    "Valdor's best line was the one everybody quoted: \"Here we go again.\"",
  ]);
  expect(got.get('That is why')).toBe('Miller');
  expect(got.get('Here we go')).toBeNull();
});
