import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a known given name set off by a participle's clause opens the sentence as
// a person does, for the "he laughed" after it; a listener's letter credited "And GIVEN from PLACE writes," is
// the given name's, the place hyphenated or not.
describe('a given name set off by what its bearer is doing', () => {
  it('the "he laughed" after it is the one named', () => {
    const paras = [
      'Cook Wendy Marr, 50, whose son Kieran, 19, trains with the fire service, said: "I worry every night."',
      'Kieran, speaking by phone from the station, told his mother to relax. "Mum thinks I fight fires all day. I mostly wash the trucks," he laughed.',
    ];
    expect(speakerOf(paras, 'wash the trucks')).toBe('Kieran');
  });
});

describe('mail read out as "And GIVEN from PLACE writes,"', () => {
  it('the writer of the mail is the given name', () => {
    const paras = ['We have had a lot of mail. And Luc from Saint-Ormel writes, "Tolls only work if somebody collects them."'];
    expect(speakerOf(paras, 'somebody collects')).toBe('Luc');
  });
});
