import { describe, expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakerOf = (paras: string[], start: string): string | null | undefined => speakersByStart(paras).get(start);

// Passages written for these tests (invented people): the words inside a quote inside a quote.
describe('a parent called "Dad" or "Mum" inside a quote', () => {
  it('gives the words "Dad used to say" to the outer speaker\'s father', () => {
    const paras = [
      'Tom Hale said his father had fished these waters for fifty years.',
      '"Dad used to say, \'The sea gives and the sea takes.\' I reckon he was right," he said.',
    ];
    expect(speakerOf(paras, 'The sea gives and the sea takes')).toBe("Tom Hale's father");
    expect(speakerOf(paras, 'Dad used to say')).toBe('Tom Hale');
  });
  it('gives "Mum always told us" to her mother', () => {
    const paras = ['"Mum always told us, \'Never sell the boat.\' We never did," Ana Berg said.'];
    expect(speakerOf(paras, 'Never sell the boat')).toBe("Ana Berg's mother");
  });
});

describe('a deed joined by "and" before the inner quote\'s verb of saying', () => {
  it('gives "He phoned me up and said" to the one newcomer the narration brought in', () => {
    const paras = ['Ana Berg said one of her customers had been blunter still: "He phoned me up and said, \'I care what the nets cost in April.\'"'];
    expect(speakerOf(paras, 'I care what the nets cost')).toBe('one of her customers');
  });
  it('gives "He would come home and say" to the husband the narration named by "her"', () => {
    const paras = ['Back at the dock, Ana Vos said her late husband had worked on the boats in the 1970s. "He would come home and say, \'We catch what nobody else will,\'" she said.'];
    expect(speakerOf(paras, 'We catch what nobody else will')).toBe("Ana Vos's late husband");
  });
});
