import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented people, a university and a town.
describe('"At PLACE, ROLE NAME, who ..., said ... "...""', () => {
  it('gives the words to the name after the fronted phrase, not to the place before it', () => {
    const paras = ['At the University of Tarn, political analyst Ada Vell, who is not related to the MP, said the summit showed the alliance was "running short of friends".'];
    expect(speakerOf(paras, 'running short of friends')).toBe('Ada Vell');
  });
  it('still reads a role set off after a name as that name\'s', () => {
    const paras = ['Jane Roe, the minister for Tarn, who was present, said the port was "full".'];
    expect(speakerOf(paras, 'full')).toBe('Jane Roe');
  });
});
