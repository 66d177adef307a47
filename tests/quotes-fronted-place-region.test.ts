import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a sentence opening on a fronted phrase that ends on a town set off with its
// region, then a phrase of time set off in turn, before its subject.
describe('a subject after "At a fair in TOWN, REGION, on DAY,"', () => {
  const before = ['A councillor in Vessland wants the trade envoy Karl Brenner turned away at the border.', '"His visit serves nobody," Pavel Okonjo wrote in a motion on Monday.'];
  it('is who a "he said" right after goes back to, not the man who spoke two sentences before', () => {
    const paras = [...before, 'At a fair in Tarnby, Oster County, on Friday evening, Brenner named Vessland among the rivals. "Our ports have been too generous," he said.'];
    expect(speakerOf(paras, 'too generous')).toBe('Karl Brenner');
  });
  it('also after an abbreviated region and a titled name', () => {
    const paras = [...before, 'In Tarnby, O.C., on Tuesday, Envoy Brenner spoke of the treaty. "Our ports have been too generous," he said.'];
    expect(speakerOf(paras, 'too generous')).toBe('Karl Brenner');
  });
});
