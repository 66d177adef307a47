import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('credits an embedded post whose words stand whole in quotation marks to the author line under it', () => {
  const got = speakers([
    '**2.10pm** – A harbour reporter shared a clip of the ferry leaving:',
    '> “Ferry left 20 minutes late. Mayor on board, waving. Gulls everywhere.”\n> — Mara Olsen (@molsen_port) May 2, 2024',
    '**2.20pm** – The opposition spokesperson posted this:',
    '> “The council must say what it will do about the harbour – not next year, now.”\n> — Ivo Dahl MP (@IvoDahlMP) May 2, 2024',
  ]);
  expect(got.get('Ferry left 20 minutes late')).toBe('Mara Olsen');
  expect(got.get('The council must say')).toBe('Ivo Dahl');
});

it('does not give the author words quoted inside a longer post', () => {
  const got = speakers([
    '> The mayor to the captain at the gangway: "Safe trip, and come back soon." The crowd cheered.\n> — Mara Olsen (@molsen_port) May 2, 2024',
  ]);
  expect(got.get('Safe trip')).not.toBe('Mara Olsen');
});
