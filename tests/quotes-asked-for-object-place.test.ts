import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: "NAME said the ministry had asked its embassy in PLACE for "..."":
// the object of asking may carry where it sits ("in PLACE", "in the capital") before "for" and the thing asked for;
// the quoted thing is still the one who said so, as with a bare object.

describe('a thing asked for after an object with a place of its own', () => {
  it('"its embassy in Tarvik for": the one who said so', () => {
    const text = ['"We keep both doors open," said Dr. Omar Vasko, an adviser at the foreign ministry.', 'Vasko said the ministry had asked its embassy in Tarvik for "a full picture" of any agreements.'];
    expect(speakerOf(text, 'a full picture')).toBe('Omar Vasko');
  });
  it('"the consulate in the capital for": the one who said so', () => {
    const text = ['Ilse Marrow, who runs the shipping desk, said the bureau had asked the consulate in the capital for "every loading record" from May.'];
    expect(speakerOf(text, 'every loading record')).toBe('Ilse Marrow');
  });
  it('a longer phrase after the place is not read by this rule (no one, as before)', () => {
    const text = ['"We keep both doors open," said Dr. Omar Vasko, an adviser at the foreign ministry.', 'Vasko said the ministry had asked its embassy in Tarvik on Monday for "a full picture" of any agreements.'];
    expect(speakerOf(text, 'a full picture')).toBeNull();
  });
});
