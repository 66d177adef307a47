import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: two unrelated people of one surname, then a label credit opening on its verb.
const paras = [
  'Ivo Brandt, a former deputy mayor who now chairs the harbour board, doubted the plan. "The quays cannot take the weight," he said.',
  'Mara Brandt, a lawyer at the Vell firm who is no relation, disagrees. "The engineers say otherwise," Ms. Brandt said.',
];

describe('a role set off after a shared surname and closed by a colon ("Said SURNAME, the ROLE: ...") picks the namesake it was given to', () => {
  it('an inverted label: the role set off before the colon decides, not the namesake named last', () => {
    const more = [...paras, 'Said Brandt, the former deputy mayor: "The harbour will outlast every plan drawn for it."'];
    expect(speakerOf(more, 'The harbour will outlast every plan')).toBe('Ivo Brandt');
  });
  it('the same role set off before a colon after a plain surname decides as well', () => {
    const more = [...paras, 'Brandt, the lawyer: "Nobody has read the survey."'];
    expect(speakerOf(more, 'Nobody has read the survey')).toBe('Mara Brandt');
  });
});
