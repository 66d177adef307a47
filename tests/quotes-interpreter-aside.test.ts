import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { blankInterpreterAsides } from '../src/quotes/interpreter-aside.ts';

// Passages written for these tests: an interpreter named in an aside between the subject and its verb ("X,
// speaking through his interpreter, Y, said") carries the words; X speaks, never Y.
describe('an interpreter named in an aside', () => {
  it('`X, speaking via the club\'s translator, Y, said: "..."` is X\'s', () => {
    const paras = ['Defender Oskari Vale, speaking via the club’s translator, Hanne Dorr, said: “I want to stay for years.”'];
    expect(speakerOf(paras, 'stay for years')).toBe('Oskari Vale');
  });
  it('`X, speaking through her interpreter, Y, said ... "..."` is X\'s', () => {
    const paras = ['Ilona Brecht, speaking through her interpreter, Sami Ruud, said the border was “a wound that will not close”.'];
    expect(speakerOf(paras, 'a wound that')).toBe('Ilona Brecht');
  });
  it('never gives the interpreter the words', () => {
    const paras = ['New coach Arno Piet, talking through an interpreter, Lise Kahn, said: “We start again on Monday.”'];
    expect(speakerOf(paras, 'start again')).not.toBe('Lise Kahn');
  });
  it('blanks the aside with its name, keeping offsets; leaves other asides', () => {
    const s = 'Ilona Brecht, speaking through her interpreter, Sami Ruud, said';
    const b = blankInterpreterAsides(s);
    expect(b.length).toBe(s.length);
    expect(b.replace(/\s+/gu, ' ')).toBe('Ilona Brecht said');
    expect(blankInterpreterAsides('Ilona Brecht, the mayor, said')).toBe('Ilona Brecht, the mayor, said');
  });
});
