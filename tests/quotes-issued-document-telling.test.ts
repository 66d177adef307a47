import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits the subject who put out a statement telling a named place to do something', () => {
  const got = speakers(['The governor was not silent for long. Harlan Voss put out a statement telling Dunmore to "stop the nonsense and come to the table."']);
  expect(got.get('stop the nonsense and come to the table')).toBe('Harlan Voss');
});

it('credits the subject who issued a worded note urging a named body to act', () => {
  const got = speakers(['Lena Ostrova issued a brief note urging Tarvik to "think again before the harvest is lost."']);
  expect(got.get('think again before the harvest is lost')).toBe('Lena Ostrova');
});

it('still gives no one the words of a document the subject did not issue', () => {
  const got = speakers([
    'Harlan Voss read a statement from the union telling Dunmore to "stop the nonsense now."',
    'Lena Ostrova came, but only after the paper\'s editorial telling her to "stop hiding in Tarvik."',
  ]);
  expect(got.get('stop the nonsense now')).toBeNull();
  expect(got.get('stop hiding in Tarvik')).toBeNull();
});
