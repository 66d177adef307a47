import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: the words set off after a speaker's name hold a title in quotation marks,
// its comma inside the marks as American style puts it, and the speaker's fragment follows the verb.
describe('a quoted title inside the words set off after a name', () => {
  it('`Roe, the co-author of "Title," about ..., said ... "..."`', () => {
    const paras = ['Vos, the co-author of "Harbor Lights," about the decline of the fishing port, said the days when the town had "a single shared newspaper" are gone.'];
    expect(speakerOf(paras, 'single shared newspaper')).toBe('Vos');
  });
  it('`Jane Roe, a contestant on the show, "Title," who ..., said ... "..."`', () => {
    const paras = ['Tom Vos, a contestant on the reality show, "The Harbor," who went on to work for the producers, said his employer was "ever gentle and open-handed."'];
    expect(speakerOf(paras, 'gentle and open-handed')).toBe('Tom Vos');
  });
});
