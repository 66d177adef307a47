import { expect, it } from 'vitest';
import { describedWhoSubject, pickedOutSubject, placedStanceSubject } from '../src/quotes/placed-stance.ts';
import { speakerOf } from './helpers/quotes.ts';

// A feature brings on an unnamed person by where they stand or how they look, then their gesture; the "he said"
// right after is theirs.
const ferry = (scene: string) => [
  'Harbourmaster Olaf Berg said the timetable would hold. "We sail at nine," he said.',
  `On Monday the ferry did not sail. ${scene} "No boat today. Maybe tomorrow," he said.`,
];

it('reads the one placed or described as the subject of a gesture', () => {
  expect(placedStanceSubject('A police officer at the gate, a tall man with a cap, shrugged when I showed my ticket.')).toEqual({ phrase: 'A police officer at the gate', core: 'A police officer', also: 'man' });
  expect(placedStanceSubject('A police officer, a tall man with a cap, shrugged.')?.core).toBe('A police officer');
  // Bare, it is left to the older readings.
  expect(placedStanceSubject('A police officer shrugged.')).toBeNull();
  expect(placedStanceSubject('A ticket at the gate was torn.')).toBeNull();
});

it('gives the "he said" after the gesture to the one brought on, not the harbourmaster', () => {
  expect(speakerOf(ferry('A police officer at the gate, a tall man with a cap, shrugged when I showed my ticket.'), 'No boat today')).toBe('a police officer at the gate');
  expect(speakerOf(ferry('A police officer, a tall man with a cap, shrugged when I showed my ticket.'), 'No boat today')).toBe('a police officer');
});

it('ties "The woman in the green coat was ..." to the one described so before, for the pronoun after it', () => {
  const inn = [
    'At supper I shared a bench with a woman in a green coat who described herself as "in shipping."',
    'The owner, Ivo Brandt, came by with more bread. "Eat, eat," he said. His sister, Greta Brandt, cleared the plates. "Nobody eats enough," she said.',
    'The woman in the green coat was at the bar later. She raised her glass toward the window. "To the harbour," she said, to no one in particular.',
  ];
  expect(pickedOutSubject('The woman in the green coat was at the bar later.')).toBe('The woman in the green coat');
  expect(pickedOutSubject('The woman in charge was at the bar later.')).toBeNull();
  expect(speakerOf(inn, 'To the harbour')).toBe('a woman in a green coat');
});

it('brings in "a ... who ..." opening a sentence as its subject, for the pronoun subject of the next', () => {
  expect(describedWhoSubject('In the cafe, a Danish-speaking guide who has led walks here since 2015 listened without a word.')).toBe('a Danish-speaking guide');
  // A clause naming someone else is left alone.
  expect(describedWhoSubject('In the cafe, a guide who once worked for Mara Olsen listened without a word.')).toBeNull();
  const cafe = ['Olaf Berg, who owns the mill, shook his head. "She says that every spring," he said.', 'At the ferry office, a ticket clerk who has sold fares here since 2009 watched the queue. Asked for her view, she said only: "Busy week."'];
  expect(speakerOf(cafe, 'Busy week')).toBe('a ticket clerk');
});
