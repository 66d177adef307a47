import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a relation of someone's, then "the", an adjective and a lowercase noun of a
// person before a full name, all set off by commas, then the verb that reports the quote.
const OPENING = 'Mara Olsen piloted ferries across the sound for twenty years.';

describe('"Her teacher, the late linguist NAME, used to warn ... that ... "..."', () => {
  it('the name set off after the description speaks, past a habit\'s "used to"', () => {
    const paras = [OPENING, 'Her former teacher, the late navigator Oskar Brandt, used to warn students that pilots are "ropes that must never fray." Olsen says she agrees with him now.'];
    expect(speakerOf(paras, 'ropes that must never fray')).toBe('Oskar Brandt');
  });
  it('so after "said", the noun with no adjective before it', () => {
    const paras = [OPENING, 'Her mentor, the pilot Ivo Sten, said the sound was "a river pretending to be a sea."'];
    expect(speakerOf(paras, 'river pretending')).toBe('Ivo Sten');
  });
  it('a capitalised title after "the" is still read as before', () => {
    const paras = [OPENING, 'Her pastor, the Rev. Anna Holm, said the ferry was "the parish\'s other church."'];
    expect(speakerOf(paras, 'other church')).toBe('Anna Holm');
  });
});
