import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { namesakeThreadLeft } from '../src/quotes/namesake-thread-left.ts';
import type { NameMention } from '../src/quotes/name-mentions.ts';

// Passages written for these tests: a leader called by the bare surname from the start, a namesake official
// brought in later by full name and quoted in his own paragraph, then other paragraphs, a passing use of the bare
// surname (not a credit), and the bare surname crediting words again. Either namesake may be meant: no one.
const lead = 'TARNBY -- Westmark voiced concern over the summit between Northland leader Ri Sang-hyok and Eastmark President Oskar Vey. Officials said Ri\'s train left on Sunday.';
const secretary = 'Ri Dae-won, a senior presidential secretary, told reporters that the president had been briefed. "The president asked for close coordination," Ri said.';
const other = 'Councillor Moon Ha-eun said the government had "pushed Eastmark away."';

describe('a bare surname kept for the first of two namesakes, the second\'s turn past', () => {
  it('the bare surname after a passing use two paragraphs past the namesake credits no one', () => {
    const paras = [lead, secretary, other,
      'Northland\'s official news agency reported that Ri had invited Vey to visit "at a convenient time."',
      'Ri was quoted by the agency as saying that ties with Eastmark were "the first priority" of his country. "Eastmark is in a sacred fight," he said, according to the agency.'];
    expect(speakerOf(paras, 'the first priority')).toBeNull();
    expect(speakerOf(paras, 'Eastmark is in a sacred fight')).toBeNull();
    // (The namesake's own credit in his paragraph is still his.)
    expect(speakerOf(paras, 'The president asked for close coordination')).toBe('Ri Dae-won');
  });
  it('with no passing use between, the surname crediting the namesake again is read as before', () => {
    const paras = [lead, secretary, other,
      '"We will not be rushed," Ri said later.'];
    expect(speakerOf(paras, 'We will not be rushed')).toBe('Ri Dae-won');
  });
});

it('reads one person under two forms ("DJ NAME", "Founder NAME") as no pair of namesakes', () => {
  // (A title read into the name, as the scanner may when a capitalised word runs into it: one person, not two.)
  const paras = [
    'The Harbour Girls club turned ten on Tuesday. It was founded by DJ Mara Vell.',
    'Guests applauded as the mayor joined the stage to introduce Vell.',
    'The mayor introduces Harbour Girls Founder Mara Vell onstage.',
    'The club has run workshops since 2014, and it is only one part of the work Vell does.',
    'Along with her team, Vell has taught hundreds of girls, and she has no plans to stop.',
    '"To every girl in this town," Vell said, "keep going."',
  ];
  const mention = (name: string, paragraph: number): NameMention => ({ name, words: name.toLowerCase().split(' '), compact: name.toLowerCase().replace(/\s+/gu, ''), role: null, paragraph, at: paras[paragraph - 1]!.indexOf(name) } as unknown as NameMention);
  const bearers = [mention('DJ Mara Vell', 1), mention('Founder Mara Vell', 3)];
  expect(namesakeThreadLeft(paras, bearers, 'vell', 6, 0)).toBeNull();
  // (Two people of different given names still make the pair the rule reads.)
  const two = [mention('DJ Mara Vell', 1), mention('Founder Mara Vell', 3)].map((m, i) => (i === 1 ? { ...m, name: 'Founder Ida Vell', words: ['founder', 'ida', 'vell'], compact: 'founderidavell' } : m));
  expect(namesakeThreadLeft(paras, two, 'vell', 6, 0)).not.toBeNull();
});
