import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { introducedObject } from '../src/quotes/introduced-object.ts';

it('sets up the one a sentence brings in as its object, with a role set off, for the pronoun after it', () => {
  const paragraphs = [
    'The harbour board met on Monday.',
    'The ruling did not surprise Mara Olsen, a lecturer in maritime law at the Vesterby Institute. In her view, the court wanted to show that the scheme "is going ahead whatever the cost."',
    '"They like to say the port is dead. Well, look at the cranes," she said.',
  ];
  expect(speakerOf(paragraphs, 'going ahead')).toBe('Mara Olsen');
  expect(speakerOf(paragraphs, 'the cranes')).toBe('Mara Olsen');
});

it('brings in no one when the sentence has another name before, or a second person after', () => {
  expect(introducedObject('The ruling did not surprise Mara Olsen, a lecturer in maritime law.')).toEqual({ name: 'Mara Olsen', role: 'a lecturer' });
  expect(introducedObject('This week host Ivo Brandt is joined by Dr Mara Olsen, a lecturer in maritime law.')).toBeNull();
  expect(introducedObject('The ruling did not surprise Mara Olsen, a lecturer in law, and Ivo Brandt, a retired pilot who worked the port.')).toBeNull();
  // (Nor a thing: "a bridge" is no role.)
  expect(introducedObject('The ferry sails under Kessel Span, a bridge of the old town.')).toBeNull();
  const paragraphs = [
    'This week on the Harbour Hour, host Ivo Brandt is joined by Dr Mara Olsen, a lecturer in maritime law, and Tom Hale, a retired pilot who worked the port.',
    '"The cranes tell the story," she said.',
  ];
  expect(speakerOf(paragraphs, 'cranes tell')).not.toBe('Tom Hale');
});
