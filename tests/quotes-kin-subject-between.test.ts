import { describe, it, expect } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests: "The widow said .... She added:" after another woman of the family was named
// last: the pronoun may mean the widow, so it does not reach back past her to the woman named last.
describe('a kin word of the pronoun\'s sex opening a sentence between', () => {
  const paras = [
    'Anton Marvet, a retired ferry captain, has died at 84.',
    '"He sang every day," his widow, Lidia Marvet, told the paper.',
    'His daughter, Sabina Marvet, a nurse, said he had been calm. "He knew it was time," she said.',
  ];
  it('leaves the pronoun to no one rather than to the daughter named last', () => {
    const q = speakersByQuote([...paras, 'The widow said he had grown thin. She added: "His jokes were terrible to the end."']);
    expect([null, 'Lidia Marvet']).toContain(q.get('His jokes were terrible to the end'));
  });
});
