import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a sentence of reported speech closing on an inverted credit
// ("..., said NAME."), then a quote credited to "he".
describe('"..., said NAME." before a quote credited to "he"', () => {
  it('the "he" goes on with the one the inverted credit names', () => {
    expect(speakerOf(['The harbour would stay shut until the spring, said Peter Brek. "Nobody wants to hear that," he said.'], 'Nobody wants to hear that')).toBe('Peter Brek');
  });
  it('with words set off after the name: "..., said NAME, a pilot."', () => {
    expect(speakerOf(['The harbour would stay shut until the spring, said Peter Brek, a pilot at the port. "Nobody wants to hear that," he said.'], 'Nobody wants to hear that')).toBe('Peter Brek');
  });
});
