import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "she" after a man named in full in the sentence between goes back to the
// woman who spoke before him; his first name sets him apart.
describe('"She, however, said" after a man named in full', () => {
  it('goes to the woman who spoke, not to the man named since', () => {
    const paras = ['Mayor Mara Lind wrote on the city website: "Whoever blocks the harbour hurts the town." Councillor Omar Kask had demanded a strike. She, however, said: "The city will talk to the unions very closely."'];
    expect(speakerOf(paras, 'talk to the unions')).toBe('Mara Lind');
  });
  it('a fragment in her reported words is hers too', () => {
    const paras = ['Mayor Mara Lind wrote on the city website: "Whoever blocks the harbour hurts the town." Councillor Omar Kask had demanded a strike. She, however, said that the city would talk to the unions "very closely".'];
    expect(speakerOf(paras, 'very closely')).toBe('Mara Lind');
  });
  it('"he" after that man is never hers', () => {
    const paras = ['Mayor Mara Lind wrote on the city website: "Whoever blocks the harbour hurts the town." Councillor Omar Kask had demanded a strike. He, however, said: "The strike can wait."'];
    expect(speakerOf(paras, 'strike can wait')).not.toBe('Mara Lind');
  });
});
