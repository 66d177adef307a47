import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Two people of one family name, one introduced as a doctor or professor: "Dr SURNAME" is that one, whoever of
// them was named last. Names written family name first keep their given name's gender unguessed.
describe('a doctor\'s or professor\'s title tells namesakes apart', () => {
  const paragraphs = [
    '"The port is the real story," said Dr Goh Mei Fen, a research fellow at the Strait Policy Centre.',
    'Mr Goh Chee Wah, a ship chandler and no relation, thinks the port story is overdone.',
    '"My customers have not changed," Mr Goh said.',
    'Dr Goh said the figures would tell. "Wait for the quarterly data," she said.',
    'Mr Goh was unconvinced. "Data comes late," he said.',
  ];

  it('gives "Dr Goh" and the "she" after it to the doctor, not the namesake named last', () => {
    expect(speakerOf(paragraphs, 'Wait for the quarterly data')).toBe('Goh Mei Fen');
  });

  it('keeps "Mr Goh" with the chandler', () => {
    expect(speakerOf(paragraphs, 'My customers have not changed')).toBe('Goh Chee Wah');
    expect(speakerOf(paragraphs, 'Data comes late')).toBe('Goh Chee Wah');
  });

  it('reads a long subject with a title and an institution of several words before a stance', () => {
    const text = [
      'Professor Lena Markov of the Baltic School of Shipping was more cautious. Asked about the ruling, she said: "It settles nothing yet."',
    ];
    expect(speakerOf(text, 'It settles nothing yet')).toBe('Lena Markov');
  });
});
