import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// 'SURNAME was unpersuaded when the paper put the argument to him. "...," the former intelligence officer said.': a
// paragraph that opens on the bare surname of one person named in full further up, naming no one else, goes on with
// that person; a fresh epithet (a noun the text never used, perhaps after "former" and a word of its field) crediting
// a quote later in it is that person.
const opening = [
  'HADERA - Analysts were divided on Thursday.',
  // (No military title before the name: "Col." is an officer's, and "the former intelligence officer" would then be
  // tied to him by the role alone, not by the paragraph these tests are about.)
  '"Every shell they send north is one less they need from us," Amir Tzadok, a former head of the planning division, told the paper. "The debt runs both ways."',
  'Dana Levin, a columnist, argued that a weak patron is a generous one. "They cannot afford to say no," Levin said.',
];
const quote = '"Weak patrons give what they have left," the former intelligence officer said.';

it('reads the fresh epithet as the one person the paragraph calls by surname alone', () => {
  const paragraphs = [...opening, `Tzadok was unpersuaded when the paper put the argument to him. ${quote}`];
  expect(speakerOf(paragraphs, 'Weak patrons give')).toBe('Amir Tzadok');
});

it('leaves the epithet to no one named when the paragraph brings in someone else', () => {
  const paragraphs = [...opening, `Tzadok was unpersuaded when Levin put the argument to him. ${quote}`];
  expect(speakerOf(paragraphs, 'Weak patrons give')).not.toBe('Amir Tzadok');
  expect(speakerOf(paragraphs, 'Weak patrons give')).not.toBe('Dana Levin');
});

it('leaves the epithet to no one named when two people bear the surname', () => {
  const two = [...opening.slice(0, 2), 'His brother, Eli Tzadok, a columnist, argued that a weak patron is a generous one. "They cannot afford to say no," Eli Tzadok said.'];
  const paragraphs = [...two, `Tzadok was unpersuaded when the paper put the argument to him. ${quote}`];
  expect(speakerOf(paragraphs, 'Weak patrons give')).not.toBe('Amir Tzadok');
  expect(speakerOf(paragraphs, 'Weak patrons give')).not.toBe('Eli Tzadok');
});
