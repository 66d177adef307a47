import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Sentences written for these tests (invented people and places): French copy sets its guillemets off from the
// words inside by spaces, « like this », so the mark that closes a sentence's quote and the one that opens the
// next stand a space away from the sentence's end and the next sentence's first word.
describe('guillemets set off by spaces', () => {
  it('a closing guillemet after a space belongs to the sentence it closes, and an opening one begins the next', () => {
    const t = '« The quay is ready, » Roubaud said, according to a recording. « We open on Monday. » The mayor was absent.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      '« The quay is ready, » Roubaud said, according to a recording.',
      '« We open on Monday. »',
      'The mayor was absent.',
    ]);
  });

  it('a guillemet inside a sentence still splits nothing', () => {
    const t = '« We are glad to be here », declared Jean Roubaud, all smiles, at the quay.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([t]);
  });

  it('the quote opening the next sentence goes on from the credited one before it', () => {
    const got = speakersByQuote([
      'Harbour minister Jean Roubaud opened the new quay at Port-Vendel.',
      '« The quay is ready for the winter, » Roubaud said through an interpreter, according to a recording released by the ministry. « We open to ships on Monday. »',
    ]);
    expect(got.get('We open to ships on Monday')).toBe('Jean Roubaud');
  });
});
