import { expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';

const read = (paras: string[]) => quoteOpeningWith(paras);

// A business story names its firm in the opening and then calls it "the company" however far down; a firm named
// only in passing later (an analyst's bank, a railway that did not reply) does not take the description, unless
// it stands in the description's own paragraph or the one before.
const story = (middle: string[], last: string) => [
  'HARWICK, May 3 (Wire) - Shares in Tessel Bay Terminals fell 2% on Friday after the harbour operator said volumes had stalled.',
  '"We moved less than we hoped," Chief Executive Mara Olsen said on a call with analysts.',
  'Asked by an analyst at Pellow Capital about new berths, Olsen said the board had "no plan on the table."',
  ...middle,
  last,
];

it('credits "the company" to the one firm the opening names, paragraphs down', () => {
  const got = read(story(['Olsen said wages had risen. "People cost more now," she said.'], 'In a statement, the company said it "follows every rule on exports."'));
  expect(got.get('follows every rule')).toEqual({ speaker: 'Tessel Bay Terminals', kind: 'organisation' });
});

it('leaves "the company" to the nearer reading when the paragraph before names another firm', () => {
  const got = read(story(['Orvane Logistics, a haulier, and its chief Tomas Brell also joined the call.'], 'The company said it "follows every rule on exports."'));
  expect(got.get('follows every rule').speaker).not.toBe('Tessel Bay Terminals');
});

it('reads a name ending in "Terminals" or "Holdings" as a firm\'s', () => {
  const got = read(['Shares in Carvel Holdings slid after the company said demand was "thin everywhere."']);
  expect(got.get('thin everywhere')).toEqual({ speaker: 'Carvel Holdings', kind: 'organisation' });
});
