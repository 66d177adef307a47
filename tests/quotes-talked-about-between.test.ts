import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('does not pass a "she" back over a woman just talked about to a woman who spoke before', () => {
  const got = speakers([
    'Greta Sundby, a lawyer, said the case was weak. "It will not stand," she said.',
    'We spoke to Peter Vallin about Helga Moberg. "She was always first in the office," she said.',
  ]);
  expect(got.get('It will not stand')).toBe('Greta Sundby');
  expect(got.get('She was always first in the office')).not.toBe('Greta Sundby');
});

it('still passes a "she" back over a man talked about', () => {
  const got = speakers([
    'Greta Sundby, a lawyer, said the case was weak. "It will not stand," she said.',
    'Reporters asked about Peter Vallin. "He was always first in the office," she said.',
  ]);
  expect(got.get('He was always first in the office')).toBe('Greta Sundby');
});

it('credits no one of no known sex whom the sentence before names beside a woman it talks about', () => {
  const got = speakers([
    'We spoke to Ivo Vallin about Helga Moberg. "She was always first in the office," she said.',
  ]);
  expect(got.get('She was always first in the office')).toBeNull();
});
