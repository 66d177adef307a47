import { describe, expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

describe('a firm named with an ampersand', () => {
  it('speaks under its name as written', () => {
    expect(quoteOpeningWith(['QX&T said it "will comply fully" with the harbour order.']).get('will comply')).toEqual({ speaker: 'QX&T', kind: 'organisation' });
    expect(quoteOpeningWith(['R&V Global said in a note that freight rates "may rise sharply" this winter.']).get('may rise')).toEqual({ speaker: 'R&V Global', kind: 'organisation' });
    expect(quoteOpeningWith(['Harlow & Quist said it "will comply fully" with the harbour order.']).get('will comply')).toEqual({ speaker: 'Harlow & Quist', kind: 'organisation' });
    expect(quoteOpeningWith(['"We will comply fully," QX&T said.']).get('We will')).toEqual({ speaker: 'QX&T', kind: 'organisation' });
  });

  it('does not read two people joined by an ampersand as a firm', () => {
    expect(quoteOpeningWith(['Mara Olsen & Piet Vos said the ferry "will sail again" in May.']).get('will sail').kind).not.toBe('organisation');
  });
});
