import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a role set off after a name may put a word or two before its noun of a person ("NAME, a retired professor of X,")', () => {
  it('the object of a question, "her guest, NAME, a retired professor of economics at X:", then "...," the professor said', () => {
    const paras = [
      'Host Clara Menz began the show with a question for her studio guest, Ivo Brandt, a retired professor of economics at Lakeside University: "Professor, should we worry?"',
      '"Worry, no. Watch, yes," Brandt replied.',
      'Menz pressed him: "But why now?"',
      '"Money," the professor said. "It is always money."',
    ];
    expect(speakerOf(paras, 'Money')).toBe('Ivo Brandt');
  });
  it('but a role of another noun gives no such tie: "NAME, a keen amateur sailor," does not make "the professor" him', () => {
    const paras = ['Host Clara Menz spoke with Ivo Brandt, a keen amateur sailor from Lakeside.', '"Sailing is cheap," Brandt said.', '"Money," the professor said.'];
    expect(speakerOf(paras, 'Money')).not.toBe('Ivo Brandt');
  });
});
