import { expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { speakersByStart, whoSaidOver } from './helpers/quotes.ts';

// A news agency report written for these tests, with invented people and places: a full name of three words
// (given name, patronymic, surname) after a title "of" a body whose own name opens it, then the given name and
// patronymic alone, as Russian address has it.
const report = [
  'Governor of the Varna Region Oleg Nikolayevich Sverdov, who met the delegations, told reporters that the region was ready. "The region has the experience and the roads," Oleg Nikolayevich said.',
  'Deputy head of the State Rail Corporation Arkady Petrovich Lanskov showed the guests the depot. "They asked very detailed questions," Arkady Petrovich said.',
];

it('reads the three-word name after the body as the person, and the given name with the patronymic as that person', () => {
  const got = speakersByStart(report);
  expect(got.get('The region has the experience')).toBe('Oleg Nikolayevich Sverdov');
  expect(got.get('They asked very detailed questions')).toBe('Arkady Petrovich Lanskov');
});

it('confirms the words for the surname typed', () => {
  const a = whoSaidOver(doc('agency', '2024-06-03', report))('sverdov said the region has the experience and the roads');
  expect(a.matches[0]).toMatchObject({ speaker: 'Oleg Nikolayevich Sverdov', verdict: 'same', speakerMatches: true });
});
