import { describe, it, expect } from 'vitest';
import { samePerson, type PolnearArticle } from '../eval/polnear.ts';

// An article made for the test: only the full names and their places matter to `samePerson`.
const article = (names: [number, string][]): PolnearArticle => ({
  id: 't',
  text: '',
  paragraphs: [],
  gold: [],
  fullNames: names.map(([at, n]) => ({ at, words: n.toLowerCase().split(' ') })),
});

describe('the PolNeAR measure tells people of one surname apart', () => {
  it('expands "Mrs." and "Mr." to a full name of the title\'s gender, not the one named last', () => {
    const a = article([[0, 'Hillary Clinton'], [50, 'Bill Clinton']]);
    expect(samePerson(a, 'Hillary Rodham Clinton', 'Mrs. Clinton', 100)).toBe(true);
    expect(samePerson(a, 'Bill Clinton', 'Mrs. Clinton', 100)).toBe(false);
    // With no title, the person of that surname the article names first stands, not the one named last.
    expect(samePerson(a, 'Bill Clinton', 'Clinton', 100)).toBe(false);
    expect(samePerson(a, 'Hillary Rodham Clinton', 'Clinton', 100)).toBe(true);
    const b = article([[0, 'Donald Trump'], [50, 'Ivanka Trump']]);
    expect(samePerson(b, 'Donald J. Trump', 'Mr. Trump', 100)).toBe(true);
    expect(samePerson(b, 'Ivanka Trump', 'Mr. Trump', 100)).toBe(false);
  });
});

describe('the PolNeAR measure reads a generation after a surname', () => {
  it('counts "Joseph R. Biden Jr" right for "Mr. Biden", and still tells first names apart', () => {
    const a = article([[0, 'Joseph R. Biden Jr.']]);
    expect(samePerson(a, 'Joseph R. Biden Jr', 'Mr. Biden', 100)).toBe(true);
    expect(samePerson(a, 'Hunter Biden', 'Joseph R. Biden Jr.', 100)).toBe(false);
  });
});

describe('the PolNeAR measure reads a particle and a surname as a surname', () => {
  it('counts "Bill de Blasio" right for "De Blasio", not for "De Niro"', () => {
    const a = article([[0, 'Bill de Blasio']]);
    expect(samePerson(a, 'Bill de Blasio', 'De Blasio', 100)).toBe(true);
    expect(samePerson(a, 'Robert de Niro', 'De Blasio', 100)).toBe(false);
  });
});
