import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people and places: a quote standing alone as its sentence,
// credited by the sentence after it ("That was how NAME ... described ...").
describe('"..." That was how NAME, a role, described the thing', () => {
  it('a role set off after the name and an object other than "it"', () => {
    const got = speakersByQuote([
      'The meeting was watched in Vellin with more anger than surprise.',
      '"It is a marriage of convenience, and both sides know the other is lying." That was how Taras Kovel, an adviser to the head of the Presidential Office, described the summit on the national telethon.',
    ]);
    expect(got.get('It is a marriage of convenience, and both sides know the other is lying')).toBe('Taras Kovel');
  });
  it('not the last speaker of the paragraph before: the sentence after names another', () => {
    const got = speakersByQuote([
      '"It is a marriage of convenience," Taras Kovel said on the telethon.',
      '"A bad idea from start to finish." That was how Ann Lee put it.',
    ]);
    expect(got.get('It is a marriage of convenience')).toBe('Taras Kovel');
    expect(got.get('A bad idea from start to finish')).toBe('Ann Lee');
  });
});
