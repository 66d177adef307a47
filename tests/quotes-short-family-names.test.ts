import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { doc, passagesOf } from './helpers/docs.ts';

it('keeps a family name of one or two letters written first as part of the name', () => {
  expect(parseSpeakerPhrase('Ri Yong Ae')).toMatchObject({ type: 'name', name: 'Ri Yong Ae', role: null });
  expect(parseSpeakerPhrase('O Yong Su')).toMatchObject({ type: 'name', name: 'O Yong Su', role: null });
  // A capitalised description before a first name and surname is still no part of the name.
  expect(parseSpeakerPhrase('Billionaire Donald Trump')).toMatchObject({ type: 'name', name: 'Donald Trump' });
});

it('credits a quote to the full Korean name, family name first', () => {
  const { quotes } = extractQuotes(passagesOf(doc('k', '2024-03-01', ['"The drills are a provocation," Ri Yong Ae said on Monday.'])));
  expect(quotes.map((q) => q.speaker)).toEqual(['Ri Yong Ae']);
});
