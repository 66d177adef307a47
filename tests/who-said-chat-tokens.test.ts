import { describe, it, expect } from 'vitest';
import { readClaim } from '../src/quotes/claim.ts';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests: claims typed with a chat client's mention tokens, and a credit after a
// spaced hyphen.
const article = doc('ferry-strike', '2024-05-14', [
  'The ferry crews walked out on Monday morning.',
  '"We counted the boats and then we counted the days," said Ilse Marten, the union steward.',
  '"What the crews want is not money, it\'s time - evenings, weekends, maybe a holiday," said Bram Oort, a port economist.',
  '"The timetable will be back by June," the operator said in a statement.',
]);
const ask = whoSaidOver(article);

describe('who-said: mention and custom emoji tokens around a claim', () => {
  it('a user, role or channel mention and a custom or named emoji are no words of the claim', () => {
    for (const typed of [
      '<@881203377> did marten say we counted the boats and then we counted the days',
      '<@!42> <#9001> marten said we counted the boats and then we counted the days',
      'did marten say "we counted the boats and then we counted the days" <:thonk:123456789>',
      'marten said we counted the boats and then we counted the days :thinking:',
    ]) {
      const a = ask(typed);
      expect(a.claim, typed).toBe('we counted the boats and then we counted the days');
      expect(a.matches[0], typed).toMatchObject({ speaker: 'Ilse Marten', verdict: 'same', speakerMatches: true });
    }
  });
  it('a word between colons inside a claim stays', () => {
    expect(readClaim('marten said the ratio was 3:2 in june')[0]!.words).toBe('the ratio was 3:2 in june');
  });
});

describe('who-said: a credit after a spaced hyphen', () => {
  it('"QUOTE - name" names a speaker the sources quote', () => {
    const a = ask('we counted the boats and then we counted the days - marten??');
    expect(a.claimedSpeaker).toBe('marten');
    expect(a.matches[0]).toMatchObject({ speaker: 'Ilse Marten', verdict: 'same', speakerMatches: true });
  });
  it('a hyphen inside a quote names no one: the words after it are no speaker the sources have', () => {
    const a = ask("what the crews want is not money, it's time - evenings");
    expect(a.claimedSpeaker).toBeNull();
    expect(a.matches[0]).toMatchObject({ speaker: 'Bram Oort' });
  });
  it('a wrong name after the hyphen is still asked about', () => {
    const a = ask('we counted the boats and then we counted the days - oort');
    expect(a.claimedSpeaker).toBe('oort');
    expect(a.matches[0]).toMatchObject({ speaker: 'Ilse Marten', speakerMatches: false });
  });
});
