import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';

// Sentences written for these tests: "Yesterday the minister told ..." fronts a time adverb with no comma; the
// subject is "the minister", a definite description the text may tie to someone it names.
it('"Yesterday the mayor" reads as the definite "the mayor"', () => {
  expect(parseSpeakerPhrase('Yesterday the mayor')).toMatchObject({ type: 'description', text: 'the mayor', definite: true });
  expect(parseSpeakerPhrase('Last week a senior aide')).toMatchObject({ type: 'description', text: 'a senior aide', definite: false });
});

it('"Yesterday the minister told ..." after "Transport Minister Ilse Brandt" is Brandt', () => {
  const paras = ['Transport Minister Ilse Brandt closed the north quay on Monday after a crane collapsed.', 'Yesterday the minister told a radio host that the quay would stay shut "until the crane is out of the water."'];
  expect(speakerOf(paras, 'until the crane is out')).toBe('Ilse Brandt');
});

it('a name after the adverb is read as before', () => {
  expect(speakerOf(['Yesterday Ilse Brandt told a radio host that the quay would stay shut "for weeks."'], 'for weeks')).toBe('Ilse Brandt');
});
