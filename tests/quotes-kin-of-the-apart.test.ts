import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): when two people share a surname and the text
// brings one in as the other's relative ("NAME, son of the governor,", "His son, NAME,"), news style names that
// relative in full each time (in the credits of their quotes, as the owner of their comments) and keeps the bare
// surname for the other; a bare surname, or a pronoun going on from it, is then never the relative's. (A relative
// named in full again as the one acting, "NAME spoke for an hour", is at hand: other tests keep that reading.)
describe('a relative set off by "son of the ..." keeps the bare surname for the other', () => {
  it('"NAME2, son of the party leader," named in full at his quotes; "SURNAME coined the phrase. \'...,\' he said" is not his', () => {
    const got = speakersByQuote([
      'As Harold Brandvik began calling his rival a new name, his son said the old man was only getting started.',
      'Jonas Brandvik, son of the party leader, talked politics Monday on a morning show.',
      '"She has spent two weeks running ads against us," Jonas Brandvik said.',
      '"He is going to go after her like nobody has before," he added.',
      "Jonas Brandvik's comments came after his father unveiled the name in a Sunday post.",
      'At least one commentator liked the name.',
      '"It rolls off the tongue," wrote Piet Olsen on his blog.',
      'Brandvik coined the nickname at a Tolmen rally last weekend.',
      '"I am not owned by anyone. They own Slippery Selma," he said then.',
      // (Named in full acting only after the bare surname: a reader there does not know it yet.)
      'On Monday, Jonas Brandvik knocked a statement by a rival that the fundraiser was obscene.',
      '"It made no sense," Jonas Brandvik said.',
    ]);
    expect(got.get('She has spent two weeks running ads against us')).toBe('Jonas Brandvik');
    expect(got.get('I am not owned by anyone. They own Slippery Selma')).not.toBe('Jonas Brandvik');
  });

  it('(guard) "His son, NAME2," named in full again at his quotes: a later bare surname is not his', () => {
    const got = speakersByQuote([
      'Harold Brandvik, the opposition leader, toured the shipyards on Monday.',
      'His son, Jonas Brandvik, spoke to reporters later that day.',
      '"My father will win this easily," Jonas Brandvik said.',
      '"He has never lost a fight," Jonas Brandvik added.',
      'At least one commentator doubted it.',
      '"Nobody wins easily in Tolmen," wrote Piet Olsen on his blog.',
      'Brandvik coined the phrase at a Saturday rally in Tolmen.',
      '"I am not owned by anyone," he said then.',
    ]);
    expect(got.get('My father will win this easily')).toBe('Jonas Brandvik');
    expect(got.get('I am not owned by anyone')).not.toBe('Jonas Brandvik');
  });

  it('"NAME2, son of the governor," then the governor by bare surname: the governor', () => {
    const got = speakersByQuote([
      'Governor Harold Brandvik toured the shipyards on Monday.',
      'Jonas Brandvik, son of the governor, spoke to reporters later that day.',
      '"My father will win this easily," Jonas Brandvik said.',
      'Brandvik himself was more careful at the yard gates.',
      '"Nothing is won yet," Brandvik said.',
    ]);
    expect(got.get('Nothing is won yet')).toBe('Harold Brandvik');
  });

  it('the owner named with the surname inside the "of" phrase settles nothing: the one at hand speaks', () => {
    for (const between of ['mother of the slain guard', 'mother of slain guard']) {
      const got = speakersByQuote([
        'Relatives of the dead guards gathered outside the court in Tolmen.',
        `Ann Vik, ${between} Tom Vik, rejected the minister's account.`,
        '"She lied to me," Vik said.',
      ]);
      expect(got.get('She lied to me')).toBe('Ann Vik');
    }
  });

  it('"a son of immigrants" is no relation of a namesake', () => {
    const got = speakersByQuote([
      'Harold Brandvik chairs the harbour board.',
      'Jonas Brandvik, a son of immigrants, runs the night ferry to Tolmen.',
      '"We sail in any weather," Brandvik said.',
    ]);
    expect(got.get('We sail in any weather')).toBe('Jonas Brandvik');
  });
});
