import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { dashCreditLine } from '../src/quotes/dash-credit-line.ts';
import { withoutBlockquoteMarks } from '../src/quotes/blockquote-marks.ts';

// Passages written for these tests: a "quotes of the week" box, each remark block-quoted with its credit line
// under it ("— NAME, age, role, occasion"), the Markdown marks kept when the lines were joined.
describe('a credit line under a block-quoted remark', () => {
  const box = [
    'Every Friday we gather the week\'s remarks about the harbour strike.',
    '> "We will not unload a single ship until the contract is signed." > > — Mara Olsen, a crane operator in Tolvik, at a rally on Monday',
    '> "My grandfather unloaded ships here by hand." > > — Lena Olsen, 52, a shopkeeper who sells coffee at the gate, to a radio station',
    '> "The cranes are old. The anger is new." > > — Olsen again, in the same speech',
    '> "We have nothing to add at this stage." > > — A spokeswoman for the port authority, asked about the talks',
    '> "Any lockout would break the agreement both sides signed." > > — Statement from the Tolvik transport ministry, issued on Tuesday',
    '> "Honestly? I just wanted to see the big boats." > > — Tilde, 9, who watched the march from her grandmother\'s window',
  ];
  it('credits a person named in full, with the occasion after the name', () => {
    expect(speakerOf(box, 'not unload a single ship')).toBe('Mara Olsen');
  });
  it('credits the one named with an age and a role, not the speaker of the remark before', () => {
    expect(speakerOf(box, 'unloaded ships here by hand')).toBe('Lena Olsen');
  });
  it('credits one nameless person described, and a body\'s statement', () => {
    expect(speakerOf(box, 'nothing to add')).toBe('a spokeswoman for the port authority');
    expect(speakerOf(box, 'Any lockout')).toBe('the Tolvik transport ministry');
  });
  it('credits a lone first name with an age set off after it', () => {
    expect(speakerOf(box, 'see the big boats')).toBe('Tilde');
  });
  it('leaves a remark whose line it cannot read to nobody rather than to the remark before', () => {
    const paras = ['> "The tide waits for no one." > > — Ivo Brandt, harbour master', '> "Bring the boats in." > > — On the quay, overheard'];
    expect(speakerOf(paras, 'Bring the boats in')).toBeNull();
  });
  it('reads the line: the phrase, an age, the role, a statement', () => {
    expect(dashCreditLine(' — Lena Olsen, 52, a shopkeeper, to a radio station')).toEqual({ phrase: 'Lena Olsen', role: 'a shopkeeper', aged: true, statement: false });
    expect(dashCreditLine(' — Olsen again, in the same speech')?.phrase).toBe('Olsen');
    expect(dashCreditLine(' — Statement from the ministry')).toMatchObject({ phrase: 'the ministry', statement: true });
    expect(dashCreditLine(' — Mara Olsen, at a rally')?.role).toBeNull();
    expect(dashCreditLine(' she said.')).toBeNull();
  });
  it('blanks the block-quote marks only in a paragraph that opens with one', () => {
    const p = { id: 'p#p1', doc: 'p', paragraph: 1, text: '> "Yes." > > — Jo Vik', sentences: [] } as never;
    expect((withoutBlockquoteMarks(p) as { text: string }).text).toBe('  "Yes."     — Jo Vik');
    const q = { id: 'p#p2', doc: 'p', paragraph: 2, text: 'Costs rose > 5% this year.', sentences: [] } as never;
    expect(withoutBlockquoteMarks(q)).toBe(q);
  });
});
