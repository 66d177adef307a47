import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented people and places.
describe('a verb of belief after a quote and its pronoun credits the quote', () => {
  for (const verb of ['reckons', 'thinks', 'believes']) {
    it(`reads '"...," she ${verb}.'`, () => {
      expect(speakerOf([`Mara Lind runs a shipyard in Kelvar. "The deal will not last," she ${verb}.`], 'The deal')).toBe('Mara Lind');
    });
  }
  it('reads it before the quote goes on', () => {
    const paragraphs = ['Ivo Brandt runs a shipyard in Kelvar. "The deal will not last," he reckons, "and nobody will miss it."'];
    expect(speakerOf(paragraphs, 'The deal')).toBe('Ivo Brandt');
  });
  it('reads "the NOUN believes." after a quote', () => {
    expect(speakerOf(['Grain prices rose in Kelvar. "The deal will not last," the economist believes.'], 'The deal')).toBe('the economist');
  });
  it('leaves a belief with its own object no credit', () => {
    const paragraphs = ['Ivo Brandt runs a shipyard in Kelvar. "The deal will not last," he thinks the minister said.'];
    expect(speakerOf(paragraphs, 'The deal')).toBeNull();
  });
});
