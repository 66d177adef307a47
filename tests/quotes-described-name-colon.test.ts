import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { colonSubject } from '../src/quotes/colon-subject.ts';

// Passages written for these tests (invented names): an indefinite description, the name it gives set off by
// commas (an age or a home town perhaps), then how that person spoke and a colon before a full-sentence quote;
// "Our correspondent, NAME," likewise.
describe('"A retired teacher, NAME, 71, was blunter: "...""', () => {
  it('reads the name, not the article, as the subject when the description has a word in -ed', () => {
    expect(colonSubject('A retired teacher, Lena Vorst, 71, was blunter: ')).toBe('Lena Vorst');
    expect(colonSubject('A retired teacher, Lena Vorst, replied: ')).toBe('Lena Vorst');
  });
  it('credits the named person after an age', () => {
    const paras = ['Crowds watched the launch from the beach.', 'A retired teacher, Lena Vorst, 71, was blunter: "It was a waste of good fuel."'];
    expect(speakerOf(paras, 'It was a waste of good fuel.')).toBe('Lena Vorst');
  });
  it('credits the named person from a town, who "is less worried"', () => {
    const paras = ['Readers wrote in all afternoon.', 'Another reader, Paul Rusk from Dunmere, is less worried: "It will all blow over by spring."'];
    expect(speakerOf(paras, 'It will all blow over')).toBe('Paul Rusk');
  });
  it('credits the outlet\'s own correspondent named after "Our correspondent"', () => {
    const paras = ['We are closing the blog now.', 'Our correspondent, Irma Volk, sent us one last line: "The ferry is leaving without us."'];
    expect(speakerOf(paras, 'The ferry is leaving')).toBe('Irma Volk');
  });
  it('still reads no subject from an article alone', () => {
    expect(colonSubject('A local man stopped and added: ')).toBeNull();
  });
});
