import { expect, it } from 'vitest';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { speakersByQuote } from './helpers/quotes.ts';

it('reads "Senior" before a rank as part of the title', () => {
  expect(parseSpeakerPhrase('Senior Sgt. Ada Voss')).toMatchObject({ type: 'name', name: 'Ada Voss', role: 'Senior Sgt.' });
  expect(parseSpeakerPhrase('Senior Lieutenant Tom Hale')).toMatchObject({ type: 'name', name: 'Tom Hale' });
  expect(parseSpeakerPhrase('Senior officials')).toMatchObject({ type: 'description', plural: true });
});

it('gives a "she said" to a woman introduced with "Senior Sgt." after a man of her surname', () => {
  const got = speakersByQuote([
    'Her platoon leader, Capt. Ivo Voss, 41, was calm. "We wait," he said.',
    'The unit\'s signaller, Senior Sgt. Ada Voss, said the radios were the worry. "They fail in the cold," she said.',
  ]);
  expect(got.get('They fail in the cold')).toBe('Ada Voss');
});
