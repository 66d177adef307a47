import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { frontedClauseWithPronoun } from '../src/quotes/fronted-when-subject.ts';

// Passages written for these tests: a clause of time opening the sentence brings in someone only described, and
// "he"/"she" right after its comma speaks.
describe('"When a Finnish skipper docked here, he told me, "..."" credits the one described', () => {
  it('`When a Finnish skipper docked here in June, he told me, "..."`', () => {
    const paras = ['The marina lost half its moorings in the storm.', 'When a Finnish skipper docked here in June, he told me, “I have seen better harbours in a bathtub.”'];
    expect(speakerOf(paras, 'better harbours')).toBe('a Finnish skipper');
  });
  it('a later "he said" in the paragraph goes on with them', () => {
    const paras = ['The marina lost half its moorings in the storm.', 'After a Finnish skipper toured the pontoons, he told me the chains were rusted through. “One more gale and they go,” he said.'];
    expect(speakerOf(paras, 'One more gale')).toBe('a Finnish skipper');
  });
  it('not when the clause puts a question to someone, or the main clause speaks to a third person', () => {
    expect(frontedClauseWithPronoun('When a reporter asked her about the chains, she said, "..."')).toBeNull();
    const paras = ['Lea Marr runs the harbour office.', 'When a Finnish skipper docked here in June, she told him, “Moor at your own risk.”'];
    expect(speakerOf(paras, 'own risk')).not.toBe('a Finnish skipper');
  });
  it('not when someone of that sex was read just before: the "she" may go on with her', () => {
    const paras = ['Maria Dunstan runs the harbour office.', 'When a Finnish skipper docked here in June, she told me, “Moor at your own risk.”'];
    expect(speakerOf(paras, 'own risk')).not.toBe('a Finnish skipper');
  });
});
