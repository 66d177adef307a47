import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: someone "has a theory" or "had an explanation", then a colon and the words.
describe('"As for the folder, the stylist has a theory: "...""', () => {
  it('gives the words to the one described, tied to the name before', () => {
    const paras = ['The stylist Ivar Moen said the colours mattered most. "Grey is the message," he said.', 'Pia Lask, asked about the coats, agreed. "Wool is never neutral," the tailor said.', 'As for the satchel, the stylist has a theory: "That satchel is the loudest thing in the room."'];
    expect(speakerOf(paras, 'That satchel is the loudest')).toBe('Ivar Moen');
  });
  it('gives the words to a name known before', () => {
    const paras = ['Ivar Moen runs a tailoring shop in Harsvik.', 'Moen had a simple explanation: "Nobody buys grey by accident."'];
    expect(speakerOf(paras, 'Nobody buys grey')).toBe('Ivar Moen');
  });
  it('not when the thing held came from someone else', () => {
    const paras = ['Ivar Moen runs a tailoring shop in Harsvik.', 'Moen had a warning from the mayor: "Nobody buys grey by accident."'];
    expect(speakerOf(paras, 'Nobody buys grey')).toBeNull();
  });
});
