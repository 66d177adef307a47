import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a bare surname, a copula of how they spoke and "when asked about ...", after
// someone else spoke in between.
const opening = [
  'Professor Ines Varga of Tallinn University said the visit was staged. "It is theatre," she said.',
  'A former ambassador to Oslo, Seo Min-jun, agreed. "They want everyone to guess," Seo said in a telephone interview.',
  'An official at the Foreign Ministry said the government was "watching closely." The official added: "We will not comment."',
];
describe('"SURNAME was more blunt when asked about X. "...," he said."', () => {
  it('is the one the surname names, past the official quoted between', () => {
    const paras = [...opening, 'Seo was more blunt when asked about the ministry\'s caution. "Everyone in this city knows what happened," he said.'];
    expect(speakerOf(paras, 'Everyone in this city')).toBe('Seo Min-jun');
  });
  it('reads "when pressed" so too', () => {
    const paras = [...opening, 'Seo was blunter when pressed. "Everyone in this city knows what happened," he said.'];
    expect(speakerOf(paras, 'Everyone in this city')).toBe('Seo Min-jun');
  });
  it('is no one when two people bear the surname', () => {
    const paras = [opening[0]!, 'A former ambassador to Oslo, Seo Min-jun, agreed, as did his cousin Seo Ha-neul, a trade lawyer. "They want everyone to guess," Seo Min-jun said.', opening[2]!, 'Seo was more blunt when asked about the ministry\'s caution. "Everyone in this city knows what happened," he said.'];
    expect(speakerOf(paras, 'Everyone in this city')).toBeNull();
  });
});
