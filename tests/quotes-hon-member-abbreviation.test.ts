import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { splitSentences } from '../src/text/sentences.ts';

// Sentences, members and seats written for these tests: Hansard's "hon." (honourable) in lower case goes on into
// the member it describes, so "the hon. Member for SEAT" is one phrase, the member the seat's label names.

describe('"the hon. Member for SEAT" in a parliamentary record', () => {
  it('"hon." in lower case does not end a sentence', () => {
    const s = splitSentences('I will not. The hon. Member for Ashwell says so. My right hon. Friend disagrees.');
    expect(s.map((x) => x.text)).toEqual(['I will not.', 'The hon. Member for Ashwell says so.', 'My right hon. Friend disagrees.']);
  });

  it('the member whose label gives the seat, the label coming after', () => {
    const text = [
      'Tessa Lund: I will not give way. [Interruption.] The hon. Member for Ashwell says from a sedentary position, "Nobody believes that." He is welcome to his view.',
      'Rowan Pike (Ashwell) (Con): Will the Minister give way?',
    ];
    expect(speakerOf(text, 'Nobody believes that')).toBe('Rowan Pike');
  });

  it('the member whose label gave the seat before', () => {
    const text = [
      'Dr Ilse Marron (Fenwick Moor) (SNP): The Government has no plan for the harbour.',
      'Rowan Pike: The hon. Member for Fenwick Moor says that the Government is "asleep at the wheel". I fear she has a point.',
    ];
    expect(speakerOf(text, 'asleep at the wheel')).toBe('Ilse Marron');
  });

  it('"Hon." in capitals opening a label is left to end as before', () => {
    const s = splitSentences('Hon. Members: Hear, hear!');
    expect(s.length).toBe(2);
  });
});
