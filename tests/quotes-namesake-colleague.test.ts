import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { reportedSelfGender } from '../src/quotes/reported-self-gender.ts';
import { relationName } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: two councillors of one surname, of different sexes, the man brought in as
// "her colleague" with a title and a dash aside, neither first name telling a sex.
const COUNCIL = [
  'The harbour council debated the pier plan on Monday.',
  'Not everyone agreed. Cllr. Seo Ha-rin, a first-term member from Norrby, said she would back the plan but warned against "a plan made for brochures." Her colleague Cllr. Seo Jun-ho — no relation — took the opposite view. "Brochures are the point. Investors read them," he said.',
];

describe('"Her colleague <Title.> NAME — aside — verb" then "he said"', () => {
  it('the colleague speaks, not the namesake whose own report said what "she" would do', () => {
    expect(speakerOf(COUNCIL, 'Brochures are the point')).toBe('Seo Jun-ho');
  });
  it('without the aside too', () => {
    const paras = [COUNCIL[0]!, COUNCIL[1]!.replace(' — no relation —', '')];
    expect(speakerOf(paras, 'Brochures are the point')).toBe('Seo Jun-ho');
  });
  it('a "she" after the colleague stays open: the nearer one\'s sex is not told', () => {
    const paras = [COUNCIL[0]!, COUNCIL[1]!.replace('," he said.', '," she said.')];
    expect(speakerOf(paras, 'Brochures are the point')).toBeNull();
  });
});

describe('relationName', () => {
  it('reads an abbreviated title between the relation and the name', () => {
    expect(relationName('Her colleague Rep. Tor Lind', true)).toEqual({ type: 'name', name: 'Tor Lind', role: 'Her colleague Rep.', kind: 'person' });
    expect(relationName('My colleague Dr. Ana Ruiz')).toEqual({ type: 'name', name: 'Ana Ruiz', role: 'My colleague Dr.', kind: 'person' });
  });
});

describe('reportedSelfGender', () => {
  it('reads "NAME(, apposition,) said she would ..."', () => {
    expect(reportedSelfGender('Seo Ha-rin, a first-term member, said she would back it.', ['Seo Ha-rin'])).toBe('f');
    expect(reportedSelfGender('Tor Lind says he will stand again.', ['Tor Lind'])).toBe('m');
  });
  it('reads nothing from a pronoun that is no subject of the report, or from someone else\'s report', () => {
    expect(reportedSelfGender('Tor Lind said her plan would fail.', ['Tor Lind'])).toBeNull();
    expect(reportedSelfGender('Ana Roe said Tor Lind would stand. He would.', ['Tor Lind'])).toBeNull();
  });
});
