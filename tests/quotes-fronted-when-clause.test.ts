import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a fronted clause of time with its own subject before the speaker', () => {
  it('"When I worked in PLACE, a colleague at a seminar told me: "..."" is the colleague\'s', () => {
    const paras = ['When I worked in Vienna in the 1990s, a Belarusian colleague at a seminar in Graz told me over lunch: "We have no allies, only creditors."'];
    expect(speakerOf(paras, 'no allies')).toBe('a Belarusian colleague at a seminar in Graz');
  });
  it('"After we landed in PLACE, NAME said: "..."" is the name\'s', () => {
    const paras = ['After we landed in Tromso, Edda Brun said: "The ice is thinner every year."'];
    expect(speakerOf(paras, 'thinner every year')).toBe('Edda Brun');
  });
});

describe('a fronted place with a clause of "where" before the speaker', () => {
  it('"In PLACE, where ..., the priest, Fr. NAME, said X had been "..."" is the name\'s', () => {
    const paras = ['In Dorsk, where the ferry stops twice a day, the parish priest, Fr. Anton Belyk, said attendance had been "steady, maybe a little up" that week.'];
    expect(speakerOf(paras, 'steady, maybe')).toBe('Anton Belyk');
  });
  it('even with a list inside the clause: "where a parish serves A, B and C faithful,"', () => {
    const paras = ['In Dorsk, where a small parish serves Polish, Czech and Slovak faithful, the parish priest, Fr. Anton Belyk, said attendance had been "steady, maybe a little up" that week.'];
    expect(speakerOf(paras, 'steady, maybe')).toBe('Anton Belyk');
  });
});
