import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests, with invented people: a retired customs officer and an unrelated woman
// of the same surname. No "he said" or "she said" tells their sex: only the titles of the crediting names
// ('"...," Mr. Torvik says') and a pronoun before a verb other than "said" ('he concedes').
const article = doc('harbour-profile', '2024-11-12', [
  'Ansel Torvik, a retired customs officer, has watched the harbour of Velmora for thirty years.',
  '"The manifests always lie in the same places," Mr. Torvik says over coffee.',
  '"A quiet quay is not an empty quay," he concedes.',
  'Lina Torvik, a marine insurer who is no relation, disagrees.',
  '"Insurers read the weather before they read the manifests," Ms. Torvik said.',
  '"Every storm has a premium," countered Ms. Torvik.',
]);
const ask = whoSaidOver(article);

describe('who-said: a title credited with the name tells the speaker\'s sex', () => {
  it('"ms torvik" is not confirmed for the man credited as "Mr. Torvik"', () => {
    const a = ask('did ms torvik say the manifests always lie in the same places');
    expect(a.matches[0]).toMatchObject({ speaker: 'Ansel Torvik', verdict: 'same', speakerMatches: false });
  });
  it('"mr torvik" is not confirmed for the woman credited as "Ms. Torvik"', () => {
    const a = ask('did mr torvik say every storm has a premium');
    expect(a.matches[0]).toMatchObject({ speaker: 'Lina Torvik', verdict: 'same', speakerMatches: false });
  });
  it('the right title, and the surname alone, still confirm', () => {
    expect(ask('mr torvik said a quiet quay is not an empty quay').matches[0]).toMatchObject({ speaker: 'Ansel Torvik', speakerMatches: true });
    expect(ask('ms torvik said insurers read the weather before they read the manifests').matches[0]).toMatchObject({ speaker: 'Lina Torvik', speakerMatches: true });
    expect(ask('torvik said every storm has a premium').matches[0]).toMatchObject({ speaker: 'Lina Torvik', speakerMatches: true });
  });
});
