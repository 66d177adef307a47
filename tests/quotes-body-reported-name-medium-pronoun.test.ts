import { expect, it } from 'vitest';
import { bodyReportedName } from '../src/quotes/medium-quoting-pronoun.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Articles written for these tests, with invented people, places and agencies: a body reports what someone did
// ("NCNA said NAME left ..."), then the medium quotes "him" as saying the words: he is the one the report was about.

it('gives the words to the one the body reported on when the agency then quotes him', () => {
  const got = speakersByQuote(['NCNA said Ren Tavo left for Calder on Monday aboard his private train. The agency quoted him as saying: "The visit will open a new chapter."']);
  expect(got.get('The visit will open a new chapter')).toBe('Ren Tavo');
});

it('reads the report in the paragraph before', () => {
  const got = speakersByQuote(['The Norland Daily reported that Ren Tavo had arrived in Calder.', 'The paper quoted him as saying: "We came as friends."', 'The Norland Daily is the state\'s largest paper.']);
  expect(got.get('We came as friends')).toBe('Ren Tavo');
});

it('gives no one when the report names a second person', () => {
  const got = speakersByQuote(['NCNA said Ren Tavo met Ivo Brand in Calder on Monday. The agency quoted him as saying: "The visit will open a new chapter."']);
  expect(got.get('The visit will open a new chapter')).toBeNull();
});

it('reads the body and the name of the report', () => {
  expect(bodyReportedName('NCNA said Ren Tavo left for Calder on Monday.')).toEqual({ body: 'NCNA', name: 'Ren Tavo' });
  expect(bodyReportedName('Ren Tavo left for Calder, NCNA said.')).toBeNull();
});
