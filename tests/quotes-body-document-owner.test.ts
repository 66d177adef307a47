import { expect, it } from 'vitest';
import { parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';
import { speakersByQuote } from './helpers/quotes.ts';

it("reads a body's letter or statement as the body's words", () => {
  expect(parseSubjectPhrase("The council's letter")).toMatchObject({ type: 'description', text: 'the council', kind: 'organisation' });
  expect(parseSubjectPhrase('A statement from the ministry')).toMatchObject({ type: 'description', text: 'the ministry' });
  expect(parseSubjectPhrase('a letter from Jane Roe')).toMatchObject({ type: 'name', name: 'Jane Roe' });
  // (A person described may relay another's words in a note: left as it is.)
  expect(parseSubjectPhrase("the aide's note")).not.toMatchObject({ text: 'the aide' });
});

it('credits the body a letter came from, past a participle of its release', () => {
  const got = speakersByQuote([
    'At a meeting of the Vell Harbour Council on Monday, chair Ada Marsh opened with the strike.',
    'The council\'s letter, released Tuesday, called for "talks without conditions" and said the town would "not stand aside" in the dispute.',
  ]);
  expect(got.get('talks without conditions')).toBe('Vell Harbour Council');
  expect(got.get('not stand aside')).toBe('Vell Harbour Council');
});
