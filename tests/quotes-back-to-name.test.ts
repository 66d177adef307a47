import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a live page hands back to someone it quoted earlier with a sentence of no
// verb ("Back to Marcus Dunholt, who ..."); the "He" opening the next sentence is that person, and so is the "he"
// of a clause set off after what he reports (the man named inside the reported clause is not the one calling it so).
const page = (handOver: string): string[] => [
  '**9.10am**',
  'Port historian Marcus Dunholt says the crowds came early. "They know a big day when they see one," Dunholt tells us.',
  '**11.40am**',
  `${handOver} He notes that Jon Trevik walked the quay before dawn, something he calls "the old habit of the harbour."`,
];

describe('"Back to NAME, who .... He notes that NAME2 ..., something he calls "...""', () => {
  it('the one handed back to is the "he" who calls it so', () => {
    expect(speakerOf(page('Back to Marcus Dunholt, who has studied the port for years.'), 'old habit')).toBe('Marcus Dunholt');
  });

  it('"Now over to NAME."', () => {
    expect(speakerOf(page('Now over to Marcus Dunholt.'), 'old habit')).toBe('Marcus Dunholt');
  });

  it('with no one named before on the page either', () => {
    const paras = ['The harbour board met on Monday.', 'Back to Marcus Dunholt, who has studied the port for years. He notes that Jon Trevik walked the quay before dawn, something he calls "the old habit of the harbour."'];
    expect(speakerOf(paras, 'old habit')).toBe('Marcus Dunholt');
  });

  it('not a place handed back to', () => {
    const paras = ['The harbour board met on Monday.', 'Back to Port Velden, where the ferries wait. He notes that Jon Trevik walked the quay before dawn, something he calls "the old habit of the harbour."'];
    expect(speakerOf(paras, 'old habit')).not.toBe('Port Velden');
  });
});
