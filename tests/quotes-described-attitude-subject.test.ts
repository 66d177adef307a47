import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: someone only described ("a retired welder", "another engineer, from a
// Baltic country,") as the subject of a sentence giving a view or a mood, then "'...,' she said." right after;
// and cases where the description must not take the pronoun.
describe('a described subject with a view or a mood may be the "he"/"she" of the quote right after', () => {
  it('`A retired welder doubted the plan. "...," he said.`', () => {
    const paras = ['The council will vote on the bridge next month.', 'A retired welder doubted the plan. “It will rust in ten years,” he said.'];
    expect(speakerOf(paras, 'rust in ten years')).toBe('a retired welder');
  });
  it('`Another engineer, from a Baltic country, worried about the cost. "...," she said.`', () => {
    const paras = ['Several engineers spoke to us about the bridge.', 'Another engineer, from a Baltic country, worried about the cost. “Nobody has priced the steel,” she said.'];
    expect(speakerOf(paras, 'priced the steel')).toBe('another engineer');
  });
  it('an act, not a view ("threw a stone"), leaves the pronoun to nobody', () => {
    const paras = ['Colonel Anders Holm spoke to reporters at the base.', 'A teenager threw a stone at the convoy. “That was foolish,” he said.'];
    expect(speakerOf(paras, 'That was foolish')).not.toBe('a teenager');
  });
  it('an office held by one ("a president") and a noun of the other sex are not taken', () => {
    expect(speakerOf(['A president, from a small country, doubted the plan. “It will fail,” he said.'], 'It will fail')).toBeNull();
    expect(speakerOf(['Another fisherman, from the north, worried about quotas. “The boats are idle,” she said.'], 'boats are idle')).toBeNull();
  });
  it('`A dock worker responsible for the cranes was blunter. "...," he said.` (what they look after set aside)', () => {
    const paras = ['The port said nothing.', 'A dock worker responsible for the cranes was blunter. “The cranes are old,” he said.'];
    expect(speakerOf(paras, 'cranes are old')).toBe('a dock worker');
  });
  it('`Asked the same question, the harbour master\'s colleague in charge of tolls was equally guarded. "...," she said.`', () => {
    const paras = ['The port said nothing.', 'Asked the same question, the harbour master’s colleague in charge of tolls was equally guarded. “We do not discuss dues,” she said.'];
    expect(speakerOf(paras, 'discuss dues')).toMatch(/colleague/u);
  });
});
