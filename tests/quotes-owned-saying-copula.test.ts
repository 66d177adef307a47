import { expect, it } from 'vitest';
import { ownedSayingBeforeCopula } from '../src/quotes/owned-saying-copula.ts';
import { speakerOf } from './helpers/quotes.ts';

// Session 55 (h5): words a copula gives as the content of another's advice, motto or saying are the owner's, not
// the reporting subject's.

it('credits no one with the content of another’s advice or motto', () => {
  expect(speakerOf(['The baker Ottavio Grimaldi said his uncle’s advice had been "knead slowly, sell quickly".'], 'knead slowly')).toBeNull();
  expect(speakerOf(['The sailor Brin Tollemache recalls that her captain’s motto was "dry socks, full tanks".'], 'dry socks')).toBeNull();
  expect(speakerOf(['The nurse Ilsa Moorcroft said the matron’s last words to them were "keep the lamps lit".'], 'keep the lamps lit')).toBeNull();
});

it('keeps the subject’s own judgement of another’s words', () => {
  expect(speakerOf(['The mayor Ottavio Grimaldi said the minister’s claim was "plain nonsense".'], 'plain nonsense')).toBe('Ottavio Grimaldi');
  expect(ownedSayingBeforeCopula('The mayor said Lind’s words were ')).toBe(false);
  expect(ownedSayingBeforeCopula('She said her grandmother’s advice had been ')).toBe(true);
});

it('reads a word of judging before a colon after the copula as the same', () => {
  expect(speakerOf(['The wrestler Ivo Brandsma said his coach’s advice was simple: "Grip low."'], 'Grip low')).toBeNull();
});

it('credits no description made of advice a possessive pronoun owns ("Her advice to young players is simple:")', () => {
  const paras = ['Wenna Tallack has coached the river club for ten years. Her advice to new rowers is simple: "Row more, talk less."'];
  const got = speakerOf(paras, 'Row more, talk less');
  // (Hers, most likely, but no rule reads it: no one rather than the garbled "Her advice to new rowers".)
  expect(got === null || got === 'Wenna Tallack').toBe(true);
  expect(ownedSayingBeforeCopula('Her advice to new rowers is simple: ')).toBe(true);
  expect(ownedSayingBeforeCopula('Her letter to new rowers is simple: ')).toBe(false);
});
