import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a participle's clause on the person opening the sentence ("A baker accused
// of selling flour to a mill in Orlen told ...") holds an object nearest the verb; the described person speaks,
// never the object.
describe('a reduced relative clause on the subject', () => {
  it('`A ... accused of ... to a firm in PLACE told a jury that he "..."` is not the firm\'s', () => {
    const paras = ['A Dunmere shopkeeper accused of shipping engine parts to Varnia through a trading firm in Kesh told a jury on Monday that he "never asked" where they went.'];
    expect(speakerOf(paras, 'never asked')).toBe('a Dunmere shopkeeper');
  });
  it('the object may be a common noun alone', () => {
    const paras = ['A retired pilot charged with selling maps to a broker told the court she had been "naive, not wicked."'];
    expect(speakerOf(paras, 'naive, not wicked')).toBe('a retired pilot');
  });
  it('the one named later keeps the quotes said after the name', () => {
    const paras = [
      'A harbour clerk fined for leaking records to a newspaper told magistrates that he "would do it again."',
      'Tomas Reld, 44, said outside court: "I have no regrets."',
    ];
    expect(speakerOf(paras, 'would do it again')).toBe('a harbour clerk');
    expect(speakerOf(paras, 'no regrets')).toBe('Tomas Reld');
  });
  it('a thing described so is no speaker', () => {
    const paras = ['A ship loaded with grain for a port in Vell "drifted for days," the coast guard said.'];
    expect(speakerOf(paras, 'drifted for days')).not.toBe('a ship');
    expect(speakerOf(paras, 'drifted for days')).not.toBe('a port in Vell');
  });
});
