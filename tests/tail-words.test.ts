import { describe, expect, it } from 'vitest';
import { mayEndWith, mayHold } from '../src/quotes/tail-words.ts';
import { isLabelCue } from '../src/quotes/attribution.ts';
import { unspokenQuote } from '../src/quotes/unspoken-quote.ts';

describe('tail words', () => {
  it('reads the last word past trailing marks and spaces', () => {
    expect(mayEndWith('what the mayor called: “', ':,"“‘\'', ['called'])).toBe(true);
    expect(mayEndWith('the harbour master said ', '', ['called'])).toBe(false);
    // A word ending in one of the endings counts: the expression after it decides.
    expect(mayEndWith('the plan was renamed ', '', ['named'])).toBe(true);
    // Long s folds to "s" under case folding: left to the expression.
    expect(mayEndWith('the ſign ſays', '', ['read'])).toBe(true);
  });

  it('finds words anywhere, whatever their case', () => {
    expect(mayHold('The clerk did NOT call it', ['not'])).toBe(true);
    expect(mayHold('The clerk called it', ['not', 'never'])).toBe(false);
  });

  it('leaves the label and unspoken-quote readings as they were', () => {
    expect(isLabelCue('a scheme the port authority dubbed "')).toBe(true);
    expect(isLabelCue('the ferry captain told the crew "')).toBe(false);
    expect(isLabelCue('greeted the skipper with the words: "')).toBe(false);
    expect(unspokenQuote('the dockers held up a banner reading ', 'the dockers held up a banner reading "X".')).toBe(true);
    expect(unspokenQuote('the crowd answered with chants of ', 'the crowd answered with chants of "X".')).toBe(false);
    expect(unspokenQuote('the mayor was greeted with chants of ', 'the mayor was greeted with chants of "X".')).toBe(true);
    expect(unspokenQuote('the minister refused to call the closure ', 'the minister refused to call the closure "X".')).toBe(true);
    expect(unspokenQuote('the minister called the closure ', 'the minister called the closure "X".')).toBe(false);
  });
});
