import { describe, expect, it } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Passages written for these tests: invented people, places and bodies.
describe('two full names sharing their first word are two people', () => {
  const paragraphs = [
    '"We welcome the talks," harbour spokesperson Tan Weiming told a briefing. Tan said he had "nothing to add".',
    'Tan Yue, a researcher in Kelvar, said the meeting was "overdue". The researcher said more. "They will talk again," Ms. Tan said.',
  ];
  it('keeps the spokesperson\'s words his, never merged into the researcher', () => {
    const got = speakersByOpening(paragraphs);
    expect(got.get('We welcome the')).toBe('Tan Weiming');
    expect(got.get('nothing to add')).toBe('Tan Weiming');
  });
  it('gives "Ms. Tan" to the woman the title picks', () => {
    const got = speakersByOpening(paragraphs);
    expect(got.get('They will talk')).toBe('Tan Yue');
  });
});
