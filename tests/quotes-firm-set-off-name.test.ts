import { expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

// Passages written for these tests (invented firms): a firm whose name bears no mark of a firm ("Varo Trans-Link")
// is still the firm a later "the company" means when the text sets it off with a firm's description, either way
// round; the owners named inside that description ("a joint venture of A and B") are not the company.
const get = (paras: string[], start: string): { speaker?: string | null; kind?: string } => quoteOpeningWith(paras).get(start);

it('"The joint venture that runs the pier, Varo Trans-Link, ... the company said it "..."" is the venture', () => {
  expect(get(['The joint venture that runs the Vantor pier, Varo Trans-Link, did not answer calls seeking comment. In a statement posted online on Tuesday, the company said it "follows every rule in the book."'], 'follows every rule')).toEqual({ speaker: 'Varo Trans-Link', kind: 'organisation' });
});

it('"Varo Trans-Link, a joint venture of Kestrel Docks and Varen Shipping, ..." is the venture, not an owner', () => {
  expect(get(['Varo Trans-Link, a joint venture of Kestrel Docks and Varen Shipping, did not answer calls seeking comment. In a statement, the company said it "follows every rule in the book."'], 'follows every rule')).toEqual({ speaker: 'Varo Trans-Link', kind: 'organisation' });
  // So in the paragraph after it.
  expect(get(['Olaf Brandt, chief executive of Kestrel Docks, said demand was "strong".', 'Norlink Freight, a joint venture of Kestrel Docks and Varen Shipping, declined to comment.', '"We follow every rule," the company said in a statement.'], 'We follow every rule').speaker).toBe('Norlink Freight');
});

it('the opening\'s venture is "the company" further down, not the one owner whose name looks like a firm\'s', () => {
  const paras = [
    'Varo Trans-Link, a joint venture of Kestrel Docks and Varen Shipping, runs the old pier at Holm.',
    'Traffic has been thin for years, the harbour office said.',
    '"Nothing moves on Sundays," said Ida Varga, a crane driver.',
    'In a statement on its website, the company said it "follows every rule in the book."',
  ];
  expect(get(paras, 'follows every rule').speaker).toBe('Varo Trans-Link');
});

it('leaves two firms set off so to no one', () => {
  const paras = ['Varo Trans-Link, a joint venture of two lines, and Kestrel Pier Link, a rival shipping company, both bid. In a statement, the company said it "follows every rule in the book."'];
  expect(get(paras, 'follows every rule').speaker).not.toBe('Varo Trans-Link');
});

it('takes no person set off with a noun a firm shares ("Tarn Bellow, a violin maker") for "the company"', () => {
  expect(get(['Tarn Bellow, a violin maker, said the wood was "too wet". The company said it was "busy".'], 'busy').speaker).not.toBe('Tarn Bellow');
});
