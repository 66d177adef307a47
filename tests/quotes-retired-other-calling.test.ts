import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): "the retired nurse" names a calling (one retires from a
// calling); the subject of the sentence before was given another calling ("a retired border guard"), so the
// description is not tied to him for being that sentence's subject.
describe('"the retired nurse" after a subject given another calling', () => {
  it('is not the border guard', () => {
    const who = speakerOf(['Her husband, Ivo Roen, a retired border guard, joined her. "It was cold," the retired nurse said.'], 'It was cold');
    expect(who).not.toBe('Ivo Roen');
  });
  it('"the retired guard" is still him', () => {
    const who = speakerOf(['Her husband, Ivo Roen, a retired border guard, joined her. "It was cold," the retired guard said.'], 'It was cold');
    expect(who).toBe('Ivo Roen');
  });
  it('"the retired officer" is still him (a guard is an officer of the uniformed services)', () => {
    const who = speakerOf(['Her husband, Ivo Roen, a retired border guard, joined her. "It was cold," the retired officer said.'], 'It was cold');
    expect(who).toBe('Ivo Roen');
  });
  it('"the former teacher" after "Lena Vos, a bus driver," is not the driver', () => {
    const who = speakerOf(['Lena Vos, a bus driver, waited by the gate. "Nobody came," the former teacher said.'], 'Nobody came');
    expect(who).not.toBe('Lena Vos');
  });
  it('"the nurse" or "the teacher" (a profession\'s noun) is not him either', () => {
    for (const d of ['the nurse', 'the teacher']) {
      const who = speakerOf([`Her husband, Ivo Roen, a retired border guard, joined her. "It was cold," ${d} said.`], 'It was cold');
      expect(who).not.toBe('Ivo Roen');
    }
  });
  it('"the nurse" is the one the text made a nurse', () => {
    const who = speakerOf(['Mara Olsen, a nurse, sat by the door. Her husband, Ivo Roen, a retired border guard, joined her. "It was cold," the nurse said.'], 'It was cold');
    expect(who).toBe('Mara Olsen');
  });
  it('"the veteran" (no profession\'s noun) may still be him', () => {
    const who = speakerOf(['Her husband, Ivo Roen, a retired border guard, joined her. "It was cold," the veteran said.'], 'It was cold');
    expect(who).toBe('Ivo Roen');
  });
});
