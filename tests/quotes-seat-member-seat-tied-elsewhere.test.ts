import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people, seats and places): "the SEAT MP" when no one was given the seat
// goes to the one member named only while the text ties the seat to no one else.
describe('"Opposition MP NAME urged .... Her colleague from SEAT was quieter. \\"...,\\" the SEAT MP said."', () => {
  it('does not credit the member named when another is tied to the seat', () => {
    const paras = ['The house debated the ferry bill on Tuesday.', 'Opposition MP Corinna Vashti urged an early vote. Her colleague from Brackwater was more cautious.', '"We should hear the harbour board first," the Brackwater MP said.'];
    expect(speakerOf(paras, 'We should hear')).not.toBe('Corinna Vashti');
  });

  it('still credits the one member when the seat is named only in the description and in quoted words', () => {
    const paras = ['The house debated the ferry bill on Tuesday.', 'Opposition MP Corinna Vashti urged an early vote. "Brackwater cannot wait," she said.', '"We should hear the harbour board first," the Brackwater MP said.'];
    expect(speakerOf(paras, 'We should hear')).toBe('Corinna Vashti');
  });
});
