import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests.

describe('the agent of a passive verb brought in by "who"', () => {
  it('"The bakery is run by NAME, who ... She says ..." then "she said": the one who runs it', () => {
    const text = ['The bakery on Quay Street is run by Marta Osk, who has baked there for ten years. She says the early clue was a queue.', '"They came at six and stayed till noon," she said.'];
    expect(speakerOf(text, 'came at six')).toBe('Marta Osk');
  });

  it('the one brought in so, over a woman the paragraph named before as a subject ("founded by", "run by")', () => {
    const before = ['Greta Lund sells fish on the quay. The bakery beside her stall is run by Marta Osk, who bakes through the night. She says the queue starts at five.', '"They came at six and stayed till noon," she said.'];
    expect(speakerOf(before, 'came at six')).toBe('Marta Osk');
    const founded = ['Ilse Dahl chairs the parents\' board. The school was founded by Lena Vik, who taught there until 1990. She says the first pupils were the sons of fishermen.', '"We had nine desks and one stove," she said.'];
    expect(speakerOf(founded, 'nine desks')).toBe('Lena Vik');
  });

  it('with no clause of "who", nobody is brought in that way ("was built by NAME.")', () => {
    const text = ['The old pier was built by Harald Brun in 1921. It has stood through every storm since.', '"It will outlast us," she said.'];
    expect(speakerOf(text, 'outlast us')).toBeNull();
  });
});

describe('a stance compared with someone else ("is more wary than his brother")', () => {
  it('the subject, not the one compared, is who the "he said" after it means', () => {
    const text = [
      'Tomas Hennig, 44, has run the ferry since 2014. His younger brother, Karl, laughed at that.',
      '"We heard nothing," Karl said.',
      'Tomas Hennig is more wary than his brother about the plan. He says the rumours of new boats are old.',
      '"Rumours are cheap," he said.',
    ];
    expect(speakerOf(text, 'Rumours are cheap')).toBe('Tomas Hennig');
  });
});
