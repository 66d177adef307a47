import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a title before a bare shared surname ("Captain Holm") picks the namesake the
// text named with that title, even when the other namesake's description mentions the title's office after a
// preposition ("no relation to the captain"): that names someone else's office, not hers.
describe('a title of office before a bare shared surname', () => {
  const paras = [
    'Captain Orhun Holm has sailed ferries for 22 years. On Thursday, the 58-year-old was in no mood for optimism.',
    '"Every time leaders shake hands, the insurance bill goes up," Holm told the Courier.',
    'Belgin Holm, a freight analyst at a local brokerage and no relation to the captain, sees the fair differently.',
    'The analyst added that rates had risen about 4 percent.',
    'Captain Holm was less measured. "Four percent today, forty tomorrow," he said.',
  ];
  it('`Captain SURNAME ... "...," he said` is the one named "Captain NAME", not the one "no relation to the captain"', () => {
    expect(speakerOf(paras, 'forty tomorrow')).toBe('Orhun Holm');
  });
});
