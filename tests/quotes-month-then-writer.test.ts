import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';

// Sentences and names written for these tests: "In March I wrote that ..." opens on a month and the writer's "I",
// which together name no one (a regnal number follows a given name, never a month).

it('reads a month or weekday before the writer\'s "I" or "we" as no name', () => {
  expect(parseSubjectPhrase('March I')).toBeNull();
  expect(parseSubjectPhrase('Monday We')).toBeNull();
  expect(parseSubjectPhrase('Elizabeth I')).not.toBeNull();
});

it('credits no one named "March I" with the words the writer quotes from an old column', () => {
  const paras = ['Governor Jane Roe met the harbour board on Tuesday.', 'In March I wrote that Roe would "never set foot in Dolmast while the strike goes on." She did.'];
  expect(speakerOf(paras, 'never set foot')).not.toBe('March I');
});
