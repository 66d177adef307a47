import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A baptismal name before a family-name-first name ("Father Paul Yoon Jin-seok"): the family name is the second
// word, so "Father Yoon" or "Bishop Choi" is the one named with that title, not a namesake named before or after.
describe('a title before a family name whose full name opens on a baptismal name', () => {
  const paragraphs = [
    'The meeting between the island\'s premier, Choi Man-sik, and a visiting president drew a sharp reply from the Church.',
    'Bishop Peter Choi Hyun-woo, who heads the diocesan peace office, wrote to every parish on Friday.',
    '"Only talking heals old wounds," the Bishop wrote.',
    'Bishop Choi, who was born in 1961 to a family of fishermen, recalled his mother\'s warnings. "She kept a bag packed by the door," he said.',
    'Her cousin, Father Paul Yoon Jin-seok, runs a small parish on the coast. Sister Clara Yoon Eun-ji teaches at the parish school.',
    '"The pews were full," Father Yoon said.',
    'In Gwangju, the teacher Hana Choi, 41, who runs a reading circle, said the circle would meet. "We read every month," she said.',
  ];

  it('gives "Bishop Choi" to the bishop, not to the premier of his family name', () => {
    expect(speakerOf(paragraphs, 'She kept a bag packed')).toBe('Peter Choi Hyun-woo');
  });

  it('gives "Father Yoon" to the priest, not to a bare surname shared with the nun', () => {
    expect(speakerOf(paragraphs, 'The pews were full')).toBe('Paul Yoon Jin-seok');
  });

  it('keeps the teacher her own words', () => {
    expect(speakerOf(paragraphs, 'We read every month')).toBe('Hana Choi');
  });
});
