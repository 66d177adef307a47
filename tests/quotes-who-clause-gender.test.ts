import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { genderOfWhoClause } from '../src/quotes/document-speakers.ts';

// Passages written for these tests: a user known only by a handle, whose sex a "who said she ..." clause right
// after the handle tells, quoted again in the next paragraph with "she".
describe('a "who said she ..." clause after a name tells its sex', () => {
  it('a handle of no known sex is "she" in the next paragraph', () => {
    const paras = [
      'The thread on the ferry strike ran to 900 comments. One user, u/harbor_9, who says he drives a forklift, wrote that the bosses were "bluffing."',
      'Others cared less about wages. A user posting as MossLantern, who said she teaches music in Bergen, wrote that the strike was "long overdue."',
      '“Pay the crews or sail the ships yourselves,” she added in a follow-up post.',
    ];
    expect(speakerOf(paras, 'Pay the crews')).toBe('MossLantern');
  });
  it('reads only a clause right after the name, its subject the pronoun', () => {
    expect(genderOfWhoClause('A user posting as MossLantern, who said she teaches music, wrote that', 'MossLantern')).toBe('f');
    expect(genderOfWhoClause('Tomas Ekberg, who says that he never voted, wrote', 'Tomas Ekberg')).toBe('m');
    expect(genderOfWhoClause('MossLantern replied to a woman who said she teaches music', 'MossLantern')).toBeNull();
  });
});
