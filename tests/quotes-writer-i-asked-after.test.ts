import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an interviewer's question credited to the writer's "I", with no byline.
describe('"..." I asked.: the writer\'s question is never handed to the one who answers', () => {
  it('the question goes to no one, the answer to the one named', () => {
    const paras = ['"Were you ever afraid up there?" I asked. "Only on the way down," said the pilot, Rangi Whaanga.'];
    expect(speakerOf(paras, 'Were you ever afraid up there')).toBeNull();
    expect(speakerOf(paras, 'Only on the way down')).toBe('Rangi Whaanga');
  });
});
