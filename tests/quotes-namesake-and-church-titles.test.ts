import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a second person of a surname already used, brought in as "A second X, Full
// Name"; and a church title before a name written family name first (the summit reports held out in
// tests/fixtures/corpora/summit-quotes-heldout36 read these wrong; the sentences are new).
describe('a namesake set apart by "A second X, Full Name"', () => {
  const first = 'Lee Dong-hyun, a fisheries inspector in Busan, said the catch was down. "The boats come back half empty," Lee said.';
  it('a stance sentence, then "She told ...": the new full name, not the earlier one of that surname', () => {
    const paras = [first, 'A second Lee, Lee Mi-rae of the Busan Trawler Union, was more hopeful. She told the paper that the season was "only starting late".'];
    expect(speakerOf(paras, 'only starting late')).toBe('Lee Mi-rae');
  });
  it('the namesake as the subject of the reporting verb', () => {
    const paras = [first, 'A second Lee, Lee Mi-rae, told the paper that prices were "holding up well".'];
    expect(speakerOf(paras, 'holding up well')).toBe('Lee Mi-rae');
  });
  it('the earlier person keeps their own quote', () => {
    const paras = [first, 'A second Lee, Lee Mi-rae, told the paper that prices were "holding up well".'];
    expect(speakerOf(paras, 'half empty')).toBe('Lee Dong-hyun');
  });
});

describe('church and community titles before a surname-first name', () => {
  it('"Pastor X" after "Pastor X Y" is the same person', () => {
    const paras = ['Pastor Choi Anton, who runs a shelter in Tomsk, said the winter would be hard. Pastor Choi said the town felt "quiet and tired".'];
    expect(speakerOf(paras, 'quiet and tired')).toBe('Choi Anton');
  });
  it('"Elder X" likewise', () => {
    const paras = ['Elder Han Boris, who keeps the village archive, spoke last. Elder Han said the old songs were "all we kept".'];
    expect(speakerOf(paras, 'all we kept')).toBe('Han Boris');
  });
  it('"an elder statesman" stays a description', () => {
    const paras = ['An elder statesman of the party said the vote was "a warning".'];
    expect(speakerOf(paras, 'a warning')).toBe('an elder statesman of the party');
  });
});
