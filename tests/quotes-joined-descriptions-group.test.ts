import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

describe('plural descriptions joined by "and" as one group that speaks', () => {
  it('credits "her aides and advisers" as the whole group, not the advisers alone', () => {
    const got = speakersByQuote(['Mayor Ana Kell left the hall early. Her aides and advisers said the plan was "dead in the water".']);
    expect(got.get('dead in the water')).toBe('Her aides and advisers');
  });

  it('does so before the verb and after the quote', () => {
    expect(speakersByQuote(['Western diplomats and analysts said the levy was "a tax on trade".']).get('a tax on trade')).toBe('Western diplomats and analysts');
    expect(speakersByQuote(['"It is a tax on trade," diplomats and analysts said.']).get('It is a tax on trade')).toBe('diplomats and analysts');
  });

  it('credits no one when a named person stands on either side, and a described one only with the whole group', () => {
    const got = speakersByQuote(['Ana Kell and her aides said the plan was "dead in the water". The mayor and her advisers called it "a relief".']);
    expect(got.get('dead in the water')).toBeNull();
    expect(got.get('a relief')).toBe('the mayor and her advisers');
  });
});
