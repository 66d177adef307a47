import { describe, expect, it } from 'vitest';
import { labelAsCalling } from '../src/search/label-question.ts';
import { sameMeaningAlternatives } from '../src/search/lexicon.ts';
import { normalizeTerm, queryTerms } from '../src/text/terms.ts';
import { firstPassage, NAMED_TOWNS } from './helpers/towns.ts';

const terms = (q: string): string[] => queryTerms(q).map((w) => w.terms[0]!);

describe('a label stuck on someone, asked as what they are called', () => {
  it('reads "what label do X stick on Y" and "what nickname do X use for Y" as calling', () => {
    expect(labelAsCalling('what label do critics stick on the two towns')).toBe('what do critics call the two towns');
    expect(labelAsCalling('what nickname do some use for eastburg')).toBe('what do some call eastburg');
    expect(labelAsCalling('what name is on the ferry')).toBe('what name is on the ferry');
  });

  it('answers with the name critics or others give, not a party’s own word', () => {
    expect(firstPassage(NAMED_TOWNS, 'what label do critics stick on eastburg and westfield')).toBe('towns#p2');
  });
});

describe('a name of parties together asked in the passive, with an adverb saying some use it', () => {
  it('reads "what are X and Y sometimes called" as what people call them, but not one thing\'s other name nor its own', () => {
    expect(labelAsCalling('what are the two towns sometimes called?')).toBe('what do people call the two towns?');
    expect(labelAsCalling('what are they also known as')).toBe('what do people call them');
    expect(labelAsCalling('what is the mill also known as')).toBe('what is the mill also known as');
    expect(labelAsCalling('what was the ferry called?')).toBe('what was the ferry called?');
    expect(labelAsCalling('what is the road often called by Eastburg?')).toBe('what is the road often called by Eastburg?');
  });

  it('answers with the name others give, though that paragraph names neither town', () => {
    expect(firstPassage(NAMED_TOWNS, 'What are Eastburg and Westfield sometimes called?')).toBe('towns#p2');
  });
});

describe('a bloc and an axis', () => {
  it('joins "axis" and "bloc"', () => {
    const q = 'is there an eastburg westfield axis';
    expect(sameMeaningAlternatives(q, terms(q)).map((a) => a.term)).toContain(normalizeTerm('bloc'));
  });

  it('reads "one camp" and "the same camp" as a bloc, but not a camp by itself (a place\'s name: "Camp Hollis")', () => {
    const q = 'are eastburg and westfield in one camp';
    expect(sameMeaningAlternatives(q, terms(q)).map((a) => a.term)).toContain(normalizeTerm('bloc'));
    const r = 'what happened at camp hollis';
    expect(sameMeaningAlternatives(r, terms(r)).map((a) => a.term)).not.toContain(normalizeTerm('bloc'));
  });
});
