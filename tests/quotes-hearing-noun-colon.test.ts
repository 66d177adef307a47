import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: a clause before a colon holding "the hearing"
// and "a warning", nouns, not a verb of hearing and a participle of speech ("heard him warning").
describe('Justice SURNAME adjourned the hearing ... with a warning to both sides: "..."', () => {
  it('the subject who adjourned speaks; no one is read as heard warning', () => {
    const got = speakersByQuote([
      'Justice Marta Quillan heard the case in the Dunmere court.',
      'Justice Quillan adjourned the hearing to Friday with a warning to both sides: "This court is not a debating club."',
    ]);
    expect(got.get('This court is not a debating club')).toBe('Marta Quillan');
  });
  it('still reads one remembered speaking', () => {
    const got = speakersByQuote(['Ana Vell recalled Piet Harlan once telling her: "The sea keeps no promises."']);
    expect(got.get('The sea keeps no promises')).toBe('Piet Harlan');
  });
});
