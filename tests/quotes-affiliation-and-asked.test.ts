import { expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

/** Each quote's opening words and the speaker credited with it. */
const speakers = (paras: string[]) => speakersByOpening(paras, 'p', '2025-05-01');

it('reads past a long affiliation in parentheses to the subject it follows', () => {
  const got = speakers([
    'Tom Reed argues that the port has "a buyer at last". Jane Holt (Institute for Maritime Studies, Bergen), who follows the trade, is more cautious. "The cranes were built for timber," she told a conference.',
  ]);
  expect(got.get('The cranes were')).toBe('Jane Holt');
});

it('does not give a pronoun to an earlier namesake when the subject between shares only the family name', () => {
  const got = speakers([
    'Min-jun Seo (Pusan University) argues that the yard has "more orders than ever". Seo Ha-rin (Korea Maritime Institute, Busan office), who studies the yards, is more cautious. "The orders are for next decade," she told a forum.',
  ]);
  expect(got.get('The orders are')).not.toBe('Min-jun Seo');
});

it('gives "he said" to the one the writer just put a point to, not to a man quoted earlier in the paragraph', () => {
  const got = speakers([
    'Pavel Greben writes that the ministry "keeps ledgers, not friends". I put that point to a retired customs officer who worked the border for years. "Pavel is being kind," he said. "The ledgers are empty."',
  ]);
  expect(got.get('Pavel is being')).toBe('a retired customs officer');
  expect(got.get('The ledgers are')).toBe('a retired customs officer');
});

it('gives the quote to the person a lowercase affiliation follows ("Jane Roe of the Asan programme told ...")', () => {
  const got = speakers([
    'Mara Lindqvist of the harbour studies programme told the council that the dredging had been "a decade overdue".',
    'The board heard several experts. One of them, Tomas Brenner of the Delft water programme, told members that the locks were "older than anyone here".',
  ]);
  expect(got.get('a decade overdue')).toBe('Mara Lindqvist');
  expect(got.get('older than anyone')).toBe('Tomas Brenner');
});
