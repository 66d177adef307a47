import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and papers): "tabloid" and "broadsheet" describe a paper, a
// body that speaks as "the newspaper" and "the daily" do.
describe('a tabloid or broadsheet as a speaking body', () => {
  it('"As the nationalist X tabloid noted in an op-ed, ... "..."" is the paper\'s', () => {
    const paras = ['The Harbour Times, a nationalist paper in Linden, has covered the race.', 'But as the nationalist Harbour Times tabloid noted in a column on Thursday, the leading candidate "has earned himself a few fans in the north."'];
    expect(speakerOf(paras, 'has earned himself')).toMatch(/Harbour Times/u);
  });

  it('"...," the tabloid said. is the paper described, as "the newspaper" is', () => {
    const paras = ['The Harbour Times has covered the race for months.', '"The race is open," the tabloid said.'];
    expect(speakerOf(paras, 'The race is open')).toBe('the tabloid');
  });

  it('so does the broadsheet', () => {
    const paras = ['The Linden Courier has covered the race for months.', '"The race is open," the broadsheet said.'];
    expect(speakerOf(paras, 'The race is open')).toBe('the broadsheet');
  });
});
