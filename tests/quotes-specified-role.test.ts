import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a specificational sentence gives a name the role its subject describes ("The
// camp's guide is Petra Vasko."), and a later "the (old) guide said" means her, though "guide" is no word of the
// lexicon of roles (WordNet files it under person); such a head after "the" never makes someone new.
const camp = (second: string, credit = 'the old guide said'): string[] => [
  'The climbing camp sits high above the valley, three hours from the last road.',
  second,
  `By noon the wind had risen. "Mind the ice on the upper ledge," ${credit}. "It fools everyone once."`,
];

describe('"The camp\'s guide is NAME." then "..., the old guide said"', () => {
  it('the one the copula names holds the role', () => {
    expect(speakerOf(camp("The camp's guide is Petra Vasko. She has led climbs here for twenty years."), 'Mind the ice')).toBe('Petra Vasko');
  });

  it('with an age and a clause set off after the name', () => {
    expect(speakerOf(camp("The camp's guide is Petra Vasko, 71, whom the younger climbers call Aunt Peta."), 'Mind the ice')).toBe('Petra Vasko');
  });

  it('"the guide" bare, and its continuation', () => {
    const paras = camp("The camp's guide is Petra Vasko. She has led climbs here for twenty years.", 'the guide said');
    expect(speakerOf(paras, 'Mind the ice')).toBe('Petra Vasko');
    expect(speakerOf(paras, 'fools everyone')).toBe('Petra Vasko');
  });

  it('no one given the role: no speaker, not a new "the old guide"', () => {
    expect(speakerOf(camp('Petra Vasko has led climbs here for twenty years.'), 'Mind the ice')).toBeNull();
  });

  it('an order word opening the sentence gives no role', () => {
    expect(speakerOf(camp('The first to reach the camp was Petra Vasko.', 'the old guide said'), 'Mind the ice')).toBeNull();
  });
});
