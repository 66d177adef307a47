import { expect, it } from 'vitest';
import { speakerOf, speakersByQuote } from './helpers/quotes.ts';
import { passiveJudgedWords } from '../src/quotes/denied-words.ts';

// A passive verb of judging or naming with no agent before the quote: the words are others' of its subject.
it('credits nobody with words a passive verb of judging says were used of its subject', () => {
  const got = speakersByQuote([
    'Anna Moss ran the harbour board for six years. Moss was criticized for being a "failed manager" in the press.',
    'She was later branded "out of touch" in a council report.',
    'Tomas Brell, who was widely derided as a "paper admiral," resigned in June.',
  ]);
  expect(got.get('failed manager')).toBeNull();
  expect(got.get('out of touch')).toBeNull();
  expect(got.get('paper admiral')).toBeNull();
});

it("keeps the subject's own words after a gerund of saying, and the agent's before or after the quote", () => {
  const got = speakersByQuote([
    'Anna Moss was criticized for being a "failed manager" by Ida Kell, a board member.',
    'Anna Moss was criticized for calling the plan "a mess".',
    'Tomas Brell was praised by Ida Kell as "a tireless servant".',
    'Brell was asked about the harbour and said it was "in good hands".',
  ]);
  expect(got.get('failed manager')).not.toBe('Anna Moss');
  expect(got.get('a mess')).toBe('Anna Moss');
  expect(got.get('a tireless servant')).toBe('Ida Kell');
  expect(got.get('in good hands')).toBe('Tomas Brell');
});

it('leaves active verbs after an apposition and a document\'s own wording alone', () => {
  expect(passiveJudgedWords('Ida Kell, a lawmaker from the coast, called the plan ')).toBe(false);
  expect(passiveJudgedWords('Kell posted a statement on her channel, where the talks are described as ')).toBe(false);
  expect(passiveJudgedWords('Moss was criticized for being a ')).toBe(true);
});

// A modal passive is the opinion of whoever states it; a gerund passive with its own verb quotes the predicate.
it('leaves a modal passive and a gerund subject with its own verb to the one who says so', () => {
  expect(passiveJudgedWords('Pell, the ferry line\'s owner, suggested that the delays could be blamed on the weather and on ')).toBe(false);
  expect(passiveJudgedWords('The painter explained why being described as such is really a ')).toBe(false);
  const paragraphs = [
    'Ruth Pell, the ferry line\'s owner, suggested that the delays could be blamed on the weather and on "the rush to sell tickets."',
    'The painter Lena Vosk spoke at the gallery. The painter explained why being described as such is really a "polite insult."',
  ];
  expect(speakerOf(paragraphs, 'rush to sell')).toBe('Ruth Pell');
  expect(speakerOf(paragraphs, 'polite insult')).toBe('Lena Vosk');
});
