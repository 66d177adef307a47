import { describe, expect, it } from 'vitest';
import { firstPassage } from './helpers/towns.ts';

// An invented report: the second paragraph says what Eastburg wants, the third what may come of it.
const PIPES = [
  'The mayors of Eastburg and Westfield met on Friday at the old mill.',
  'Eastburg seems desperate to secure new water pipes from Westfield, as its own wells have run dry.',
  'The shipment of pipes by Westfield may be carried out over the long term.',
  'Westfield wants more buses for its schools.',
];

describe('what may come, asked', () => {
  it('puts the paragraph saying what may happen before one saying nothing of what is to come', () => {
    expect(firstPassage(PIPES, 'will westfield eventually ship water pipes to eastburg')).toBe('towns#p3');
  });
});
