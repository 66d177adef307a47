import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: "SURNAME said his granddaughter had "..."" after a woman and her
// grandfather who share the surname. The possessive is the one speaking, the word of kin the other.

describe('a bare surname credited with words about "his" or "her" kin', () => {
  const granddaughter = 'Lena Marsk, 29, a nurse who volunteers at the clinic, said the town knew the flood only as "an old story on a plaque". "If we do not tell it, the young will forget it by spring," she said.';

  it('"Her grandfather, NAME (a first name that is also a common word), ... he said. SURNAME said his granddaughter had "..."": the grandfather', () => {
    const text = [granddaughter, 'Her grandfather, Koto Marsk, 84, a retired miner, helped dig out the valley in 1961. "We dug for three days. There was nothing left," he said. Marsk said his granddaughter had "more patience than the whole council".'];
    expect(speakerOf(text, 'more patience')).toBe('Koto Marsk');
  });

  it('a first name that is also a common word does not hide the grandfather the text made a person: a bare surname with no cue is not the granddaughter', () => {
    const text = [granddaughter, 'Her grandfather, Koto Marsk, 84, a retired miner, helped dig out the valley in 1961. "We dug for three days. There was nothing left," he said. "She has more patience than the whole council," Marsk said.'];
    expect(speakerOf(text, 'She has more patience')).not.toBe('Lena Marsk');
  });

  it('the same with a first name known to be a man\'s', () => {
    const text = [granddaughter, 'Her grandfather, Henrik Marsk, 84, a retired miner, helped dig out the valley in 1961. "We dug for three days. There was nothing left," he said. Marsk said his granddaughter had "more patience than the whole council".'];
    expect(speakerOf(text, 'more patience')).toBe('Henrik Marsk');
  });

  it('"her son": the mother, though the son spoke last', () => {
    const text = [
      'Greta Holm, 74, has run the bakery on the square since 1979. "We open at five, war or no war," she said.',
      'Her son, Jonas Holm, who does the deliveries, thinks the shop should close on Sundays. "Nobody buys bread on a Sunday anymore," he said. Holm said her son had "never once got up at five".',
    ];
    expect(speakerOf(text, 'never once got up')).toBe('Greta Holm');
  });

  it('a word of kin of the possessive\'s own sex tells nothing: the reading before stands', () => {
    const text = [granddaughter, 'Her grandfather, Henrik Marsk, 84, a retired miner, helped dig out the valley in 1961. "We dug for three days. There was nothing left," he said. Marsk said his brother had "more patience than the whole council".'];
    expect(speakerOf(text, 'more patience')).not.toBe('Lena Marsk');
  });
});
