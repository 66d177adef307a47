import { describe, it, expect } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';
import { classifyProperName } from '../src/quotes/names.ts';

// Passages written for these tests: a country named in its own letters ("Việt Nam") or as one hyphenated word
// ("Timor-Leste") is the country speaking, never a person, and never the same person as a spokesman whose given
// name is its last word ("Nam").
const paras = [
  'HÀ NỘI — Ministry spokesman Đỗ Văn Nam said on Friday that the region needed "calm heads."',
  '"We are friends of both," Nam said.',
  'Asked about the port, Việt Nam said it "stands ready" to help.',
  '"Stay calm," Việt Nam said in a statement.',
];

describe('a country or capital written with accents, two words or a hyphen', () => {
  it('is a body, not a person', () => {
    for (const name of ['Việt Nam', 'Viet Nam', 'Timor-Leste', 'Hà Nội', 'Türkiye']) expect(classifyProperName(name)).toBe('organisation');
  });

  it('leaves a single unaccented word that is also a given name to the lexicon', () => {
    expect(classifyProperName('Nam')).toBe('person');
  });

  it('speaks as the country, and the spokesman named "Nam" keeps his own words', () => {
    const q = quoteOpeningWith(paras);
    expect(q.get('stands ready')).toEqual({ speaker: 'Việt Nam', kind: 'organisation' });
    expect(q.get('Stay calm')).toEqual({ speaker: 'Việt Nam', kind: 'organisation' });
    expect(q.get('We are friends')).toEqual({ speaker: 'Đỗ Văn Nam', kind: 'person' });
  });
});
