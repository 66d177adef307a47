import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a short title in quotation marks, its comma inside the marks (American
// style) or after them, closes the words set off after the sentence's subject; the verb after it is the
// subject's, not an inverted credit of the title.
describe('a title closing the words set off after a name', () => {
  it('"Jane Roe, star of "Harbour," thanked the mayor for "..."" is Jane Roe\'s', () => {
    const paras = ['The council passed the plan. Jane Roe, star of the drama “Harbour Lights,” thanked the mayor for “making the streets safer for all of us.”'];
    expect(speakerOf(paras, 'safer for all')).toBe('Jane Roe');
  });
  it('the title itself is nobody\'s words', () => {
    const paras = ['The council passed the plan. Jane Roe, star of the drama “Harbour Lights,” thanked the mayor for “making the streets safer for all of us.”'];
    expect(speakerOf(paras, 'Harbour Lights')).toBeNull();
  });
  it('a comma after the closing mark works the same', () => {
    const paras = ['The council passed the plan. Jane Roe, author of “Quiet Docks”, praised the mayor for “a plan that finally listens.”'];
    expect(speakerOf(paras, 'finally listens')).toBe('Jane Roe');
  });
  it('"Jane Roe, author of "Quiet Docks," said the plan was "..."" is Jane Roe\'s', () => {
    const paras = ['The council passed the plan. Jane Roe, author of “Quiet Docks,” said the plan was “long overdue.”'];
    expect(speakerOf(paras, 'long overdue')).toBe('Jane Roe');
  });
  it('a quote opening the sentence keeps its inverted credit', () => {
    const paras = ['The council passed the plan. “We waited long enough,” said Jane Roe, author of a book on the docks.'];
    expect(speakerOf(paras, 'waited long enough')).toBe('Jane Roe');
  });
  it('a fragment after a clause with its own verb keeps the credit after it', () => {
    const paras = ['The council passed the plan. The mayor called it “a fresh start,” said Jane Roe, who sits on the council.'];
    expect(speakerOf(paras, 'a fresh start')).toBe('Jane Roe');
  });
});
