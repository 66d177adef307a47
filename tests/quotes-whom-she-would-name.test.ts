import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a partner named by a clause in which another gives the name, then his words,
// then hers after a verb of manner and a colon.
const scene = 'Nina Petrova, who sells face cream near the bus station, said business had picked up. Her partner, whom she would identify only as Ilko, was stacking crates behind her. "Everybody wants the foreign brands now," he said.';
describe('"Her partner, whom she would identify only as NAME, ..." then "She laughed: "...""', () => {
  it('gives the partner his words: the name the clause gives is the subject', () => {
    expect(speakerOf([`${scene} She laughed: "He means the cheap ones."`], 'Everybody wants')).toBe('Ilko');
  });
  it('gives the woman hers, after her partner spoke', () => {
    expect(speakerOf([`${scene} She laughed: "He means the cheap ones."`], 'He means the cheap')).toBe('Nina Petrova');
  });
  it('reads "whom she named only as" likewise', () => {
    const paras = ['Anna Vos runs the ferry kiosk. Her deckhand, whom she named only as Ruud, was coiling rope. "Nobody asks us anything," he said.'];
    expect(speakerOf(paras, 'Nobody asks')).toBe('Ruud');
  });
  it('leaves "he said" open when the one who gave the name is a man too', () => {
    const paras = ['Piet Vos runs the ferry kiosk. His deckhand, whom he named only as Ruud, was coiling rope. "Nobody asks us anything," he said.'];
    expect(speakerOf(paras, 'Nobody asks')).toBeNull();
  });
});
