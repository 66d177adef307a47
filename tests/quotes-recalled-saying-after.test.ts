import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('gives words recalled after the quote to the one remembered saying them', () => {
  const got = speakers([
    '"Keep the lamp lit," keeper Ambrose Tull recalled his mentor, Silas Creed, saying.',
    '"Count the rafts twice," ferryman Odo Brisk remembered his aunt telling him.',
    '"I still hear it," Tull said.',
  ]);
  expect(got.get('Keep the lamp lit')).toBe('Silas Creed');
  expect(got.get('Count the rafts twice')).toBeNull();
  expect(got.get('I still hear it')).toBe('Ambrose Tull');
});
