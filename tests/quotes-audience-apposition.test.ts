import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented): one of the outlet's audience described by an appositive, writing in.
describe('"A listener, a retired signalman from Crewe, wrote in" credits the one the appositive describes', () => {
  it('`A listener, a retired signalman from Crewe, wrote in to put us right. "...," he wrote.`', () => {
    const paras = ['Last week we asked why the night trains stop at the border.', 'A listener, a retired signalman from Crewe, wrote in to put us right. “The gauge changes there, and every carriage must be lifted,” he wrote.'];
    expect(speakerOf(paras, 'every carriage must be lifted')).toBe('a retired signalman from Crewe');
  });
  it('a description that says who the person is keeps it: "A nurse, a mother of three, wrote ..."', () => {
    const paras = ['The council closed the clinic in May.', 'A nurse, a mother of three, wrote to the council in June. “Nobody asked the mothers,” she wrote.'];
    expect(speakerOf(paras, 'Nobody asked the mothers')).toBe('a nurse');
  });
});
