import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a couple who share a surname, then a bare surname whose
// reported clause opens with "she" or "he". With no one else of that sex named, the pronoun is the speaker's own.
describe('a bare shared surname told apart by the pronoun of its reported clause', () => {
  const couple = ['"We close at six," said Rosa Tamm, who runs the shop.', 'Her husband, Piet Tamm, laughed. "Some days at five," he said.'];
  it('"Tamm said she had ..." after the husband spoke is the wife', () => {
    expect(speakerOf([...couple, 'Tamm said she had stopped reading the papers. "They only make me cross."'], 'They only make me cross.')).toBe('Rosa Tamm');
  });
  it('"Tamm said he ..." stays with the husband', () => {
    expect(speakerOf([...couple, 'Tamm said he would open on Sunday. "People still need bread."'], 'People still need bread.')).toBe('Piet Tamm');
  });
  it('another woman named before keeps the ordinary reading: "she" may be her', () => {
    const paras = ['"We close at six," said Rosa Tamm, who runs the shop.', 'Piet Tamm, who runs the bakery next door, laughed. "Some days at five," he said.', 'Mayor Ines Varga visited the street on Monday.', 'Tamm said she had promised them a new bus stop. "We will believe it when we see it."'];
    expect(speakerOf(paras, 'We will believe it when we see it.')).toBe('Piet Tamm');
    // Without the mayor, the pronoun can only be the woman of the two.
    expect(speakerOf(paras.filter((p) => !p.startsWith('Mayor')), 'We will believe it when we see it.')).toBe('Rosa Tamm');
  });
});
