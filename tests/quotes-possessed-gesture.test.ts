import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { possessedGestureOfSex } from '../src/quotes/possessed-gesture.ts';

// Passages written for these tests: a helper of a man ("His cashier") whose gesture or view opens the sentence
// right before '"...," she said.' is the one speaking: the owner "his" means cannot be "she".
describe("a helper's gesture before a pronoun of the other sex than the owner's", () => {
  it('`His cashier laughed at that. "...," she said.` is the cashier\'s', () => {
    const paras = ['Back at the quay, the fishmonger was stacking crates. "Tomorrow they will talk about something else," he said.', 'His cashier laughed at that. "He says that about everything," she said.'];
    expect(speakerOf(paras, 'about everything')).toBe('His cashier');
  });
  it('`Her assistant shook his head. "...," he said.` is the assistant\'s', () => {
    const paras = ['Anna Brisk runs the bakery in Orsk. "It is a hard life," she said.', 'Her assistant shook his head. "Never on a Sunday," he said.'];
    expect(speakerOf(paras, 'Never on a Sunday')).toBe('Her assistant');
  });
  it('reads only a helper of no sex told, of the other sex than the owner', () => {
    expect(possessedGestureOfSex('His cashier laughed at that.', 'f')).toBe('His cashier');
    // ("he" may be the owner himself.)
    expect(possessedGestureOfSex('His cashier laughed at that.', 'm')).toBeNull();
    // (Kin are read by the readings of kin.)
    expect(possessedGestureOfSex('His sister laughed at that.', 'f')).toBeNull();
    // (No gesture or view: no one set up to speak.)
    expect(possessedGestureOfSex('His cashier counted the coins.', 'f')).toBeNull();
  });
});
