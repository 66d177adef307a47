import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a question a colon opens, then a new sentence whose subject is the surname
// of the one asked.
describe('`A reporter asked the mayor, NAME: "...?" SURNAME walked away.`: the one asked did not say it', () => {
  it('the surname opening the next sentence is no credit, though the name stood before the quote', () => {
    const paras = ['A reporter asked the mayor, Ben Haak: "Will you resign?" Haak walked away.'];
    expect(speakerOf(paras, 'Will you resign')).not.toBe('Ben Haak');
  });
  it('the asker named before the colon keeps it', () => {
    const paras = ['Jo Berg turned to Ben Haak: "Why now?" Haak shrugged.'];
    expect(speakerOf(paras, 'Why now')).toBe('Jo Berg');
  });
  it('and one who asks, named again after, keeps it', () => {
    const paras = ['Ben Haak asked: "Will you stay?" Haak smiled.'];
    expect(speakerOf(paras, 'Will you stay')).toBe('Ben Haak');
  });
});
