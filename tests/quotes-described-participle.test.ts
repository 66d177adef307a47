import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('credits a described speaker past a participle set off by commas, and past "there"', () => {
  const got = speakers([
    'The harbour board met in Tromsø on Friday to discuss the closure.',
    'A senior port official, speaking on condition of anonymity, said the board would "move quickly" on compensation.',
    'In Bodø, the mood was darker. A fisherman there, reached by phone on his boat, said: "Nobody asked us."',
  ]);
  expect(got.get('move quickly')).toBe('a senior port official');
  expect(got.get('Nobody asked us')).toBe('a fisherman');
});

it('does not make a document or a group of things the speaker past a participle', () => {
  const got = speakers([
    'The report, citing harbour records, said the closure was "long overdue".',
  ]);
  expect(got.get('long overdue')).toBeFalsy();
});
