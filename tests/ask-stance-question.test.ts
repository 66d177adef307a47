import { describe, expect, it } from 'vitest';
import { reactionSubject } from '../src/search/speaker.ts';
import { normalizeTerm } from '../src/text/terms.ts';
import { firstPassage, TOLL_ROAD } from './helpers/towns.ts';

describe('whether someone approves, asked in chat', () => {
  it('reads who "is on board with", "is cool with" or "is ok with" something as the one whose stance is asked', () => {
    expect(reactionSubject('is eastburg on board with this')).toBe(normalizeTerm('eastburg'));
    expect(reactionSubject("so holt's cool with the plan?")).toBe(normalizeTerm('holt'));
    expect(reactionSubject('is westfield ok with it')).toBe(normalizeTerm('westfield'));
    expect(reactionSubject('are the roads in good shape')).toBe(null);
  });

  it('answers with the paragraph where the one asked about speaks, not one that only names them', () => {
    expect(firstPassage(TOLL_ROAD, 'is eastburg on board with this')).toBe('towns#p3');
  });

  it('reads a follow-up naming only a party ("and eastburg?", "what about westfield?") as asking that party’s side', () => {
    expect(reactionSubject('and eastburg?')).toBe(normalizeTerm('eastburg'));
    expect(reactionSubject('what about westfield?')).toBe(normalizeTerm('westfield'));
    expect(reactionSubject('so what?')).toBe(null);
    expect(reactionSubject('eastburg')).toBe(null);
  });

  it('answers "and eastburg?" with the paragraph where Eastburg speaks', () => {
    expect(firstPassage(TOLL_ROAD, 'and eastburg?')).toBe('towns#p3');
  });
});
