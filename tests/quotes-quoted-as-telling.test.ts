import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits neither the medium nor the one told when a medium quotes a described speaker as telling someone named', () => {
  const got = speakers([
    'The Harbour Gazette quoted the commodore as telling the visiting admiral, Ennis Rourke: "Your fleet is welcome here."',
    'Rourke said later: "We were treated well."',
  ]);
  expect(got.get('Your fleet is welcome here')).toBeNull();
  expect(got.get('We were treated well')).toBe('Ennis Rourke');
});

it('still credits a named speaker the medium quotes as telling someone', () => {
  const got = speakers(['The Harbour Gazette quoted Commodore Lisette Aubry as telling the visiting admiral, Ennis Rourke: "Your fleet is welcome here."']);
  expect(got.get('Your fleet is welcome here')).toBe('Lisette Aubry');
});
