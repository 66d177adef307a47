import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented sentences: the sentence right before names two different people in full by one surname, the second
// brought in as the first's kin but holding an office of her own; a bare surname then credits a quote. The
// sentence's subject is no better guess than the other: no one is credited.
describe('a bare surname after two namesakes named in full in the sentence before', () => {
  it('with a particle: "van Hollen said"', () => {
    const paras = [
      'Harbour Commissioner Matthias van Hollen met the councillor Griet van Hollen, his cousin, in Dremmen.',
      '"The ferry will keep running," van Hollen said.',
    ];
    expect(speakerOf(paras, 'ferry will keep')).toBeNull();
  });
  it('without one: "Quarrel said"', () => {
    const paras = [
      'Harbour Commissioner Matthias Quarrel met the councillor Griet Quarrel, his cousin, in Dremmen.',
      '"The ferry will keep running," Quarrel said.',
    ];
    expect(speakerOf(paras, 'ferry will keep')).toBeNull();
  });
  it('one of them having spoken keeps the surname', () => {
    const paras = [
      '"We need the ferry," said Harbour Commissioner Matthias Quarrel.',
      'Later Matthias Quarrel met the councillor Griet Quarrel, his cousin, in Dremmen.',
      '"The ferry will keep running," Quarrel said.',
    ];
    expect(speakerOf(paras, 'ferry will keep')).toBe('Matthias Quarrel');
  });
  it('one named in full in its own sentence keeps it', () => {
    const paras = [
      'Harbour Commissioner Matthias Quarrel met the councillor Griet Quarrel, his cousin, in Dremmen.',
      'Griet Quarrel spoke first. "The ferry will keep running," Quarrel said.',
    ];
    expect(speakerOf(paras, 'ferry will keep')).toBe('Griet Quarrel');
  });
  it('in one paragraph the sentence\'s subject keeps it', () => {
    const paras = ['Harbour Commissioner Matthias Quarrel met the councillor Griet Quarrel, his cousin, in Dremmen. "The ferry will keep running," Quarrel said.'];
    expect(speakerOf(paras, 'ferry will keep')).toBe('Matthias Quarrel');
  });
  it('one of them reporting in the sentence before keeps it', () => {
    const paras = ['Matthias Quarrel said his cousin, Griet Quarrel, had left for the coast.', '"She was never coming back," Quarrel said.'];
    expect(speakerOf(paras, 'never coming back')).toBe('Matthias Quarrel');
  });
});
