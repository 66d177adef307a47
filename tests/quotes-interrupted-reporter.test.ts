import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// One described who reports in his own clause, a clause set off between, is set up to speak for a later "he
// said", as one who reports with no clause between is.
it('gives "he said" after "A spokesman for ..., who could not be named, added that ..." to the spokesman', () => {
  const paragraphs = [
    'The ferry company said on Monday that two sailings had been cancelled.',
    'A spokesman for the port authority, who under its rules could not be named, added that the quay would be repaired by June. "We will not leave it broken," he said.',
  ];
  expect(speakerOf(paragraphs, 'leave it broken')).toBe('a spokesman for the port authority');
});

it('does the same after a participle clause: "A customs officer, speaking on condition of anonymity, warned that ..."', () => {
  const paragraphs = [
    'Trade through the harbour fell by a third in the spring.',
    'A customs officer, speaking on condition of anonymity, warned that smuggling had risen. "Every week we find more," she said.',
  ];
  expect(speakerOf(paragraphs, 'we find more')).toBe('a customs officer');
});
