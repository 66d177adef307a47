import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

const scene = 'Mara Kellow chairs the port board of Verlund.';

it('never cuts two descriptions joined by "and" to the half nearest the verb: the whole, or no one', () => {
  // (Plural descriptions of people on both sides read as one group, `joinedDescription`; "Police and
  // prosecutors" does not, and gets no one.)
  const got = speakersByQuote([
    scene,
    'Her aides and advisers said: "We will never sell."',
    '"We will not sell the quay," said her aides and advisers.',
    'Police and prosecutors said the raid was "routine".',
  ]);
  expect(got.get('We will never sell')).toBe('Her aides and advisers');
  expect(got.get('We will not sell the quay')).toBe('Her aides and advisers');
  expect(got.get('routine')).toBeNull();
});

it('takes the whole when the joined descriptions read as one', () => {
  const got = speakersByQuote([scene, 'Diplomats and officials in Verlund called the plan "a fantasy".']);
  expect(got.get('a fantasy')).toBe('diplomats and officials in Verlund');
});

it('leaves a second clause after "and" to its own subject', () => {
  const got = speakersByQuote([scene, 'The port reopened on Monday and officials said it was "a relief".']);
  expect(got.get('a relief')).toBe('officials');
});
