import { expect, it } from 'vitest';
import { introducedObject } from '../src/quotes/introduced-object.ts';
import { pronounSubject } from '../src/quotes/pronoun-subject.ts';
import { speakerOf } from './helpers/quotes.ts';

// A feature writer spends time with someone named as the object of a sentence, with a role and a "who" clause
// set off after the name; the "he said" a sentence or two later is that person's.
const visit = (between: string) => [
  'The harbour town empties in winter, and the cafes close one by one.',
  `I spent the morning with Arvo Lindqvist, a retired welder who built the old bridge in the 1990s. He is 68 and still fishes every day. ${between}"We cheered until we lost our voices," he said.`,
];

it('brings in the one named with a role and a "who" clause as the object of the sentence', () => {
  expect(introducedObject(' I spent the morning with Arvo Lindqvist, a retired welder who built the old bridge in the 1990s.')).toEqual({ name: 'Arvo Lindqvist', role: 'a retired welder' });
  expect(speakerOf(visit(''), 'We cheered')).toBe('Arvo Lindqvist');
});

it('not when the "who" clause brings in someone else by name', () => {
  expect(introducedObject(' I spent the morning with Arvo Lindqvist, a retired welder who trained under Ivo Brandt.')).toBeNull();
  // A place after a preposition is no one.
  expect(introducedObject(' I spent the morning with Arvo Lindqvist, a retired welder who worked in Vesterby.')).toEqual({ name: 'Arvo Lindqvist', role: 'a retired welder' });
});

it('carries the thread through a sentence whose subject is the pronoun after a short fronted phrase of place', () => {
  expect(pronounSubject({ masked: 'Over coffee in his garden he remembered the opening of the bridge.', from: 0, to: 66 }, 'he')).toBe(true);
  expect(pronounSubject({ masked: 'Over coffee with Olsen he remembered the opening.', from: 0, to: 49 }, 'he')).toBe(false);
  expect(speakerOf(visit('Over coffee in his garden he remembered the opening of the bridge. '), 'We cheered')).toBe('Arvo Lindqvist');
});
