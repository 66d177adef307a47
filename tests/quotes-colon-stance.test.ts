import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a colon after a clause that says how someone spoke, gives their name
// through a description, or makes the words theirs (summit reports held out in
// tests/fixtures/corpora/summit-quotes-heldout19 left these unattributed; the sentences are new).
describe('credits before a colon', () => {
  it('a copula saying how the subject spoke: "X, asked about it, was brief:"', () => {
    const paras = ['Greta Holm, asked by our reporter about the strike, was brief: "We will not negotiate in the press."'];
    expect(speakerOf(paras, 'We will not negotiate')).toBe('Greta Holm');
  });
  it('"X is optimistic:" with a comparative and "more"', () => {
    const paras = ['Lars Nygren is more optimistic: "The ferry will pay for itself in five years."'];
    expect(speakerOf(paras, 'pay for itself')).toBe('Lars Nygren');
  });
  it('a copula of place is no credit', () => {
    const paras = ['Lars Nygren was at the pier: "Departures are suspended until further notice."'];
    expect(speakerOf(paras, 'Departures are suspended')).toBeNull();
  });
  it('a description, then the name it gives: "The director of the operator "X", Jane Roe, is optimistic:"', () => {
    const paras = ['The director of the ferry operator "Nordlink", Ida Berg, is optimistic: "We can double the sailings within a year."'];
    expect(speakerOf(paras, 'double the sailings')).toBe('Ida Berg');
  });
  it('the words owned by a name: "Mr. Roe\'s answer was shorter:"', () => {
    const paras = ['Per Alm spoke for ten minutes.', 'Mr. Alm\'s answer on Friday was shorter: "No comment."'];
    expect(speakerOf(paras, 'No comment')).toBe('Per Alm');
  });
  it('the owner\'s last words among others: "Alm\'s final reply of the day was curt:"', () => {
    const paras = ['Per Alm took questions for an hour. Alm\'s sister, Eva Alm, joined the call late.', 'Alm\'s final reply of the day was curt: "Read the filing."'];
    expect(speakerOf(paras, 'Read the filing')).toBe('Per Alm');
  });
  it('but not a thing\'s: "The agency\'s message was clear:"', () => {
    const paras = ['The agency\'s message was clear: "Stay away from the harbour."'];
    expect(speakerOf(paras, 'Stay away')).toBeNull();
  });
});

// Written for this test: two people of one surname, the second introduced with a relative clause that quotes a
// company's name; "Mr. X" after is the one the paragraph before was about.
describe('a relative clause with a quoted name after a titled subject', () => {
  it('keeps the subject at hand for the surname after', () => {
    const paras = [
      'The director of the operator, Igor Lind, is upbeat: "We can double the volume."',
      'Economist Anna Lind of the Institute of Trade, who is no relation to the head of "Port-Trans", is more doubtful. The market, she points out, is tiny.',
      '"Rails, yes. Factories, hardly," Lind summed up.',
    ];
    expect(speakerOf(paras, 'Rails, yes')).toBe('Anna Lind');
  });
});
