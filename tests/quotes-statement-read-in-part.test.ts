import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "The statement read in part, "..."" (a comma before the quote) a sentence or
// two after the body that issued the statement, or after the body credited with "in a statement" set off between
// it and its verb: the statement is its issuer's.
describe('"The statement read in part, "..."" after its issuer', () => {
  it('two sentences after "issued a statement"', () => {
    for (const verb of ['read in part,', 'read,', 'reads,']) {
      const paras = [`The Delmoran fisheries ministry issued a statement on Thursday. It came after a week of protests by boat owners in the north. The statement ${verb} "The ministry will review every licence."`];
      expect(speakerOf(paras, 'review every licence')).toBe('the Delmoran fisheries ministry');
    }
  });

  it('after the issuer with "in a statement" set off, a name inside the aside', () => {
    const paras = ['The Ministry of Harbour Affairs, in a statement signed by its spokesperson, Mrs Ada Kell, said Delmora "remains open to talks".', 'The statement read in part, "Delmora urges all sides to keep the sea lanes open."'];
    expect(speakerOf(paras, 'sea lanes')).toBe('the Ministry of Harbour Affairs');
  });

  it('a person who "read" reads another\'s words, not his own', () => {
    expect(speakerOf(['Ivo Lund read the letter aloud. The letter read, "Come home soon."'], 'Come home')).not.toBe('Ivo Lund');
  });
});
