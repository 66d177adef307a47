import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a story's first sentence behind a capitals dateline, its subject a person
// with a reduced relative clause ("accused of ...") whose object stands nearest the verb.
describe('a capitals dateline before "A NOUN accused of ... told" leaves the person the subject', () => {
  it('the person described, not the object inside the clause', () => {
    const paras = ['MARLOW FENS - A grain trader accused of hiding cargoes from inspectors told a jury on Monday that he "kept no secrets" at all.'];
    expect(speakerOf(paras, 'kept no secrets')).toMatch(/grain trader/u);
  });
  it('with a doubled hyphen too', () => {
    const paras = ['MARLOW -- A grain trader accused of hiding cargoes from inspectors told a jury on Monday that he "kept no secrets" at all.'];
    expect(speakerOf(paras, 'kept no secrets')).toMatch(/grain trader/u);
  });
});
