import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { qualifiesPersonNoun } from '../src/quotes/place-qualifier.ts';

// Passages written for these tests: invented people, places and outlets.
const BEFORE = 'Senator Dana Holloway posted twice on Friday about the port deal.';

describe('a place before a noun of a person names no one the pronoun may mean', () => {
  it('reads the place as the noun\'s qualifier', () => {
    const text = 'The Port Aldous economist, who advises grain exporters, sees it differently.';
    expect(qualifiesPersonNoun(text, text.indexOf('Port'))).toBe(true);
    expect(qualifiesPersonNoun(text, text.indexOf('Aldous'))).toBe(true);
    const body = 'The Port Aldous Authority said it would appeal.';
    expect(qualifiesPersonNoun(body, body.indexOf('Port'))).toBe(false);
  });
  it('goes on with the namesake named just before, over "The PLACE economist, who ..."', () => {
    const paragraphs = [BEFORE, 'Mira Holloway is no relation. The Bremerton economist, who advises grain exporters, sees the summit mainly through freight. "It will not last," she said. "Nobody pays for it."'];
    expect(speakerOf(paragraphs, 'It will not last')).toBe('Mira Holloway');
    expect(speakerOf(paragraphs, 'Nobody pays')).toBe('Mira Holloway');
  });
  it('so over a place of two words', () => {
    const paragraphs = [BEFORE, 'Mira Holloway is no relation. The Port Aldous economist, who advises grain exporters, sees the summit mainly through freight. "It will not last," she said.'];
    expect(speakerOf(paragraphs, 'It will not last')).toBe('Mira Holloway');
  });
  it('still gives the words to a person the description names', () => {
    const paragraphs = [BEFORE, 'Mira Holloway is no relation. The Bremerton economist, Tanya Vell, sees the summit mainly through freight. "It will not last," she said.'];
    expect(speakerOf(paragraphs, 'It will not last')).toBe('Tanya Vell');
  });
});
