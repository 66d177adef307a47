import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// "Pereira Lima" after "Ana Luisa Pereira Lima": a given name of two words before two surnames; the surnames
// alone are her, not a person of their own, so the "she" that goes back to them shows her full name.
const paragraphs = [
  'LISBON - The government reacted cautiously on Monday to the visit.',
  '"We have always defended the rules, and that has not changed," Foreign Minister Tiago Marques told reporters.',
  'Opposition deputy Ana Luisa Pereira Lima criticized the government\'s response as "weak". In a post on social media, she wrote that the country "cannot look away" from the deal.',
  'Her fellow deputy and party leader, Paulo Lima - the two are not related - took a softer line. "We should not rush, but silence is also a message," Lima told the Tagus Herald.',
  'Asked about the deputy\'s criticism, a ministry official who spoke on condition of anonymity said: "Weak is one word. Careful is another."',
  'Pereira Lima did not respond to a request for comment on the official\'s remark. On Friday, she repeated her criticism in a speech. "Care that sees nothing is not care," she said.',
];

it('reads two surnames after a given name of two words as the one person, not a person of their own', () => {
  expect(speakerOf(paragraphs, 'Care that sees nothing')).toBe('Ana Luisa Pereira Lima');
  // (The unrelated namesake of the last surname keeps his own words.)
  expect(speakerOf(paragraphs, 'We should not rush')).toBe('Paulo Lima');
});

it('reads both surnames written after a given name of two words as that person', () => {
  const two = ['The writer Maria Jose Fuentes Roldan opened the fair on Monday.', '"Books still travel further than armies," Fuentes Roldan told the audience.'];
  expect(speakerOf(two, 'Books still')).toBe('Maria Jose Fuentes Roldan');
});
