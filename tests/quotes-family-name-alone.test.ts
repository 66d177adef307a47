import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a feature in which a woman gives only her family name, the family name of
// an official the report names in full, family name first.
describe('a family name the text says is all the name given', () => {
  const feature = [
    'The delegation was led by Ri Song-chol, the vice minister, who arrived on Tuesday.',
    'In a café near the station, a woman in her thirties watches the news. She asked to be identified only by her family name, Ri, because her mother still lives in Hyesan.',
    '"When I was a child, the teachers told us the border would open," said Ri, who has run the café for six years. "Nothing here is true for long."',
  ];
  it('is not the official named in full with that family name', () => {
    expect(speakerOf(feature, 'the border would open')).toBe('Ri');
    expect(speakerOf(feature, 'Nothing here is true')).toBe('Ri');
  });
  it('reads "surname" and "last name" the same way', () => {
    for (const says of ['only her surname, Ri,', 'only her last name, Ri,']) {
      const page = [...feature];
      page[1] = `In a café near the station, a woman in her thirties, who gave ${says} watches the news.`;
      expect(speakerOf(page, 'the border would open')).toBe('Ri');
    }
  });
  it('still gives the bare family name to the one named in full when nothing says it was all the name given', () => {
    const page = [...feature];
    page[1] = 'In a café near the station, a woman in her thirties watches the news.';
    expect(speakerOf(page, 'the border would open')).toBe('Ri Song-chol');
  });
});

// Passages written for these tests: the same with a holder named given name first, whose surname ends the name.
describe('a surname the text says is all the name given, beside one named given name first', () => {
  const hearing = [
    'Senator Paul Dunmore opened the hearing on rural clinics with a long statement. "This is a disgrace," Dunmore said.',
    'A nurse from the valley, who gave only her surname, Dunmore, testified after him. "We were never asked," said Dunmore, who has worked at the clinic since 2009.',
    '"Nobody came to see the wards," Dunmore said.',
  ];
  it('is not the senator named in full with that surname', () => {
    expect(speakerOf(hearing, 'This is a disgrace')).toBe('Paul Dunmore');
    expect(speakerOf(hearing, 'We were never asked')).toBe('Dunmore');
    expect(speakerOf(hearing, 'Nobody came')).toBe('Dunmore');
  });
  it('still gives the bare surname to the senator when nothing says it was all the name given', () => {
    const page = [...hearing];
    page[1] = 'A nurse from the valley testified after him. "We were never asked," said Dunmore, who chairs the committee.';
    expect(speakerOf(page, 'We were never asked')).toBe('Paul Dunmore');
  });
});
