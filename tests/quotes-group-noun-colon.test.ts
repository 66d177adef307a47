import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a plural common noun opening a colon sentence with no verb of speech', () => {
  it('"Crowds gathered in PLACE: "..."" credits no one (the capital makes no name)', () => {
    const paras = ['Crowds gathered in Marlow Square: "Save our pier."'];
    expect(speakerOf(paras, 'Save our pier')).toBeNull();
  });
  it('but a name the document knows keeps the credit: "Fields waited in PLACE: "...""', () => {
    const paras = ['Tom Fields, the harbour master, arrived late.', 'Fields waited in Marlow Square: "The pier is safe."'];
    expect(speakerOf(paras, 'The pier is safe')).toBe('Tom Fields');
  });
});
