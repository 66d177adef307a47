import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Words one person is reported to have said, inside a clause another reports or carries: not the reporter's.
describe('a quote inside a "that" clause of a named sayer, with "according to" after it', () => {
  it('gives the words to the sayer named in full, not to the one "according to" names', () => {
    const paragraphs = ['Ivo Cole, the driver, was questioned on Monday.', 'The transcript shows Cole said only that the call was "routine," according to prosecutor Mira Dunne.'];
    expect(speakerOf(paragraphs, 'routine')).toBe('Ivo Cole');
  });

  it('leaves them to nobody when the sayer is a bare surname the text never gave in full', () => {
    expect(speakerOf(['The transcript shows Cole said only that the call was "routine," according to prosecutor Mira Dunne.'], 'routine')).toBeNull();
  });

  it('still gives words with no sayer before them to the one "according to" names', () => {
    expect(speakerOf(['The call was "routine," according to prosecutor Mira Dunne.'], 'routine')).toBe('Mira Dunne');
  });
});

describe('a pronoun in a clause reported by one described by a tie to a named person', () => {
  it('does not give "she had screamed" to a source close to an actress', () => {
    expect(speakerOf(['A source close to the actress Bella Roane said she had screamed "get out of my house" at the director.'], 'get out')).not.toBe('a source close to the actress Bella Roane');
  });

  it('still gives it to the source when the named person is of the other gender', () => {
    expect(speakerOf(['A source close to the actor Ivo Hart said she had screamed "get out of my house" at the director.'], 'get out')).toBe('a source close to the actor Ivo Hart');
  });
});
