import { expect, it } from 'vitest';
import { clipHeader, isClipWords } from '../src/quotes/script-clip.ts';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2025-05-01');

it('reads an insert header in a broadcast script as the voice of its IN: and OUT: lines', () => {
  const got = speakers([
    'CUE: The council has voted to close the old ferry terminal. Councillor Hannah Brightwell chairs the transport committee.',
    'TYPE: CLIP - BRIGHTWELL',
    'IN: "Nobody wanted to be the one to close it."',
    'OUT: "... and the new pier opens in the spring."',
    "DUR: 0'12\"",
    'CUE: Our reporter Olu Mensah went down to the quay.',
    'TYPE: PKG (Mensah)',
    'IN: "The last ferry left at six this morning."',
    'OUT: "... Olu Mensah, Riverside News, at the quay."',
    'TYPE: VOX POP - COMMUTER, QUAYSIDE',
    'IN: "I have taken that boat for twenty years."',
    'BACK ANNO: The terminal shuts on Friday. "It will be missed," a porter said.',
    'IN: "These words have no header above them."',
  ]);
  expect(got.get('Nobody wanted to')).toBe('Hannah Brightwell');
  expect(got.get('... and the')).toBe('Hannah Brightwell');
  expect(got.get('The last ferry')).toBe('Olu Mensah');
  expect(got.get('... Olu Mensah,')).toBe('Olu Mensah');
  expect(got.get('I have taken')).toBe('a commuter');
  expect(got.get('These words have')).toBeNull();
});

it('keeps a full name in the header apart from a namesake reading the bulletin', () => {
  const got = speakers([
    'READER: Paul Kovacs.',
    'CUE: The member for Eastport, Ilona Kovacs, wants a review of the docks.',
    'TYPE: CLIP - ILONA KOVACS MP (2)',
    'IN: "We cannot keep guessing what is in the containers."',
  ]);
  expect(got.get('We cannot keep')).toBe('Ilona Kovacs');
});

it('takes no sentence or quotation for a header, and no prose for the words lines', () => {
  expect(clipHeader('TYPE: CLIP - "WE WILL WIN"')).toBeNull();
  expect(clipHeader('The clip - which ran twice - was cut.')).toBeNull();
  expect(clipHeader('ACTUALITY: MAYOR JOHN ODUYA')?.speaker).toMatchObject({ type: 'name' });
  expect(isClipWords('In: the end, he left.')).toBe(false);
  expect(isClipWords('OUT WORDS: "... back to the studio."')).toBe(true);
});
