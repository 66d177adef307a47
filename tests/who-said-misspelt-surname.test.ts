import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests, with invented people: a speaker typed with a slip in the surname.
const article = doc('harbour-levy', '2024-05-14', [
  'The harbour board raised the mooring levy on Tuesday.',
  '"Every boat pays the same, large or small," said Marta Kowalczyk, the board treasurer.',
  '"Nobody warned the crab fishers," said Marta Lindgren, who runs the fish market.',
  '"We will appeal before the summer," said Oskar Brandvik, a skipper.',
  '"The levy is fair," said Oskar Brandvig, the harbour master.',
  '"We asked for a vote," said Ada Lund, a net mender.',
]);
const ask = whoSaidOver(article);

describe('who-said: a speaker typed with one letter of the surname off', () => {
  it('is the one person of that given name whose surname it nearly is', () => {
    for (const typed of ['marta kowalcyk said every boat pays the same', 'marta kowalzcyk said every boat pays the same', 'did marta lindgreen say nobody warned the crab fishers']) {
      expect(ask(typed).matches[0], typed).toMatchObject({ verdict: 'same', speakerMatches: true });
    }
  });
  it('still tells another person apart', () => {
    // The surname typed is one letter off two people of that given name: neither is confirmed.
    expect(ask('oskar brandvit said the levy is fair').matches[0]?.speakerMatches).not.toBe(true);
    // A short surname one letter off is another name ("Lund", "Lind").
    expect(ask('ada lind said we asked for a vote').matches[0]?.speakerMatches).not.toBe(true);
    // The given name typed is another person's.
    expect(ask('marta kowalczyk said nobody warned the crab fishers').matches[0]).toMatchObject({ speaker: 'Marta Lindgren', speakerMatches: false });
  });
});
