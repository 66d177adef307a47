import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a sentence opening on a lead-in ("But", "And", "Yet")
// and a lowercase title before a full name ("But harbour analyst Ivo Brandt scoffed ...") has that person for
// its subject, whom a "he" in the next paragraph goes on with.
describe('a lowercase title after a lead-in word opens the subject', () => {
  it('"But harbour analyst NAME scoffed at the claim." then a paragraph of "he said"', () => {
    const paras = [
      'The port authority denied that any cargo had been moved at night.',
      'But harbour analyst Ivo Brandt of the Skaldvik Institute scoffed at the claim.',
      '"Nobody writes the night loads down," he said. "That is the whole point of them."',
    ];
    expect(speakerOf(paras, 'Nobody writes the night loads down')).toBe('Ivo Brandt');
    expect(speakerOf(paras, 'That is the whole point of them')).toBe('Ivo Brandt');
  });
  it('"And", "Yet" likewise; a single-word title too', () => {
    for (const lead of ['And ferry pilot', 'Yet lawyer']) {
      const paras = ['The port authority denied it.', `${lead} Ivo Brandt disagreed.`, '"The logs tell another story," he said.'];
      expect(speakerOf(paras, 'The logs tell another story')).toBe('Ivo Brandt');
    }
  });
  it('a woman opening the sentence after the lead-in is no "he"', () => {
    const paras = ['The port authority denied it.', 'But harbour analyst Mara Olsen disagreed.', '"The logs tell another story," he said.'];
    expect(speakerOf(paras, 'The logs tell another story')).toBeNull();
  });
});
