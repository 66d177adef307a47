import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('never gives an invitation inside the subject\'s clause to the "according to" source', () => {
  const got = speakers([
    'Marta Velsing, the Ostrian president, arrived in Korvath on Tuesday.',
    'According to the Korvath press office, the Ostrian leader invited the Korvathi premier to visit Brenna "at a convenient time," and the invitation was accepted.',
    'According to the agency, she invited him to stay "as long as the talks need."',
  ]);
  // A missed attribution is better than the office that only reported the invitation.
  expect(got.get('at a convenient time')).not.toBe('the Korvath press office');
  expect(got.get('as long as the talks need')).not.toBe('the agency');
});

it('credits the inviter named as the subject, not the source', () => {
  const got = speakers(['According to the ministry, Marta Velsing invited the premier to come "whenever he likes."']);
  expect(got.get('whenever he likes')).toBe('Marta Velsing');
});

it('leaves the source its wording when the sentence quotes its account of another deed too', () => {
  const got = speakers([
    'According to the Brenna Press Agency, Marta Velsing invited Oskar Lind to visit Brenna "in the spring", and Lind "accepted the offer warmly".',
  ]);
  expect(got.get('in the spring')).toBe('the Brenna Press Agency');
});
