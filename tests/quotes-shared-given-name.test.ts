import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a bare given name two people of different surnames bear', () => {
  it('credits nobody when its paragraph names neither in full', () => {
    const paras = [
      "The harbour board met on Tuesday to weigh the dredging plan put forward by Eli Marsh, the board's chairman.",
      'Eli Dunn, a fisherman who has worked the bay for thirty years, spoke against it. "The silt will choke the oyster beds," he said.',
      '"We have studied this for two years," said Eli.',
    ];
    expect(speakerOf(paras, 'We have studied this')).toBeNull();
  });
  it('credits the one its own paragraph has just named in full', () => {
    const paras = [
      'Sam Oduya, head of Hillcrest School, and Sam Pettering, head of Brookfield Academy, disagreed at the meeting.',
      'Sam Pettering said the exams should be moved to June. "Children need more time," Sam said.',
      '"That is nonsense," Sam replied.',
    ];
    expect(speakerOf(paras, 'Children need more time')).toBe('Sam Pettering');
    expect(speakerOf(paras, 'That is nonsense')).toBeNull();
  });
  it('a given name only one person bears still credits that person', () => {
    const paras = ['Eli Marsh chairs the harbour board. Tom Dunn fishes the bay.', '"We have studied this for two years," said Eli.'];
    expect(speakerOf(paras, 'We have studied this')).toBe('Eli Marsh');
  });
  it('credits nobody when a description is set off after the bare name', () => {
    const paras = [
      'Noor Halden and Noor Vesk both stood for the river council.',
      'Noor Halden lost by forty votes. "The count was fair," said Noor, Vesk\'s cousin.',
      'Noor Halden thanked her voters. "We will try again," said Noor, a retired teacher.',
    ];
    expect(speakerOf(paras, 'The count was fair')).toBeNull();
    expect(speakerOf(paras, 'We will try again')).toBeNull();
  });
});
