import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: a quote inside a quote credited by "he" or "she" inside the outer
// quote, the one meant given earlier in the paragraph by a possessive and a noun of a person.

describe('an inner quote after "She asks" / "He said" inside the outer quote, the one meant given as "their mother"', () => {
  it('"Their mother still calls them ... \\"She always asks: \'...\'\\" NAME said": the mother', () => {
    const text = ['Tom Berg, 30, and his brother Ivo are from a village near the coast. Their mother still calls them most Sundays. "She asks us one question each time: \'Are you cold?\'" Tom Berg said, laughing.'];
    expect(speakersByOpening(text).get('Are you cold?')).toBe("Tom Berg's mother");
  });

  it('"his old sergeant told him ..." then "\\"He said, \'...,\'\\" NAME said": the sergeant', () => {
    const text = ['Arne Voss served in the mountains. He has never forgotten what his old sergeant told him in his first week at the front. "He said, \'Keep your feet dry,\'" Voss said.'];
    expect(speakersByOpening(text).get('Keep your feet')).toBe("Arne Voss's old sergeant");
  });

  it('not a noun that is no person ("his first week"), nor one of the other sex', () => {
    const text = ['Arne Voss served in the mountains. His wife wrote to him in his first week at the front. "He said, \'Keep your feet dry,\'" Voss said.'];
    expect(speakersByOpening(text).get('Keep your feet')).toBeNull();
  });
});

describe('the outer quote opening its paragraph: the paragraph before it gives the one meant', () => {
  it('"He has never forgotten what his old sergeant told him." then, next paragraph, "He said, ..." inside the outer quote', () => {
    const text = ['Walter Dunne was 19 when he landed.', 'Dunne served with the 3rd Infantry Division. He has never forgotten what his old sergeant told him in his first week at the front.', '"He said, \'Keep your head down,\'" Dunne said.'];
    expect(speakersByOpening(text).get('Keep your head')).toBe("Walter Dunne's old sergeant");
  });

  it('not when the paragraph before names another man the "he" may mean', () => {
    const text = ['Walter Dunne was 19 when he landed.', 'Dunne served beside Karl Moss, who wrote to his old sergeant every week.', '"He said, \'Keep your head down,\'" Dunne said.'];
    expect(speakersByOpening(text).get('Keep your head')).toBeNull();
  });
});
