import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: a relation of someone's, then a first name that is also a month's
// set off by commas ("His wife, April,"), then "she said".

describe('"His wife of 40 years, June, ..." names the wife, not a date', () => {
  it('"His wife of 40 years, June, stood at his side. \\"...,\\" she said."', () => {
    const text = ['Arne Voss, 70, watched from his porch.', '"The Danes were behind it then," Voss said.', 'His wife of 40 years, June, stood at his side. "He never sleeps before a count," she said.'];
    expect(speakerOf(text, 'never sleeps before a count')).toBe('June');
  });

  it('"Her daughter, April, ..." then "she said"', () => {
    const text = ['Greta Holm, 81, keeps the harbour log.', '"The boats come later every year," Holm said.', 'Her daughter, April, helps on Sundays. "She writes everything twice," she said.'];
    expect(speakerOf(text, 'writes everything twice')).toBe('April');
  });

  it('a month after a description that is no relation stays a date: no one named April speaks', () => {
    const text = ['Greta Holm, 81, keeps the harbour log.', 'The last entry, April, was the busiest month. "We ran out of ink," she said.'];
    expect(speakerOf(text, 'ran out of ink')).not.toBe('April');
  });
});
