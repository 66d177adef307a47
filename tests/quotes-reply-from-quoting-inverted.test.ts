import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

const scene = 'Reporters asked the Verlund port authority about the ferry on Monday.';

it('credits "came the reply from NAME" to the one the reply came from, a body too', () => {
  const got = speakersByQuote([scene, '"We will not comment," came the reply from Mara Kellow.', '"It is settled," came the curt answer from the ministry.']);
  expect(got.get('We will not comment')).toBe('Mara Kellow');
  expect(got.get('It is settled')).toBe('the ministry');
});

it('credits no one with a reply that came from a place', () => {
  const got = speakersByQuote([scene, '"Never," came the reply from across the room.']);
  expect(got.get('Never')).toBeNull();
});

it('reads "said NAME, quoting NAME2" as "NAME said, quoting NAME2": the one quoted, as the relayed words are', () => {
  const got = speakersByQuote([scene, '"The sea does not care," Tobin Straade said, quoting Piet Vaal.', '"The sea is cold," said Tobin Straade, quoting Piet Vaal.', '"The sea is wide," said Straade, quoting his grandfather.']);
  expect(got.get('The sea does not care')).toBe('Piet Vaal');
  expect(got.get('The sea is cold')).toBe('Piet Vaal');
  expect(got.get('The sea is wide')).toBeNull();
});
