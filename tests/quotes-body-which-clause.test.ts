import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: "The <Body>, which NAME's mother founded, issued a statement urging
// ... "..."": the body speaks, not the one named inside its clause of "which".

describe('a body\'s name after "the" with a clause of "which", then a verb and a participle', () => {
  it('"which NAME\'s mother founded": the body, and "It said" after it', () => {
    const text = [
      'Mara Olsen, 61, has led the tenants\' campaign since 2009. "We are tired, not beaten," she said.',
      'The Lakeside Tenants\' Union, which Mara Olsen\'s mother founded, issued a statement urging the city not to let the dispute be "swept aside by the budget". It said the new lease rules made talks with the landlords "more urgent, not less".',
    ];
    expect(speakerOf(text, 'swept aside')).toBe("the Lakeside Tenants' Union");
    expect(speakerOf(text, 'more urgent')).toBe("the Lakeside Tenants' Union");
  });

  it('"which NAME founded": the body, not its founder', () => {
    const text = ['The Lakeside Tenants Union, which Mara Olsen founded, issued a statement urging the city not to let the dispute be "lost in the budget".'];
    expect(speakerOf(text, 'lost in the budget')).toBe('the Lakeside Tenants Union');
  });

  it('a clause with no name in it: the body, where it was no one before', () => {
    const text = ['The Lakeside Tenants Union, which was founded in 1990, issued a statement urging the city not to let the dispute be "buried in the budget".'];
    expect(speakerOf(text, 'buried in the budget')).toBe('the Lakeside Tenants Union');
  });

  it('a person and a clause of "who" are read as before', () => {
    const text = ['Jon Berg, who runs the union, issued a statement urging the city not to let the dispute be "hidden in the budget".'];
    expect(speakerOf(text, 'hidden in the budget')).toBe('Jon Berg');
  });
});
