import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a sentence opening on a fronted phrase that ends on a town set off with its
// region, then a phrase of time set off in turn, before its subject.
describe('a subject after "At a rally in TOWN, REGION, on DAY,"', () => {
  const before = ['A member of the assembly of Norland wants Karl Brenner kept out of the country.', '"There is no basis for this," Pavel Okonjo said in a bill filed on Monday.'];
  it('is who a "he said" right after goes back to, not the man who spoke two sentences before', () => {
    const paras = [...before, 'At a rally in Dover, Maine, on Thursday afternoon, Brenner put Norland on a list of countries. "We are letting in people who should not come," he said.'];
    expect(speakerOf(paras, 'letting in people')).toBe('Karl Brenner');
  });
  it('also after an abbreviated region and a titled name', () => {
    const paras = [...before, 'In Dover, N.H., on Tuesday, Senator Brenner spoke of the treaty. "We are letting in people who should not come," he said.'];
    expect(speakerOf(paras, 'letting in people')).toBe('Karl Brenner');
  });
});
