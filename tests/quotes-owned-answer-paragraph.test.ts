import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('gives the next paragraph\'s quote to the one whose "answer:" ends the paragraph, not to the reader asking', () => {
  const got = speakers([
    'Our correspondent Mara Olsen is in Tromso.',
    'Petra, in Hull, asks: "Why a fish market and not the town hall?" Good question. Olsen’s answer:',
    '"The market is the message. The mayor wants to be seen with the trawlermen."',
    'Another reader, Ivo from Leeds, wants to know the budget. Olsen\'s verdict was short:',
    '"Nobody knows."',
  ]);
  expect(got.get('Why a fish market')).toBe('Petra');
  expect(got.get('The market is the message')).toBe('Mara Olsen');
  expect(got.get('Nobody knows')).toBe('Mara Olsen');
});
