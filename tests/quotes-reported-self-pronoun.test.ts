import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// Passages written for these tests (invented people): "Lind said he agreed ..." has Lind report what "he" did; a
// "she said" after it does not go on with Lind, whose sex no name list tells, but to a fitting woman or no one.
const speaker = (paras: string[], start: string): string | null | undefined => speakersByStart(paras).get(start);

it('does not give "she said" to the man who just said what "he" did', () => {
  expect(speaker(['Tor Lind, the harbour master, met Anna Berg. Lind said he agreed with her plan. "We start Monday," she said.'], 'We start Monday')).not.toBe('Tor Lind');
  expect(speaker(['Tor Lind, the harbour master, met Anna Berg. Lind said he agreed with her plan.', '"We start Monday," she said.'], 'We start Monday')).not.toBe('Tor Lind');
  expect(speaker(['Tor Lind, the harbour master, spoke to reporters. Lind said he agreed with the plan. "We start Monday," she said.'], 'We start Monday')).toBeNull();
});

it('still gives "he said" to him', () => {
  expect(speaker(['Tor Lind, the harbour master, met Anna Berg. Lind said he agreed with the plan. "We start Monday," he said.'], 'We start Monday')).toBe('Tor Lind');
});
