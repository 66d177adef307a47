import { describe, it, expect } from 'vitest';
import { scanOfficeMentions, withOfficeMentions } from '../src/quotes/office-mentions.ts';
import { scanNameMentions } from '../src/quotes/name-mentions.ts';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an office naming its body with "of" before a person's name is that
// person's title, which a later description of the office or the country reaches when it fits no one else.
describe('an office before a name is that person\'s title', () => {
  it('reads the office and the name after it, the body spelt out or abbreviated', () => {
    const found = scanOfficeMentions([
      'Ana Lopes held talks with Chairman of the Council of Ministers of the Republic of Korea Kim Song Chol on Monday.',
      'The Secretary of State said that Head of the Department of Energy Rick Dane would go.',
      'The President of France met the leaders of the Group of Seven.',
    ]);
    expect(found.map((m) => [m.name, m.role, m.paragraph])).toEqual([
      ['Kim Song Chol', 'Chairman of the Council of Ministers of the Republic of Korea', 1],
      ['Rick Dane', 'Head of the Department of Energy', 2],
    ]);
  });

  it('replaces a role holding no title, keeps one that has a title', () => {
    const paras = ['Talks between President Ana Lopes and Chairman of the State Council of the DPRK Kim Song Chol ended.'];
    const merged = withOfficeMentions(scanNameMentions(paras), scanOfficeMentions(paras));
    expect(merged.find((m) => m.name === 'Kim Song Chol')?.role).toBe('Chairman of the State Council of the DPRK');
    expect(merged.find((m) => m.name === 'Ana Lopes')?.role).toBe('President');
  });
});

describe('a description of the office or the country reaches the one person so titled', () => {
  it('"the head of the Korean state" is the chairman of a Korean state body, named once', () => {
    const paras = [
      "Ana Lopes held talks with Chairman of the State Affairs of the Democratic People's Republic of Korea Kim Song Chol, who is on an official visit.",
      'The Chairman of the State Affairs of the DPRK, in turn, thanked his hosts. "We will always stand with our friends," the head of the Korean state stated.',
    ];
    expect(speakerOf(paras, 'stand with our friends')).toBe('Kim Song Chol');
  });

  it('"the Korean leader" after the chairman\'s own sentence is him; a party chairman is no country\'s leader', () => {
    const paras = [
      'Talks between President Ana Lopes and Chairman of the State Affairs of the DPRK Kim Song Chol have ended.',
      'Kim Song Chol, for his part, thanked Lopes. "I express my gratitude to you," the Korean leader said.',
    ];
    expect(speakerOf(paras, 'my gratitude')).toBe('Kim Song Chol');
    const party = ['Chairman of the Board of Directors Tom Wells opened the meeting.', 'Tom Wells, for his part, thanked the staff. "We had a good year," the party leader said.'];
    expect(speakerOf(party, 'good year')).not.toBe('Tom Wells');
  });

  it('"the head of the Russian state" is not a chairman whose title names Korea', () => {
    const paras = [
      'Talks between Ana Lopes and Chairman of the State Affairs of the DPRK Kim Song Chol have ended.',
      'Kim Song Chol, for his part, thanked Lopes. "I express my gratitude to you," the head of the Russian state said.',
    ];
    expect(speakerOf(paras, 'my gratitude')).not.toBe('Kim Song Chol');
  });
});
