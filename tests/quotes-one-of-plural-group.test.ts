import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// "Officials in the harbour office said ... "...," one of them said.": the quote is one member's of the group the
// sentence before has speak, as after a counted group ("Two officials ..."); the group is credited as described.
it('gives "one of them said" to the plural group the sentence before has speak', () => {
  const paras = ['Mara Olsen runs the kiosk by the pier.', 'Officials in the harbour office said the new crane had been ordered. "It will be ready next month," one of them said.'];
  expect(speakerOf(paras, 'It will be ready')).toBe('officials in the harbour office');
});

it('reads a group of sources the same way', () => {
  const paras = ['Mara Olsen runs the kiosk by the pier.', 'Sources in the port authority said the crane had been ordered. "It will be ready next month," one of them said.'];
  expect(speakerOf(paras, 'It will be ready')).toBe('sources in the port authority');
});

it('leaves a plural subject that is no people alone', () => {
  const paras = ['Mara Olsen runs the kiosk by the pier.', 'Markets in Oslo said little. "It will be ready next month," one of them said.'];
  expect(speakerOf(paras, 'It will be ready')).toBeNull();
});
