import { expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

it('never reads a US party tag as a person', () => {
  for (const tag of ['R-Alaska', 'D-Wis.', 'I-Vt.', 'R-N.M.', 'D-New York']) expect(parseSpeakerPhrase(tag)).toBeNull();
  expect(parseSpeakerPhrase('Sen. Ivo Rask')).toMatchObject({ type: 'name', name: 'Ivo Rask' });
});

it("gives a senator's spokesman his own words, not the party tag set off after the senator's name", () => {
  const got = speakersByQuote([
    'Sen. Ivo Rask said on Monday that the hearings were over.',
    'A spokesman for Sen. Ivo Rask, R-Delmar, said the senator had read the petition and "takes it seriously." "He has raised the harbour question for years," the spokesman said.',
  ]);
  expect(got.get('takes it seriously')).toMatch(/spokesman/u);
  expect(got.get('He has raised the harbour question for years')).toMatch(/spokesman/u);
  for (const v of got.values()) expect(v).not.toMatch(/R-Delmar/u);
});
