import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people, bodies and places): "the analyst" may be a research fellow at
// hand, a looser fit, only while no one else described as a person opens a sentence in between.
describe('"NAME, a research fellow at the X Institute of Y Studies, said .... Her supervisor, ..., disagreed. \\"...,\\" the analyst said."', () => {
  it('does not credit the fellow when another person opens a sentence between', () => {
    const paras = ['Timber prices in Valdra fell again on Friday.', 'Ondine Carrow, a research fellow at the Valdra Institute of Forest Studies, said prices would recover. Her supervisor, who asked not to be named, disagreed.', '"They will keep falling until spring," the analyst said.'];
    expect(speakerOf(paras, 'They will keep falling')).not.toBe('Ondine Carrow');
  });

  it('still credits the fellow with no one between', () => {
    const paras = ['Timber prices in Valdra fell again on Friday.', 'Ondine Carrow, a research fellow at the Valdra Institute of Forest Studies, said prices would recover by summer.', '"They will keep falling until spring," the analyst said.'];
    expect(speakerOf(paras, 'They will keep falling')).toBe('Ondine Carrow');
  });
});
