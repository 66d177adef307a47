import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { namesAntecedent } from '../src/quotes/pronoun-antecedent.ts';
import type { WordDifference } from '../src/types.ts';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests: quotes whose pronouns stand for someone named before them.
const port = doc('ferry-port', '2024-03-02', [
  '"Halvorsen did not sail all night for a handshake. He came for the contract, and he will sign it soon," harbour pilot Jonas Berg said.',
  'The harbour office has taken calls from anxious skippers all week. "We tell them that nothing has changed for their moorings," a clerk said.',
]);
const docs = [port];
const ask = whoSaidOver(...docs);

describe('who-said: a claim naming whom a pronoun of the quote stands for', () => {
  it('a person named before "he" in the quote: close, never the same words', () => {
    const a = ask('berg said halvorsen came for the contract');
    expect(a.matches[0]).toMatchObject({ speaker: 'Jonas Berg', verdict: 'close', differences: [] });
  });

  it('a plural noun named before "their" in the paragraph: close', () => {
    const a = ask("the clerk said nothing has changed for skippers' moorings");
    expect(a.matches[0]).toMatchObject({ verdict: 'close' });
  });

  it('someone else named instead stays different', () => {
    const a = ask('berg said lind came for the contract');
    expect(a.matches[0]?.verdict).toBe('different');
    const b = ask('the clerk said nothing has changed for sailors moorings');
    expect(b.matches[0]?.verdict).toBe('different');
  });

});

const diff = (quote: string, pronoun: string, claim: string): WordDifference => {
  const at = quote.indexOf(pronoun);
  return { kind: 'word', quote: pronoun, quoteStart: at, quoteEnd: at + pronoun.length, claim };
};

describe('namesAntecedent', () => {
  const name = fc.constantFrom('Okafor', 'Brandt', 'Nilsen', 'Castillo');
  const pronoun = fc.constantFrom('He', 'She');
  it('takes the one name before a person\'s pronoun, and no other name', () => {
    fc.assert(
      fc.property(name, name, pronoun, (n, other, p) => {
        const quote = `${n} waited a week for the vote. ${p} wants it settled.`;
        const one = namesAntecedent(diff(quote, p, n.toLowerCase()), quote, '');
        const wrong = namesAntecedent(diff(quote, p, other.toLowerCase()), quote, '');
        const two = `${n} met ${other} on Monday. ${p} wants it settled.`;
        const doubtful = namesAntecedent(diff(two, p, n.toLowerCase()), two, '') || namesAntecedent(diff(two, p, other.toLowerCase()), two, '');
        return one && wrong === (n === other) && doubtful === (n === other);
      }),
    );
  });

  it('never for a word that is no pronoun, "it", a possessive name or a name that is no subject', () => {
    fc.assert(
      fc.property(name, (n) => {
        const quote = `${n} signed the deal. It holds until May and the ministry backs it.`;
        const owned = `${n}'s brother built the mill. He was proud of it.`;
        const object = `The mayor thanked ${n}. He was proud of it.`;
        return (
          !namesAntecedent(diff(quote, 'ministry', n.toLowerCase()), quote, '') &&
          !namesAntecedent(diff(quote, 'It', 'the deal'), quote, '') &&
          !namesAntecedent(diff(owned, 'He', n.toLowerCase()), owned, '') &&
          !namesAntecedent(diff(object, 'He', n.toLowerCase()), object, '')
        );
      }),
    );
  });
});
