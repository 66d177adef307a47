import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// Plain-text wire copy sets a credit off with a single hyphen between spaces, as print sets it with a dash; the
// role after the name may hold a hyphenated word of its own ("Oslo-based").
it('reads a credit after a spaced hyphen whose role holds a hyphenated word', () => {
  const got = speakers([
    'ANALYSTS',
    '* "The ferry deal suits both towns for now, and both towns know it." - Henrik Solvang, Bergen-based shipping consultant',
    '* "Nobody will sail on it before spring." - Ines Karlberg, a Tromso-based port analyst',
  ]);
  expect(got.get('The ferry deal')).toBe('Henrik Solvang');
  expect(got.get('Nobody will sail')).toBe('Ines Karlberg');
});

it('leaves a hyphen after a label that goes on with the narration as it was', () => {
  const got = speakers(['Locals call the quay "the long wait" - and few of them expect the ferry to come.']);
  expect(got.get('the long wait')).toBeFalsy();
});
