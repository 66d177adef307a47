import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: the one last named tells "her" (or "him") something in the sentence just
// before a "she said" ("Falk told her the grant had gone."): that "her" is another woman kept in view, who may
// answer in the "she said" as well. No answer rather than a guess.
describe('the one before acts on another of the pronoun\'s gender', () => {
  it('`A met B. B told her .... "...," she said.` goes to nobody', () => {
    const paras = [
      'Gardener Runa Holt met the parks chief, Linnea Falk, to save the glasshouse. Falk told her the grant had gone.',
      '“I was given ten minutes and a cup of tea,” she said afterwards.',
    ];
    expect(speakerOf(paras, 'ten minutes')).toBeNull();
  });
  it('`A met B. B warned him .... "...," he said.` goes to nobody', () => {
    const paras = ['Fisherman Olaf Brun met the harbour master, Ivar Sand. Sand warned him the quay would close.', '“I have heard that every winter,” he said.'];
    expect(speakerOf(paras, 'every winter')).toBeNull();
  });
  it('keeps the doer of a deed done to the other: `A sold it to B. B thanked him. "...," he said.` is B\'s', () => {
    const paras = ['Grocer Vik Soren sold the winning ticket to pensioner Elias Brandt. Brandt thanked him on Monday.', '“I nearly bought a scratch card instead,” he said.'];
    expect(speakerOf(paras, 'scratch card')).toBe('Elias Brandt');
  });
  it('keeps the one before when "her" is only an owner: `B told her story. "...," she said.`', () => {
    const paras = ['Linnea Falk told her story to the committee for an hour.', '“I was never paid,” she said.'];
    expect(speakerOf(paras, 'never paid')).toBe('Linnea Falk');
  });
});
