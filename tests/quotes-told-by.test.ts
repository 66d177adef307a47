import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]): Map<string, string | null> => speakersByOpening(paras, 'p', '2025-05-01');

it('gives words the subject of a passive "was told by" hears to the one who told them', () => {
  const got = speakers([
    'The harbour master, Olof Brask, met the port council chairman, Signe Falk, on Friday.',
    'Brask was told by Falk: "The cranes stay until the contract ends."',
    'The ferry captain Jon Ravn was warned by the council treasurer, Petra Lind, that the subsidy was "gone for good."',
  ]);
  expect(got.get('The cranes stay')).toBe('Signe Falk');
  expect(got.get('gone for good.')).toBe('Petra Lind');
});

it('gives nobody the words of a passive "was told" with no teller, and keeps a relative clause\'s telling apart', () => {
  const got = speakers([
    'Olof Brask, the harbour master, spoke after the meeting.',
    'Brask was told that the cranes would go "within a month," a council clerk said.',
    'Brask, who was told by Signe Falk last week that the cranes must go, said: "I will keep them running."',
  ]);
  expect(got.get('within a month,')).not.toBe('Olof Brask');
  expect(got.get('I will keep')).toBe('Olof Brask');
});

it('gives the teller words a report relays with "had been warned by", and the reporter those it relays without one', () => {
  const got = speakers([
    'The harbour master, Olof Brask, met the port council chairman, Signe Falk, on Friday.',
    'Brask said he had been warned by Falk that the cranes would "go within a year."',
    'Falk said the tenants were warned the dam was "already failing."',
  ]);
  expect(got.get('go within a')).toBe('Signe Falk');
  expect(got.get('already failing.')).toBe('Signe Falk');
});
