import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits no one with "the latter" when the sentence joins someone unnamed to the two it names', () => {
  const got = speakers([
    'Vesna Orlik met Tamas Brede and his interpreter in Kelmar on Friday.',
    '"We settled nothing," the latter said.',
    'Oskar Lind greeted Mette Rask and her bodyguard yesterday. "Not a word about money," the latter said.',
    'Hilde Sarn greeted Piet Ambro, with a bodyguard at his side. Then Runa Falk met Edvin Kaas and two advisers. "It went well," the former said.',
  ]);
  expect(got.get('We settled nothing')).toBeNull();
  expect(got.get('Not a word about money')).toBeNull();
  expect(got.get('It went well')).toBeNull();
});

it('still reads the pair when what follows "and" is no person', () => {
  const got = speakers([
    'Vesna Orlik met Tamas Brede and his interpreter in Kelmar on Friday.',
    'Runa Falk met Edvin Kaas and the harbour board in Ostby. "It went well," the latter said.',
  ]);
  expect(got.get('It went well')).toBe('Edvin Kaas');
});
