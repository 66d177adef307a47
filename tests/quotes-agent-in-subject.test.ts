import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-02-01');

it('does not credit the one who runs a fund with what "a fund run by NAME said"', () => {
  const got = speakers(['A Lisbon-based fund run by Teodor Vaskel said in a filing that it was "cutting its exposure."']);
  expect(got.get('cutting its exposure')).not.toBe('Teodor Vaskel');
});

it('credits the spokesman in "A spokesman for the firm led by NAME said"', () => {
  const got = speakers(['A spokesman for the firm led by Teodor Vaskel said the offer was "final and fair."']);
  expect(got.get('final and fair')).toBe('a spokesman for the firm');
});

it('still credits a name that is a subject of its own', () => {
  const got = speakers(['Teodor Vaskel, who runs a Lisbon-based fund, said it was "cutting its exposure."']);
  expect(got.get('cutting its exposure')).toBe('Teodor Vaskel');
});
