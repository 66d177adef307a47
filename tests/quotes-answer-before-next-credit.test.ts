import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits a question the clause before introduces when the clause after it introduces the next quote', () => {
  const got = speakers([
    'Tom Brack sent Mara Olsen a photo of the pier on Monday. Olsen answers Brack with, "Why now? Wasn\'t that the day I left for Leeds?" Brack then writes back, "You look great in it."',
  ]);
  expect(got.get('Why now? Wasn\'t that the day I left for Leeds?')).toBe('Mara Olsen');
  expect(got.get('You look great in it')).toBe('Tom Brack');
});
