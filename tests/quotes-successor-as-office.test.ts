import { expect, it } from 'vitest';
import { attributionBefore } from '../src/quotes/attribution.ts';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits the name set off after "X\'s successor as mayor," not the office', () => {
  const got = speakers([
    'Former mayor Rolf Lindqvist was jailed on Thursday for taking bribes.',
    'Lindqvist\'s successor as mayor, Sophie Durand, said: "The city can start to heal."',
    'Her deputy as party leader, Tomas Eklund, said the vote had been "a relief."',
  ]);
  expect(got.get('The city can start to heal')).toBe('Sophie Durand');
  expect(got.get('a relief')).toBe('Tomas Eklund');
});

it('keeps the whole phrase before an office as the subject, and "as" opening a clause still opens one', () => {
  expect(attributionBefore('Lindqvist\'s successor as mayor, Sophie Durand, said: ')?.phrase).toBe('Lindqvist\'s successor as mayor');
  expect(attributionBefore('As the mayor said: ')?.phrase).toBe('the mayor');
});
