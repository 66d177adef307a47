import { describe, it, expect } from 'vitest';
import { readClaim } from '../src/quotes/claim.ts';
import { normaliseName } from '../src/quotes/names.ts';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests: two namesakes whose given names are hyphenated, one of them opening on a
// syllable that is also an English auxiliary ("Do-"), and a couple whose names hold a Polish 'ł'.
const article = doc('harbour-fees', '2024-10-02', [
  'Port fees in Velmora rose by a fifth on Monday.',
  '"Every ship that calls here will pay more this winter," said Do-yeon Seo, a freight analyst at Tarn Securities.',
  'Ji-ho Seo, a shipping lawyer who is not related to her, said the rise was lawful. "The council followed every rule it wrote," he said.',
  'In the old town, baker Grażyna Wrzos, 64, said the fees meant dearer flour.',
  '"Bread follows the ships," her husband, Bolesław Wrzos, said. "It always has."',
]);
const ask = whoSaidOver(article);

describe('who-said: a hyphenated given name is a name, not an auxiliary', () => {
  it('"did do-yeon seo say ..." reads the speaker "do-yeon seo"', () => {
    const [claim] = readClaim('did do-yeon seo say every ship that calls here will pay more this winter');
    expect(claim).toMatchObject({ speaker: 'do-yeon seo', words: 'every ship that calls here will pay more this winter' });
  });

  it('confirms the quote for her, and tells her namesake apart', () => {
    const a = ask('did do-yeon seo say every ship that calls here will pay more this winter');
    expect(a.matches[0]).toMatchObject({ speaker: 'Do-yeon Seo', verdict: 'same', speakerMatches: true });
    const b = ask('did do-yeon seo say the council followed every rule it wrote');
    expect(b.matches[0]).toMatchObject({ speaker: 'Ji-ho Seo', speakerMatches: false });
  });

  it('an auxiliary standing as a word of its own still ends a speaker phrase ("we do say")', () => {
    expect(readClaim('we do say every ship that calls here will pay more').every((c) => c.speaker === null || !/\bdo\b/u.test(c.speaker))).toBe(true);
  });
});

describe('who-said: a name typed without the letters NFKD does not take apart', () => {
  it('folds ł, ø, đ, æ and ß as a keyboard without them types them', () => {
    expect(normaliseName('Bolesław Wrzos')).toBe('boleslaw wrzos');
    expect(normaliseName('Søren Æbelø')).toBe('soren aebelo');
    expect(normaliseName('Đinh Gauß')).toBe('dinh gauss');
  });

  it('"boleslaw wrzos said ..." is Bolesław Wrzos, and not his wife', () => {
    const a = ask('boleslaw wrzos said bread follows the ships');
    expect(a.matches[0]).toMatchObject({ speaker: 'Bolesław Wrzos', verdict: 'same', speakerMatches: true });
    const b = ask('did grazyna wrzos say bread follows the ships');
    expect(b.matches[0]).toMatchObject({ speaker: 'Bolesław Wrzos', speakerMatches: false });
  });
});
