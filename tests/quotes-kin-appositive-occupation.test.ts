import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): an unnamed relative is brought on as "His mother, a nurse who
// ...," and then speaks through a pronoun. The word of kin heads the subject; the set-off occupation is only
// her role, so she is not to be shown as "a nurse" (any nurse), but as the man's mother.
describe('an unnamed relative set off with an occupation', () => {
  it('"His mother, a nurse who asked that her name not be used, said ...": a later "she said" is the mother', () => {
    const text = [
      'Tomas Berg, 19, said he would go. His mother, a nurse who asked that her name not be used, said she worried about the road. "He is still a boy," she said.',
    ];
    const who = speakerOf(text, 'He is still a boy');
    expect(who).not.toBe('a nurse');
    expect(who ?? '').toMatch(/mother/u);
  });
  it('the same with the words of the relative in the next paragraph', () => {
    const text = [
      'Tomas Berg, 19, said he would go.',
      'His mother, a nurse who asked that her name not be used, said she worried about the road.',
      '"He is still a boy," she said.',
    ];
    const who = speakerOf(text, 'He is still a boy');
    expect(who).not.toBe('a nurse');
    expect(who ?? '').toMatch(/mother/u);
  });
  it('"Her son, a welder who asked that his name not be used, ...": a later "he said" is the son, not "a welder"', () => {
    const text = [
      'Ana Lind, 52, runs the ferry kiosk.',
      'Her son, a welder who asked that his name not be used, said the yard had cut his hours. "Nobody tells us anything," he said.',
    ];
    const who = speakerOf(text, 'Nobody tells us anything');
    expect(who).not.toBe('a welder');
    expect(who ?? '').toMatch(/son/u);
  });
});
