import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): "he said" after a sentence opening on a
// description ("the baker") that the text already gave a speaker of its own, with a named man quoted two
// sentences back. The pronoun may mean the one described; never the named man by a leap over them.
describe('"Back at PLACE, the NOUN was .... \\"...,\\" he said." after another man was quoted', () => {
  it('does not give the words to the man quoted before the described one\'s sentence', () => {
    const paras = [
      'The baker, who came to Carrow in 1990, said he had read the harbour plans "twice, maybe more".',
      'A council spokesman, Sam Hale, said the council was "looking at options".',
      'Back at the shop, the baker was stacking loaves by late afternoon. "It will never open," he said.',
    ];
    expect(speakerOf(paras, 'It will never open')).not.toBe('Sam Hale');
  });

  it('still goes on with the named man when the sentence between opens on a description of his own', () => {
    const paras = [
      'The baker, who came to Carrow in 1990, said he had read the harbour plans "twice, maybe more".',
      'A council spokesman, Sam Hale, said the council was "looking at options".',
      'Later, the spokesman was more guarded. "It may open in spring," he said.',
    ];
    expect(speakerOf(paras, 'It may open')).toBe('Sam Hale');
  });

  it('still goes on with the named man when the description came in after him (an epithet of his the reading did not tie)', () => {
    const paras = [
      '"My customers come for bread and stay for the gossip," said Tom Bell, 63, who has owned the bakery for years.',
      'The baker, who came to Carrow in 1990, said he had read the harbour plans "twice, maybe more". "The plans are older than my oven," he said, laughing.',
    ];
    expect(speakerOf(paras, 'The plans are older')).toBe('Tom Bell');
  });
});
