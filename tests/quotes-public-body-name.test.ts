// names.ts holds the last words of a public body's name (`publicBodyName`), a part of `nameEnding`'s bodies,
// asked by the readers of "the agency" and "the body". Names invented for these tests.
import { describe, expect, it } from 'vitest';
import { classifyProperName, nameEnding, publicBodyName } from '../src/quotes/names.ts';

describe('a public body\'s name', () => {
  it('ends on a word of public bodies, and nameEnding reads it as a body\'s', () => {
    for (const name of ['the Marsh Safety Board', 'Tarn Border Directorate', 'Velden Coast Guard', 'Kelso Police']) {
      expect(publicBodyName(name)).toBe(true);
      expect(nameEnding(name)).toBe('body');
    }
    expect(classifyProperName('Velden Coast Guard')).toBe('organisation');
  });
  it('is not every body\'s, nor one word alone', () => {
    expect(publicBodyName('Brask Partners')).toBe(false);
    expect(nameEnding('Brask Partners')).toBe('body');
    expect(publicBodyName('Police')).toBe(false);
  });
});
