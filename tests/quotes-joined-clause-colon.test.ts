import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { joinedClauseColonSubject } from '../src/quotes/joined-clause-colon.ts';

// Passages written for these tests: a clause joined by ", while" (", but") with its own subject and a verb
// right before the colon speaks the quote after it, not the first clause's subject.
describe('a joined clause with its own subject before a colon', () => {
  const paras = ['Talk-show host Ilmar Vesk beamed that the fair was "a feast of old friends", while a spokesman for the Harbour Board in Tarnow snorted: "Hosts should check their own ferry times."'];
  it('the partial of the first clause stays its subject\'s', () => {
    expect(speakerOf(paras, 'feast of old friends')).toBe('Ilmar Vesk');
  });
  it('the quote after the colon goes to the joined clause\'s subject', () => {
    expect(speakerOf(paras, 'ferry times')).toBe('a spokesman for the Harbour Board in Tarnow');
  });
  it('a named subject of the joined clause speaks too', () => {
    const named = ['Mara Olsen called the toll "daylight robbery", but Ivo Brandt retorted: "Roads cost money."'];
    expect(speakerOf(named, 'Roads cost money')).toBe('Ivo Brandt');
  });
  it('reads the subject and where the joint stands', () => {
    expect(joinedClauseColonSubject('Ann Roe wept, while a clerk in the lobby sighed: ')).toEqual({ subject: 'a clerk in the lobby', at: 12 });
    expect(joinedClauseColonSubject('Ann Roe wept and sighed: ')).toBeNull();
  });
});
