import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { scanNameMentions } from '../src/quotes/name-mentions.ts';

// Passages written for these tests: a spouse first brought in by a word of kin and the given name alone ("with
// her husband, Teodor.") and named in full later is of the sex the kin word tells, though no list knows the
// given name, so "Mrs SURNAME" goes back to the wife, not to the husband who spoke last.
const couple = [
  'In the market town of Brenz, Wilhelmina Okrasa, 68, who keeps a flower stall, said she had watched the news with her husband, Teodor.',
  '"It was all handshakes," Okrasa said.',
  'Her husband, a retired postman, was less patient. "Two men buying each other\'s junk," Teodor Okrasa said.',
  '"We have seen such friendships before," Mrs Okrasa added. "They never end well."',
  'The retired postman shrugged. "Never," he said.',
];

describe('a spouse named by kin and given name alone', () => {
  it('gives the husband the kin word\'s sex on his full name', () => {
    const teodor = scanNameMentions(couple).find((m) => m.name === 'Teodor Okrasa');
    expect(teodor?.kin).toBe('m');
    expect(scanNameMentions(couple).find((m) => m.name === 'Wilhelmina Okrasa')?.kin).toBeUndefined();
  });
  it('`"...," Mrs SURNAME added` is the wife\'s, and so is its continuation', () => {
    expect(speakerOf(couple, 'We have seen such friendships')).toBe('Wilhelmina Okrasa');
    expect(speakerOf(couple, 'They never end well')).toBe('Wilhelmina Okrasa');
    expect(speakerOf(couple, 'Two men buying')).toBe('Teodor Okrasa');
  });
  it('a given name alone after kin of another surname tells nothing of the full name', () => {
    const paras = ['Wilhelmina Okrasa said she had watched it with her husband, Teodor.', 'Teodor Brandl, a neighbour, disagreed.'];
    expect(scanNameMentions(paras).find((m) => m.name === 'Teodor Brandl')?.kin).toBeUndefined();
  });
  it('a kin word before a given name and a surname is read as before', () => {
    const paras = ['Wilhelmina Okrasa came with her husband, Teodor Okrasa, a postman.'];
    expect(scanNameMentions(paras).find((m) => m.name === 'Teodor Okrasa')?.kin).toBe('m');
  });
});

// A person brought in by "a" and two "who" clauses, the second set off ("A broker who ..., and who asked not to
// be named ..., was blunter."), is the "he" of the quote after.
describe('a described subject with two "who" clauses', () => {
  it('the quote\'s "he" is the one described', () => {
    const paras = ['A ferryman who has worked the crossing for twenty years, and who asked not to be named because he was not allowed to speak for his company, was blunter. "Nobody on this boat cares," he said.'];
    expect(speakerOf(paras, 'Nobody on this boat')).toBe('a ferryman');
  });
});
