import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a bare surname in the progressive, after a clause of time about the writer.
const opening = 'I asked Olga Rudin, who sells stamps at the post office, whether she had seen the convoy. "I saw the lorries, like everyone," she told me.';
describe('a bare surname named in full before, in the progressive, keeps its bearer at hand', () => {
  it('`Rudin was sorting the post. The counter was busy. ¶ "...," she said.` is hers, past paragraphs of narration', () => {
    const paras = [opening, 'The weather turned cold that week.', 'The square stayed quiet.', 'Rudin was sorting the morning post. The counter was busy.', '"Now the parcels will come," she said.'];
    expect(speakerOf(paras, 'parcels will come')).toBe('Olga Rudin');
  });
  it('past a clause of time about the writer put first: `When I left on Friday, Rudin was sorting ...`', () => {
    const paras = [opening, 'The weather turned cold that week.', 'The square stayed quiet.', 'When I drove off on Tuesday evening, Rudin was sorting the morning post. The counter was busy.', '"Now the parcels will come," she said.'];
    expect(speakerOf(paras, 'parcels will come')).toBe('Olga Rudin');
  });
  it('not a clause that names someone else', () => {
    const paras = [opening, 'The weather turned cold that week.', 'The square stayed quiet.', 'When Vera Lind came in on Friday, Rudin was sorting the morning post. The counter was busy.', '"Now the parcels will come," she said.'];
    expect(speakerOf(paras, 'parcels will come')).not.toBe('Olga Rudin');
  });
});
