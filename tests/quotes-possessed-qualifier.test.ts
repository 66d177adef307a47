import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe("a possessive and a noun of speech with a word placing the words among the owner's ('NAME's further claim that ...')", () => {
  it('"But NAME\'s further claim that X "..."" credits the owner', () => {
    const paras = ['Senator Ralf Dorner said last week that wages had doubled. But Dorner\'s further claim that exports "have never been higher" is not supported by the figures.'];
    expect(speakerOf(paras, 'have never been higher')).toBe('Ralf Dorner');
  });
  it('"NAME\'s second statement that ..." and "NAME\'s public remarks that ..." too', () => {
    expect(speakerOf(['Mayor Ilse Varnholt spoke twice. Varnholt\'s second statement that the budget was "fully funded" drew laughter.'], 'fully funded')).toBe('Ilse Varnholt');
    expect(speakerOf(['Judge Aron Pilz\'s public remarks that the case was "closed for good" surprised lawyers.'], 'closed for good')).toBe('Aron Pilz');
  });
});

describe("a possessive's noun of speech, then a phrase of where with a verb of speech in it: the 'that' clause is the verb's", () => {
  it('"The record of the members\' remarks to reporters shows NAME said only that X was "..."" credits NAME, not the members', () => {
    const paras = ['Mayor Lisa Kramm opened the session on Monday.', 'The council\'s transcript of the members\' remarks to reporters shows Kramm said only that the town was "ready to talk" about the ferry.'];
    expect(speakerOf(paras, 'ready to talk')).toBe('Lisa Kramm');
  });
  it('but "the members\' remarks to reporters that X was "..."" still gives the words to the members, not to a name', () => {
    const paras = ['Mayor Lisa Kramm opened the session on Monday.', 'Kramm dismissed the members\' remarks to reporters that the town was "ready to talk" about the ferry.'];
    expect(speakerOf(paras, 'ready to talk')).not.toBe('Lisa Kramm');
  });
});
