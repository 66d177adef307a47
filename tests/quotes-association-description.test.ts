import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('reads "the association" as the association just named', () => {
  const got = speakers([
    'The Nordic Grain Trade Association, an industry group in Oslo, told its members in a note that each cargo would be "subject to checks by most banks." The association added that members should "document every shipment."',
  ]);
  expect(got.get('document every shipment')).toMatch(/Nordic Grain Trade Association/u);
});
