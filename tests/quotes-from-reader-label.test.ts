import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { verblessCredit } from '../src/quotes/verbless-credit.ts';

// Passages written for these tests: a letters column bringing a reader in by name before a colon, no verb.
describe('"From a reader, NAME:" before a quote', () => {
  it('credits the reader named', () => {
    expect(speakerOf(['From a reader, Mara Olsen of Tolvik: "You called it a market. It was a jumble sale."'], 'jumble sale')).toBe('Mara Olsen');
  });
  it('reads the label with a place and a who-clause after the name', () => {
    expect(verblessCredit("And from a reader, Ivo Brandt of Varde, who wrote in after our Friday edition: ")).toBe('Ivo Brandt');
    expect(verblessCredit('From a listener, Tove Lind: ')).toBe('Tove Lind');
  });
  it('does not read a reader unnamed, or a place alone, as a name', () => {
    expect(verblessCredit('From a reader in Tolvik: ')).toBeNull();
  });
});

// Passages written for these tests: a "who" clause after a name and the place it is "of": the clause is the
// person's, and the label before its colon still credits them.
describe('"NAME of PLACE, who wrote ...:" before a quote', () => {
  it('keeps the credit of the one named, the place being no antecedent of "who"', () => {
    const paras = ['And from a reader, Ivo Brandt of Varde, who wrote in after our Friday edition: "You called it a fair. That is unfair to fairs."'];
    expect(speakerOf(paras, 'unfair to fairs')).toBe('Ivo Brandt');
  });
  it('still undoes a credit before a body that replies in its own clause', () => {
    const paras = ['Mara Olsen wrote to the harbour board, which replied on Monday: "We have no plans to close the quay."'];
    expect(speakerOf(paras, 'no plans to close')).not.toBe('Mara Olsen');
  });
});
