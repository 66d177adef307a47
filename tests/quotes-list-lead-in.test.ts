import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';
import { listLeadIn } from '../src/quotes/read-paragraph.ts';

// Passages written for these tests, with invented people and places: an explainer's list items open with a bolded
// label and a colon; the sentence after the label has its own subject, whom a "he said" goes back to.
describe("a list item's lead-in label", () => {
  it('"- **Maric:** Foreign Minister NAME, who ..., said .... "...," he said." is NAME', () => {
    const got = speakersByQuote([
      '- **The palace:** Spokesman Aro Venn told reporters no deal had been signed. "Nothing was signed," Venn said.',
      '- **Maric:** Foreign Minister Petar Maric, who sat in on the talks, said Ostrel would not break any of its promises. "We are a serious country," he said.',
    ]);
    expect(got.get('We are a serious country')).toBe('Petar Maric');
  });
  it('a label that is a description ("The minister:") is passed over the same way', () => {
    const got = speakersByQuote(['- **The minister:** Foreign Minister Petar Maric said Ostrel would keep its word. "We are a small country," he said.']);
    expect(got.get('We are a small country')).toBe('Petar Maric');
  });
  it('only list items: a paragraph that is no list item keeps its first words', () => {
    expect(listLeadIn('Maric: Foreign Minister Petar Maric said so.', 0)).toBe(0);
    expect(listLeadIn('-   Maric:   Foreign Minister Petar Maric said so.', 4)).toBe(13);
    // (A quotation after the colon is no sentence of narration: the label is left as it stands.)
    expect(listLeadIn('- Maric: "We are a small country."', 2)).toBe(0);
  });
});
describe("a list item's lead-in label before a pronoun", () => {
  it('"- **Ostrel\'s foreign ministry:** It is watching ..." keeps the label for the pronoun', () => {
    expect(listLeadIn("- Ostrel's foreign ministry: It is watching closely.", 2)).toBe(0);
  });
});
