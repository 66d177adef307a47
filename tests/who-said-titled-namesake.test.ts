import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests, with invented people: two unrelated people share a surname, a harbour
// minister and a professor, and a claim types one of them by title and surname.
const article = doc('harbour-levy', '2024-09-12', [
  'Harbour Minister Tessa Morn told reporters the new levy would be "fair to every fleet."',
  '"We will not let the quays fall into the sea," Morn said.',
  'Professor Ilse Morn of Westvik University, who has no family tie to the minister, said the levy came late.',
  '"A levy produces receipts first and repairs later, if at all," she said.',
]);
const ask = whoSaidOver(article);

describe('who-said: a title typed with a surname two people share', () => {
  it('"professor morn" is not confirmed for the minister Morn', () => {
    const a = ask('did professor morn say we will not let the quays fall into the sea');
    expect(a.matches[0]).toMatchObject({ speaker: 'Tessa Morn', verdict: 'same', speakerMatches: false });
  });
  it('"minister morn" is not confirmed for the professor Morn', () => {
    const a = ask('minister morn said a levy produces receipts first and repairs later');
    expect(a.matches[0]).toMatchObject({ speaker: 'Ilse Morn', speakerMatches: false });
  });
  it('the title each holds, or the surname alone, still confirms', () => {
    expect(ask('did prof. morn say a levy produces receipts first').matches[0]).toMatchObject({ speaker: 'Ilse Morn', speakerMatches: true });
    expect(ask('did minister morn say we will not let the quays fall into the sea').matches[0]).toMatchObject({ speaker: 'Tessa Morn', speakerMatches: true });
    expect(ask('morn said a levy produces receipts first').matches[0]).toMatchObject({ speaker: 'Ilse Morn', speakerMatches: true });
  });
});
