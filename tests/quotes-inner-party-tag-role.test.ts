import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for this test: a name, then words set off that end on another lawmaker's name and party tag
// after a preposition, then that lawmaker's own role set off; the verb after is the first name's.
describe('a party-tagged name inside a role, with its own role after it', () => {
  it('"NAME, a lecturer at BODY who worked for Sen. NAME2 (R-X), one of ..., called it "..."" is NAME', () => {
    expect(speakerOf(['Ivo Sand, a lecturer at Morrow College who once worked for Sen. Alma Frey (R-Nor.), one of the levy’s authors, called it “a rare win.”'], 'rare win')).toBe('Ivo Sand');
  });
  it('"NAME, who clerked for Sen. NAME2 (D-X), the panel chair, called it "..."" is NAME', () => {
    expect(speakerOf(['Ivo Sand, who clerked for Sen. Alma Frey (D-Nor.), the panel chair, called it “a close shave.”'], 'close shave')).toBe('Ivo Sand');
  });
  it('the lawmaker named and set off opening the sentence still speaks', () => {
    expect(speakerOf(['Sen. Alma Frey (R-Nor.), one of the levy’s authors, called it “a rare win.”'], 'rare win')).toBe('Alma Frey');
  });
});
