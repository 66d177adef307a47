import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: words a described teller said straight to a hearer, reported by someone else.
describe('words told straight to a hearer inside what another reports', () => {
  it('are the teller\'s, past when they were told: `X said the trainer had told them at half-time: "..."`', () => {
    const paras = ['Trainer Ivo Berg was lifted on to the players\' shoulders. Captain Lina Shore said the trainer had told them at half-time: "Keep the ball. The goal will come."'];
    expect(speakerOf(paras, 'Keep the ball')).not.toBe('Lina Shore');
  });
  it('with a hyphenated time: "before kick-off"', () => {
    const paras = ['Trainer Ivo Berg was lifted on to the players\' shoulders. Captain Lina Shore said the trainer had told them before kick-off: "Enjoy it. Nobody forgets a final."'];
    expect(speakerOf(paras, 'Enjoy it')).not.toBe('Lina Shore');
  });
});
