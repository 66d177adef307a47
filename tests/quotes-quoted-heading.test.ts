import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { quotedHeading } from '../src/quotes/continuations.ts';

// Passages written for these tests, with invented people: a bold section heading wholly in quotation marks after a
// paragraph that ends on someone's quote is the desk's label, not that speaker's next words.
describe('a quoted section heading', () => {
  it('"**\'Salt for timber\'**" after a paragraph ending on a quote is no one\'s continuation', () => {
    const got = speakersByQuote([
      'Asked whether Ostrel had raised any concern, spokesman Aro Venn said only: "I have nothing further to add."',
      "**'Salt for timber'**",
      'Ida Roon, who taught trade law for twenty years, said the deal was old. "They have always swapped salt for timber," she said.',
    ]);
    expect(got.get('Salt for timber')).not.toBe('Aro Venn');
    expect(got.get('They have always swapped salt for timber')).toBe('Ida Roon');
  });
  it('a plain paragraph wholly quoted still continues the speaker before', () => {
    const got = speakersByQuote(['"We will keep the ports open," said Aro Venn.', '"And we will keep them open all winter."']);
    expect(got.get('And we will keep them open all winter')).toBe('Aro Venn');
    expect(quotedHeading("  'Salt for timber'  ")).toBe(true);
    expect(quotedHeading("'Salt for timber,' she said.")).toBe(false);
  });
});
