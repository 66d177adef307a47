import { describe, expect, it } from 'vitest';
import { benefitAsWanting } from '../src/search/benefit-question.ts';
import { firstPassage } from './helpers/towns.ts';

// An invented report: the second paragraph says Eastburg seeks ties with Westfield, the third what it wants from it.
const WELLS = [
  'The mayors of Eastburg and Westfield met on Friday at the old mill.',
  'Eastburg has been seeking closer ties with Westfield and with Northam for a year.',
  'Eastburg is desperate to secure water from Westfield, as its own wells have run dry.',
  'Westfield wants more buses for its schools.',
];

describe('what is got out of ties with a party is got from it', () => {
  it('reads "get out of closer ties with X" as "get from X"', () => {
    expect(benefitAsWanting('What does Eastburg hope to get out of closer ties with Westfield?')).toBe('What does Eastburg hope to get from Westfield?');
    expect(benefitAsWanting('what can eastburg gain from better relations with westfield')).toBe('what can eastburg gain from westfield');
    expect(benefitAsWanting('what did the talks with Westfield bring')).toBe('what did the talks with Westfield bring');
  });

  it('answers with what is sought from the party, not with the ties being sought', () => {
    expect(firstPassage(WELLS, 'What does Eastburg hope to get out of closer ties with Westfield?')).toBe('towns#p3');
  });
});
