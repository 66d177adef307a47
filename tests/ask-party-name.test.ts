import { describe, expect, it } from 'vitest';
import { asksPartyName } from '../src/search/query-plan.ts';
import { namedBy } from '../src/search/rank-top.ts';
import { firstPassage } from './helpers/towns.ts';

// An invented report: the second paragraph speaks of the ring road, the third gives Eastburg's own word for it.
const RING_ROAD = [
  'The mayors of Eastburg and Westfield met on Friday at the old mill to talk about buses.',
  'Eastburg has been building its ring road for two years.',
  'Westfield council members criticised the costly road project, which Eastburg calls a "green belt route" for cyclists, at their Monday meeting.',
  'Westfield called a public meeting on the buses for its schools.',
];

describe('a name a party in particular gives', () => {
  it('knows a question asking what a party calls something', () => {
    expect(asksPartyName('What does Eastburg call its ring road?')).toBe(true);
    expect(asksPartyName('what did the mayor call the plan')).toBe(true);
    expect(asksPartyName('what do people call the two towns')).toBe(false);
    expect(asksPartyName('who called the meeting')).toBe(false);
  });

  it('answers "what does X call Y" with the paragraph giving X’s own word, not one only speaking of Y', () => {
    expect(firstPassage(RING_ROAD, 'What does Eastburg call its ring road?')).toBe('towns#p3');
  });

  it('takes the naming of the party asked about only, by name or by a pronoun after it', () => {
    const byName = 'Westfield council members criticised the project, which Eastburg calls a "green belt route".';
    expect(namedBy(byName, ['eastburg'])).toBe(true);
    expect(namedBy(byName, ['westfield'])).toBe(false);
    const byPronoun = 'Ann Holt backed Westfield over what it calls a "trade corridor" to the coast.';
    expect(namedBy(byPronoun, ['westfield'])).toBe(true);
    expect(namedBy(byPronoun, ['northam'])).toBe(false);
    expect(namedBy('The mayors, which some call "the rust twins," met.', ['mayor'])).toBe(false);
  });
});
