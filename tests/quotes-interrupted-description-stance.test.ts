import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: 'A second source, a former official of BODY, was more sober. "...,"
// he told OUTLET.': a described subject with a role set off before its stance is at hand, by that fuller
// description, for the pronoun right after.

describe('a described subject, a role set off, then a stance', () => {
  it('the official described, not no one', () => {
    const text = ['A second source, a former official of the Harbour Administration, was more sober. "Nobody here thinks he is a friend," he told the Osten Post. "They think he is a shop."'];
    expect(speakerOf(text, 'is a friend')).toBe('a former official of the Harbour Administration');
    expect(speakerOf(text, 'is a shop')).toBe('a former official of the Harbour Administration');
  });
  it('over a man named in the paragraph before', () => {
    const text = ['Ivo Marrek spoke first. "It works," he said.', 'A second source, a former official of the Harbour Administration, was more cautious. "Nobody here thinks he is a friend," he told the Osten Post.'];
    expect(speakerOf(text, 'is a friend')).toBe('a former official of the Harbour Administration');
  });
  it('not an office set off, which may be an epithet for one named elsewhere', () => {
    const text = ['Ivo Marrek spoke first. "It works," he said.', 'A second source, a former minister, was more cautious. "Nobody here thinks he is a friend," he told the Osten Post.'];
    expect(speakerOf(text, 'is a friend')).not.toBe('a former minister');
  });
});
