import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a name set off after "HEAD of the OBJECT", head and object nouns of two sexes.
describe('"The grandmother of the missing boy, NAME," names the boy unless the name tells the head\'s sex', () => {
  it('the quote in the same sentence goes to the described grandmother, not the name', () => {
    const paras = ['The grandmother of the missing boy, Tadhg Oyelowo, said on Friday: "Somebody must have seen him."'];
    expect(speakerOf(paras, 'Somebody must have seen him')).not.toBe('Tadhg Oyelowo');
  });
  it('"she said" a sentence later is not given to the boy\'s name', () => {
    const paras = ['The grandmother of the missing boy, Tadhg Oyelowo, appealed for help on Friday.', '"Somebody must have seen him," she said.'];
    expect(speakerOf(paras, 'Somebody must have seen him')).toBeNull();
  });
  it('a given name of the head\'s sex is the head\'s: "The grandmother of the missing boy, Margaret Oyelowo,"', () => {
    const paras = ['The grandmother of the missing boy, Margaret Oyelowo, said on Friday: "Somebody must have seen him."'];
    expect(speakerOf(paras, 'Somebody must have seen him')).toBe('Margaret Oyelowo');
  });
  it('an object of no told sex changes nothing: "The sister of the party leader, NAME,"', () => {
    const paras = ['The sister of the party leader, Ro Kyong-ae, said on Friday: "We will answer in our own time."'];
    expect(speakerOf(paras, 'We will answer')).toBe('Ro Kyong-ae');
  });
});
