import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "One of the NOUNs, FULL NAME, ..." names one person of a group, who is
// then quoted with "she said" / "he said".
describe('"One of the former pilots, NAME," names the subject', () => {
  it('`One of the former harbour pilots, NAME, who ..., said ... "...," she said.`', () => {
    const paras = ['The new pier opened in March.', 'One of the former harbour pilots, Greta Sonnberg, who retired in 2020, said the pier had worried her from the start. “I would not tie a dinghy to it,” she said.'];
    expect(speakerOf(paras, 'tie a dinghy')).toBe('Greta Sonnberg');
  });
  it('`Another of her students, NAME, was blunter.` then the quote in the next paragraph', () => {
    const paras = ['The new pier opened in March.', 'Another of her students, Tomasz Lindvall, was blunter.', '“She taught us to read the tide, not the timetable,” he said.'];
    expect(speakerOf(paras, 'read the tide')).toBe('Tomasz Lindvall');
  });
  it('a group of things is no group of people: "One of the ferries, NAME," names no one', () => {
    const paras = ['The new pier opened in March.', 'One of the ferries, Greta Sonnberg, was late again. “I would not tie a dinghy to it,” she said.'];
    expect(speakerOf(paras, 'tie a dinghy')).toBeNull();
  });
});
