import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests. A wrong speaker is worse than none: where the text says whose words a quote
// is in a way the reading cannot follow, the quote is left unattributed rather than given a speaker nearby.
describe('a quote whose own sentence goes on after it takes no speaker from a later sentence', () => {
  it('"..." came shouts from the hall. "...," said X: the shouts are not X\'s', () => {
    const paras = ['The chairman closed the vote early. "Count every ballot!" came shouts from the back of the hall. "We will count every one," said Petra Holm, the returning officer.'];
    expect(speakerOf(paras, 'Count every ballot')).toBeNull();
    expect(speakerOf(paras, 'We will count every one')).toBe('Petra Holm');
  });
  it('"...," I confessed. then another\'s quote: the writer\'s words are not hers', () => {
    const paras = ['That night I sat across from Lena Vos in the studio. "I never expected to win," I confessed. "Nobody did," Vos said.'];
    expect(speakerOf(paras, 'I never expected to win')).not.toBe('Lena Vos');
  });
  it('a quote standing alone as its sentence still goes with the credit of the next', () => {
    const paras = ['"We will rebuild the pier." "It will take two summers," said Anna Holt, the harbour master.'];
    expect(speakerOf(paras, 'We will rebuild the pier')).toBe('Anna Holt');
  });
});

describe('"it" and "they" go only to a body the text has quoted', () => {
  it('a body only mentioned is not the "it" of the next sentence', () => {
    const paras = ['The audit blames the Harbour Authority for the delays. It said the repairs were "years overdue and badly planned."'];
    expect(speakerOf(paras, 'years overdue and badly planned')).toBeNull();
  });
  it('a body quoted before is', () => {
    const paras = ['"We will appeal the ruling," the Harbour Authority said in a statement. It added that the decision was "deeply flawed and unworkable."'];
    expect(speakerOf(paras, 'deeply flawed and unworkable')).toBe('the Harbour Authority');
  });
});
