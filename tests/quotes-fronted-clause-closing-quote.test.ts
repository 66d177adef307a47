import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';
import { mainClauseSubject } from '../src/quotes/main-clause-subject.ts';

const intro = 'Senator Ida Brun sat down with the radio host Wren Haug on Tuesday. "We talked for an hour," she said.';

it('reads the main clause after a fronted clause closing on a quotation with its comma inside the marks', () => {
  expect(mainClauseSubject('When Haug pointed out that the rival calls it "cheap power," Brun seized on the phrase.')).toBe('Brun');
  expect(mainClauseSubject('When Haug spoke of "cheap power" on air, Brun seized on the phrase.')).toBe('Brun');
});

it('gives the she-credit after such a sentence to the main clause subject, not the one the fronted clause names', () => {
  const got = speakers([intro, 'When Haug pointed out that the rival calls it "cheap power," Brun seized on the phrase, repeating her team\'s line. "Cheap power is not cheap," she said.']);
  expect(got.get('Cheap power is not cheap')).toBe('Ida Brun');
});

it('still reads a quotation set off by commas of its own before the main clause', () => {
  expect(mainClauseSubject('When Haug spoke on the radio, "it was a mess," Brun snorted.')).toBe('Brun');
});
