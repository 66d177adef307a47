import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people): "recalls X telling her that ... "..."" quotes X, the one
// remembered speaking, not the subject who remembers it; X only described, nobody is told.
it('words a remembered speaker said are not the rememberer\'s', () => {
  const paras = ['Marta Okonjo, who studies ports at the Bergen Institute, recalls a Latvian official in Riga once telling her that the trade had "lost its way." That has changed.'];
  expect(speakerOf(paras, 'lost its way')).toBeNull();
});

it('nor words heard from someone', () => {
  expect(speakerOf(['Pavel Strand, a retired pilot in Tromsø, heard a harbour guard say the ships were "not ours to count."'], 'not ours to count')).toBeNull();
});

it('recalling one\'s own words is still one\'s own', () => {
  expect(speakerOf(['Marta Okonjo recalls telling the board that the plan was "a ship with no crew."'], 'a ship with no crew')).toBe('Marta Okonjo');
});
