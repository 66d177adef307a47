import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences written for these tests: "NAME said, with the air of a man announcing a plain truth: "..."": a "with" phrase
// of manner likening the speaker to someone, whose participle is no absolute clause with a speaker of its own.
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'p', '2024-03-01');

it('keeps the words with the subject who said them, not with "the air of a man" likened to', () => {
  const got = speakers([
    'Asked whether the ferry would sail again, Olaf Brandt said, with the air of a man announcing a plain truth: "That is why we built it."',
    'Mira Saltz answered, with the look of someone explaining it for the tenth time: "The dock is closed."',
  ]);
  expect(got.get('That is why')).toBe('Olaf Brandt');
  expect(got.get('The dock is')).toBe('Mira Saltz');
});

it('still gives an absolute clause with a person as its subject to that person', () => {
  const got = speakers(['Councillors were quick to react, with Ida Varga posting a photo of the pier and asking, "Who will pay for this?"']);
  expect(got.get('Who will pay')).toBe('Ida Varga');
});
