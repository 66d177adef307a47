import { describe, expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

describe('a noun for a party member after an indefinite article', () => {
  it('reads "said a senior Democrat" as one unnamed, not a person named Democrat', () => {
    const q = quoteOpeningWith(['"We will not back the harbour levy in this form," said a senior Democrat.']).get('We will not');
    expect(q).toEqual({ speaker: 'a senior Democrat', kind: 'unnamed' });
  });

  it('does so with a lowercase noun before the member noun, and before the verb', () => {
    expect(quoteOpeningWith(['"The levy is dead for this session," said a veteran Tory.']).get('The levy')).toEqual({ speaker: 'a veteran Tory', kind: 'unnamed' });
    expect(quoteOpeningWith(['"The levy is dead for this session," said a leading Republican.']).get('The levy')).toEqual({ speaker: 'a leading Republican', kind: 'unnamed' });
    expect(quoteOpeningWith(['A senior Democrat said: "The levy is dead for this session."']).get('The levy')).toEqual({ speaker: 'a senior Democrat', kind: 'unnamed' });
  });

  it('still reads a surname after adjectives as the person', () => {
    const q = quoteOpeningWith(['Mara Olsen chairs the harbour board.', '"We will not move an inch on this," said an angry Olsen.']).get('We will not');
    expect(q.speaker).toBe('Mara Olsen');
  });
});
