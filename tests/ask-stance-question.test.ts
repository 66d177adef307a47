import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { reactionSubject } from '../src/search/speaker.ts';
import { normalizeTerm } from '../src/text/terms.ts';
import { doc, passagesOf } from './helpers/docs.ts';

describe('whether someone approves, asked in chat', () => {
  it('reads who "is on board with", "is cool with" or "is ok with" something as the one whose stance is asked', () => {
    expect(reactionSubject('is eastburg on board with this')).toBe(normalizeTerm('eastburg'));
    expect(reactionSubject("so holt's cool with the plan?")).toBe(normalizeTerm('holt'));
    expect(reactionSubject('is westfield ok with it')).toBe(normalizeTerm('westfield'));
    expect(reactionSubject('are the roads in good shape')).toBe(null);
  });

  it('answers with the paragraph where the one asked about speaks, not one that only names them', () => {
    const d = doc('towns', '2024-03-08', [
      'The mayors of Eastburg and Westfield agreed on Friday to build a toll road between the towns.',
      'Eastburg has debts, and Eastburg fears that the road will leave Eastburg with higher taxes.',
      'On the toll road, Eastburg said "it is a matter for the two mayors," keeping its distance.',
      'Westfield hopes the road will bring shoppers from the coast.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(index.ask('is eastburg on board with this', 3)[0]!.passage).toBe('towns#p3');
  });

  it('reads a follow-up naming only a party ("and eastburg?", "what about westfield?") as asking that party’s side', () => {
    expect(reactionSubject('and eastburg?')).toBe(normalizeTerm('eastburg'));
    expect(reactionSubject('what about westfield?')).toBe(normalizeTerm('westfield'));
    expect(reactionSubject('so what?')).toBe(null);
    expect(reactionSubject('eastburg')).toBe(null);
  });

  it('answers "and eastburg?" with the paragraph where Eastburg speaks', () => {
    const d = doc('towns', '2024-03-08', [
      'The mayors of Eastburg and Westfield agreed on Friday to build a toll road between the towns.',
      'Eastburg has debts, and Eastburg fears that the road will leave Eastburg with higher taxes.',
      'On the toll road, Eastburg said "it is a matter for the two mayors," keeping its distance.',
      'Westfield hopes the road will bring shoppers from the coast.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(index.ask('and eastburg?', 3)[0]!.passage).toBe('towns#p3');
  });
});
