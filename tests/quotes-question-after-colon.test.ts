import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a host presses a guest with a question after a colon, and the guest's gesture
// follows in the next sentence.
const opening = [
  'The host of the morning show, Dana Welk, spoke with Tom Arden, a retired diplomat, and Ivy Crane, a historian.',
  'Welk began by asking about trade. "The talks went nowhere," Arden said.',
];
describe('`HOST pressed him: "...?" GUEST smiled.`', () => {
  it('is the host\'s question, not the guest\'s who smiles after it', () => {
    const paras = [...opening, 'Welk pressed him: "Isn\'t that what you always say?" Arden smiled. "It is, and I am usually right," he replied.'];
    expect(speakerOf(paras, 'always say')).toBe('Dana Welk');
    expect(speakerOf(paras, 'usually right')).toBe('Tom Arden');
  });
  it('is no one when no known person opens the clause before the colon', () => {
    const paras = [...opening, 'The crowd outside pressed on: "Why not now?" Arden smiled.'];
    expect(speakerOf(paras, 'Why not now')).toBeNull();
  });
});
