import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Passages and names written for these tests: a source unnamed by its nature ("a source close to the mayor"), the
// one it is close to named after it ("the mayor, Dana Pelt,"). The source speaks, described; the name is neither
// the speaker nor the source's role.
describe('a source close to someone named in apposition', () => {
  it('`"...," a source close to the mayor, Dana Pelt, said.`: the source, not Pelt', () => {
    expect(speakerOf(['The council met late on Tuesday.', '"We are watching closely," a source close to the mayor, Dana Pelt, said.'], 'watching closely')).toBe('a source close to the mayor');
  });

  it('`"...," said a source close to the governor, Ivo Marn.`: the source (as before)', () => {
    expect(speakerOf(['"We are watching closely," said a source close to the governor, Ivo Marn.'], 'watching closely')).toBe('a source close to the governor');
  });

  it('before a colon: the source, and the name is no role of it', () => {
    const { quotes } = extractQuotes(passagesOf(doc('p', '2024-05-02', ['A source close to the mayor, Dana Pelt, said: "We are watching closely."'])));
    expect(quotes[0]!.speaker).toBe('a source close to the mayor');
    expect(quotes[0]!.role).toBeNull();
  });

  it('a named aide set off after the description stays the one who speaks', () => {
    expect(speakerOf(['"We are watching closely," an aide to the mayor, Dana Pelt, said.'], 'watching closely')).toBe('Dana Pelt');
  });
});
