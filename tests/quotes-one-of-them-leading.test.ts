import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a group with a capitalised word of where they are from, then
// 'One of them added: "..."' (the credit before the quote) or '"...," one of them added' (after it).
describe('"One of them added:" before the quote is one of the group the sentence before has speak', () => {
  it('credits the group, a capitalised word of origin in it', () => {
    const paras = [
      'Two Danish engineers who toured the yard told us that the cranes were idle. One of them added: "Nobody has worked here for a year."',
    ];
    expect(speakerOf(paras, 'Nobody has worked here')).toMatch(/Danish engineers/u);
  });
  it('the credit after the quote takes a capitalised word of origin too', () => {
    const paras = ['Two Danish engineers told us that the cranes were idle. "Nobody has worked here for a year," one of them added.'];
    expect(speakerOf(paras, 'Nobody has worked here')).toMatch(/Danish engineers/u);
  });
  it('two people named and joined are no group of description', () => {
    const paras = ['Both Vesna and Orlov told us that the cranes were idle. One of them added: "Nobody has worked here for a year."'];
    expect(speakerOf(paras, 'Nobody has worked here')).toBeNull();
  });
  it('a sentence between the group and "One of them" leaves it to nobody', () => {
    const paras = [
      'Two Danish engineers told us that the cranes were idle. The harbour master disagreed. One of them added: "Nobody has worked here for a year."',
    ];
    expect(speakerOf(paras, 'Nobody has worked here')).toBeNull();
  });
});
