import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A role set off by commas before a full name may be owned by a body in place of "the" ("the Tribune's Berlin
// correspondent, Ada Fenn,"), the name closed by a bracket too; a relative clause after a name is no role.
describe('a possessive role before a name', () => {
  it('gives the person the role, so a later description in the paragraph is theirs', () => {
    const paragraphs = ['The Tribune\'s Berlin correspondent, Ada Fenn, said the talks ran long. "They need a buyer, not a lender," the correspondent added.'];
    expect(speakerOf(paragraphs, 'buyer, not')).toBe('Ada Fenn');
    const bracket = ['The show went live to the Tribune\'s Berlin correspondent, Ada Fenn (no relation to the host), who said the talks ran long. "They need a buyer, not a lender," the correspondent added.'];
    expect(speakerOf(bracket, 'buyer, not')).toBe('Ada Fenn');
  });

  it('reads no role from a relative clause after a name', () => {
    const paragraphs = ['Ada Fenn, who met ministry officials, said the talks ran long. A second man spoke later. "They need a buyer, not a lender," the official added.'];
    expect(speakerOf(paragraphs, 'buyer, not')).not.toBe('Ada Fenn');
  });
});
