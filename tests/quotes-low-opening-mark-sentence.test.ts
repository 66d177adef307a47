import { expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.ts';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

// German print opens a quotation with a low mark („...“): a full stop followed by „ ends its sentence, as a full
// stop followed by an English opening mark does, so the sentence holding the quote is read apart from the one
// before it.

it('ends a sentence at a full stop before a low opening mark „', () => {
  const got = splitSentences('Their son, Jonas Vell, runs the sales office. „We sell to five markets now,“ he said.').map((s) => s.text);
  expect(got).toEqual(['Their son, Jonas Vell, runs the sales office.', '„We sell to five markets now,“ he said.']);
});

it('reads "the younger SURNAME" after a son brought in in the sentence before a quote in low-high marks', () => {
  const got = speakers([
    'In Marlow, Stefan and Ilse Vell have run a small press shop for thirty years.',
    'Their son, Jonas Vell, who now runs sales, has spent the past year abroad. „My parents built this shop on one market,“ the younger Vell said.',
  ]);
  expect(got.get('My parents built this shop on one market')).toBe('Jonas Vell');
});
