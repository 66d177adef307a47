import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a "who served as ROLE ... in the last decade" clause makes the name a former
// holder of the role, whom a later "the former ROLE" means.
const opening = (time: string): string => `Eli Dorran, who served as Merovia's ambassador to Valmora ${time}, said the talks were cold. "They listen politely," Dorran said.`;
describe('"NAME, who served as COUNTRY\'s ROLE to PLACE in the last decade, ... ¶ The former ROLE added ..."', () => {
  it('ties "the former ambassador" to the one who served in the last decade', () => {
    const paras = [opening('in the last decade'), 'His wife, Noa Dorran, a scholar of history, said the visit was staged. "Every sentence was for the cameras," she said.', 'The former ambassador added that nothing would change. "Nobody in the palace loses sleep over it," he said.'];
    expect(speakerOf(paras, 'Nobody in the palace')).toBe('Eli Dorran');
  });
  it('not for "in the past decade", which may run up to now', () => {
    const paras = [opening('in the past decade'), 'The former ambassador added that nothing would change. "Nobody in the palace loses sleep over it," he said.'];
    expect(speakerOf(paras, 'Nobody in the palace')).not.toBe('Eli Dorran');
  });
});
