import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "X said his sister had written to him from prison: "..."" — the words are the
// writer's inside the report, never the reporter's.
describe('a verb of writing inside another\'s report, closing on a colon, gives the words to its own subject', () => {
  it('a described writer ("his sister had written to him from prison:") leaves the reporter out', () => {
    const paras = ['Teodor Vasko said that his sister had written to him from prison: "Do not come. The road is too long."'];
    expect(speakerOf(paras, 'Do not come')).toBeNull();
  });
  it('a named writer ("Mirela Stan had written to him:") speaks', () => {
    const paras = ['Teodor Vasko said that Mirela Stan had written to him in a letter: "The shop is yours now."'];
    expect(speakerOf(paras, 'The shop is yours now')).toBe('Mirela Stan');
  });
  it('the reporter who wrote himself still speaks ("Vasko wrote to the council:")', () => {
    const paras = ['Teodor Vasko wrote to the council on Monday: "The bridge must be repaired."'];
    expect(speakerOf(paras, 'The bridge must be repaired')).toBe('Teodor Vasko');
  });
});
