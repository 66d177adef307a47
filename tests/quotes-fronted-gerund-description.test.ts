import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads a description and the name set off after a fronted preposition with a gerund', () => {
  const got = speakers([
    'The harbour board asked Senator Lena Vik to give evidence in the dispute.',
    'In opposing the request, her personal lawyer, Tom Berg, wrote in a filing to the court that the demand was "futile," since the logs were burned.',
    'After reading the filing, the board\'s clerk, Anna Moss, said the hearing would go on "as planned."',
  ]);
  expect(got.get('futile')).toBe('Tom Berg');
  expect(got.get('as planned')).toBe('Anna Moss');
});
