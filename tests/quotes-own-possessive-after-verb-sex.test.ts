import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented people: one of untold sex whose own verb is followed by "her
// counterpart" ("her husband", "his deputy") is hinted that sex, so a pronoun of the other sex does not go on with them.
describe('"NAME met her counterpart" keeps a later "he" from NAME', () => {
  it('"Foreign Minister Paz Rojas met her counterpart, Tomas Vidal" then "he said" is not Paz Rojas', () => {
    const p = ['Foreign Minister Paz Rojas met her counterpart, Tomas Vidal, on Friday.', '"We agreed on very little," he said.'];
    expect(speakerOf(p, 'We agreed on very little')).not.toBe('Paz Rojas');
  });
  it('"she said" still goes on with her', () => {
    const p = ['Foreign Minister Paz Rojas met her counterpart, Tomas Vidal, on Friday.', '"We agreed on very little," she said.'];
    expect(speakerOf(p, 'We agreed on very little')).toBe('Paz Rojas');
  });
});
