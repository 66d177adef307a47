import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('does not give a quote closing its sentence to the one the next sentence quotes "as saying"', () => {
  const got = speakers([
    'The local MP, Edwin Largo, said in the chamber that the clinic had been "reckless." He quoted Pemberton as saying patients needed "more than promises."',
    'Senator Ilse Varnum said the treaty was "finished." She cited Oakhurst as saying that the talks had failed.',
  ]);
  expect(got.get('reckless')).toBe('Edwin Largo');
  expect(got.get('more than promises')).toBe('Pemberton');
  expect(got.get('finished')).toBe('Ilse Varnum');
});

it('still reads the one quoted "as saying" after a quote the same sentence goes on from', () => {
  const got = speakers([
    '"We will not retreat," the agency quoted Marshal Ivo Kessel as saying.',
  ]);
  expect(got.get('We will not retreat')).toBe('Ivo Kessel');
});
