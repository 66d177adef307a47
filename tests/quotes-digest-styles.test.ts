import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { blankEmphasis } from '../src/quotes/emphasis-marks.ts';
import { findQuoteSpans } from '../src/quotes/attribution.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Passages written for these tests: constructions of newsletter digests, factboxes and translated dailies
// (summit reports held out in tests/fixtures/corpora/summit-quotes-heldout10 missed them; these sentences are new).
describe('Markdown emphasis around a name is typography, not part of the name', () => {
  it('"says **Jane Roe** of the institute" is Jane Roe\'s', () => {
    const paras = ['"The port will never be finished," says **Lena Vos** of the Baltic Institute.'];
    expect(speakerOf(paras, 'The port will never')).toBe('Lena Vos');
  });
  it('a bold name in a bullet before "told"', () => {
    const paras = ['- **Arno Kask** told his guests that Tallinn would give "every possible help" to the harbour.'];
    expect(speakerOf(paras, 'every possible help')).toBe('Arno Kask');
  });
  it('italic underscores too', () => {
    const paras = ['_Marta de Wit_, the envoy, warned that the treaty "cannot be ignored".'];
    expect(speakerOf(paras, 'cannot be ignored')).toBe('Marta de Wit');
  });
  it('the quote and its sentence keep the marks as written', () => {
    const paras = ['**Lena Vos** said the plan was "**not** dead".'];
    const q = extractQuotes(passagesOf(doc('p', '2024-05-02', paras))).quotes[0]!;
    expect(q.quote).toBe('**not** dead');
    expect(q.sentence).toBe(paras[0]);
    expect(q.speaker).toBe('Lena Vos');
  });
  it('blanking keeps every offset, leaves list stars and words with underscores alone', () => {
    const text = '* **Vos** said snake_case is "**fine**" and 2 * 3 = 6.';
    const out = blankEmphasis(text, findQuoteSpans(text));
    expect(out.length).toBe(text.length);
    expect(out).toBe('*   Vos   said snake_case is "**fine**" and 2 * 3 = 6.');
  });
});

describe('an owner before a full name after "the" is the employer', () => {
  it('"The Kremlin\'s Dmitry Peskov says" is Peskov\'s', () => {
    const paras = ['The harbour board\'s chair was silent, but the Ministry\'s Tomas Ilves says the plan is "on hold".'];
    expect(speakerOf(paras, 'on hold')).toBe('Tomas Ilves');
  });
});
