import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a described source, set off by a relative clause, tells an outlet or a person
// the words; the name after "told" is the hearer, never the speaker.
describe('"A senior official, who requested anonymity, told OUTLET: "...""', () => {
  it('gives the words to the official, not the outlet told', () => {
    const paras = ['A senior official at the Ministry of Ports, who requested anonymity, told The Marlow Courier: "Our office has been asked to report on the convoy. We will decide later."'];
    expect(speakerOf(paras, 'Our office has been asked')).toBe('a senior official at the Ministry of Ports');
  });
  it('nor to a person told', () => {
    const paras = ['A port official, who requested anonymity, told Dorota Wilk: "The convoy left on time."'];
    expect(speakerOf(paras, 'The convoy left on time')).not.toBe('Dorota Wilk');
  });
  it('still reads a name set after "said" as the speaker', () => {
    const paras = ['The convoy was late, said Dorota Wilk: "It left an hour after dawn."'];
    expect(speakerOf(paras, 'It left an hour after dawn')).toBe('Dorota Wilk');
  });
});
