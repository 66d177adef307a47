import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { namesHeadedBy } from '../src/quotes/head-named-body.ts';

// Passages written for these tests: a body spelled out once with its acronym ("the Graz-based Institute for
// Harbour Studies (IHS)"), credited later by the acronym alone ("The IHS, in a note to clients, said ..."), then
// called by the noun its name is built on in the next paragraph ("The institute added: ..."): the body just
// credited, not a new "institute".
const opening = 'Lena Varga, a senior fellow at the Graz-based Institute for Harbour Studies (IHS), said the deal was a "paper alliance".';

describe('"The ACRONYM, in a note to clients, said ..." then "The institute added:"', () => {
  it('is the body the acronym stands for', () => {
    const paras = [opening, '"Nobody trusts the other side," she said.', 'The IHS, in a note to clients, said it expected "slow, quiet shipments" rather than a public deal.', 'The institute added: "The quiet part is the real part."'];
    expect(speakerOf(paras, 'The quiet part')).toBe('Institute for Harbour Studies');
  });

  it('leaves it to the reading of names when another body on that noun is named since', () => {
    const paras = [opening, '"Nobody trusts the other side," she said.', 'The IHS, in a note to clients, said it expected "slow, quiet shipments". A rival body, the Delmar Institute, was less sure.', 'The institute added: "The quiet part is the real part."'];
    expect(speakerOf(paras, 'The quiet part')).not.toBe('Institute for Harbour Studies');
  });

  it('reads where a body sits as no part of its name', () => {
    expect(namesHeadedBy([opening], 'institute', 1, opening.length)).toEqual(['Institute for Harbour Studies']);
  });
});
