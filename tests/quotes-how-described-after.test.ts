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

describe('"..." I heard it ..., but the first person to say it to me was NAME', () => {
  it('the lone quote is the one the sentence after says first said it', () => {
    const got = speakersByQuote([
      'In Vellin the rumours were better dressed.',
      '"It is not a summit. It is a shopping trip." I heard this line three times in Vellin that week, but the first person to say it to me was Irina Volst, a sinologist at the Vellin Institute.',
    ]);
    expect(got.get('It is not a summit. It is a shopping trip')).toBe('Irina Volst');
  });
  it('not someone named in the sentence after for another reason', () => {
    const got = speakersByQuote([
      'In Vellin the rumours were better dressed.',
      '"It is not a summit. It is a shopping trip." I heard this line three times in Vellin that week, and I repeated it to Irina Volst, a sinologist.',
    ]);
    expect(got.get('It is not a summit. It is a shopping trip')).not.toBe('Irina Volst');
  });
});
