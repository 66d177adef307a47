import { describe, it, expect } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for this test: a one-word name the text sets before a trade noun ("the Harbourline investment
// bank") is a body's; when it later speaks alone, it speaks as that body.
describe('a name used as the modifier of a body noun', () => {
  it('"at the Harbourline investment bank" makes a later "Harbourline said" a body', () => {
    const q = quoteOpeningWith(['Tom Vale spent eight years at the Harbourline investment bank.', '“We are calm about the exposure,” Harbourline said in a note to clients.']);
    expect(q.get('We are calm')).toEqual({ speaker: 'Harbourline', kind: 'organisation' });
  });
  it('not when the text also gives the word as someone\'s surname', () => {
    const q = quoteOpeningWith(['Ola Harbourline once ran the Harbourline investment bank.', '“We are calm about the exposure,” Harbourline said.']);
    expect(q.get('We are calm')).toEqual({ speaker: 'Ola Harbourline', kind: 'person' });
  });
  it('"NAME itself, in a note to clients, said" is read past "itself", and as a body', () => {
    const q = quoteOpeningWith(['Markets fell on Tuesday.', 'Nordvale itself, in a note to clients, said the drop was “a passing scare, not a crisis”.']);
    expect(q.get('a passing scare')).toEqual({ speaker: 'Nordvale', kind: 'organisation' });
  });
});
