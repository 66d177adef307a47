import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { specifiedName } from '../src/quotes/specified-name.ts';

// Passages written for these tests (session 37): a sentence that opens with a definite description and names,
// after "was", who fits it ("The first to call was an old friend, Dr Mara Lind, ...") is about that person; a
// "she said" after it is hers.
describe('a name given after the copula of a specificational sentence', () => {
  it('"The first to call was an old friend, Dr Mara Lind, who .... "...," she told me."', () => {
    const paras = [
      'I was waiting for a bus in Tromso when the news broke.',
      'The first to ring was a neighbour from school, Dr Mara Lind, who teaches history in Bergen.',
      '"The old rules are finished," she told me. "Not in law. In fact."',
    ];
    expect(speakerOf(paras, 'The old rules are finished')).toBe('Mara Lind');
  });
  it('"Among the passengers was Tomas Berg, a retired pilot. "...," he said."', () => {
    const paras = ['The ferry left two hours late on Monday.', 'Among the passengers was Tomas Berg, a retired pilot. "I have seen worse storms," he said.'];
    expect(speakerOf(paras, 'I have seen worse storms')).toBe('Tomas Berg');
  });
  it('a place or a bare surname after the copula is nobody\'s name', () => {
    expect(specifiedName('The venue was Vostok Hall.')).toBeNull();
    expect(specifiedName('The winner was Berg.')).toBeNull();
    expect(specifiedName('The problem is Tomas Berg\'s plan.')).toBeNull();
  });
});

// Passages written for these tests (session 55, invented people and bodies): the name after the copula may be
// followed by where the person works ("of the Riga Institute for Strategic Affairs") before its comma.
describe('a name after the copula with where the person works', () => {
  it('"The most careful critic in the field is NAME of BODY, whose .... She argues that ... "..." "...," she said."', () => {
    const paras = [
      'Not everyone agrees with the optimists.',
      'The most careful critic in the field is Ilse Varnhagen of the Riga Institute for Harbour Studies, whose papers I have read for years. She argues that the old quays are "too shallow for the new ships". "A quay is only as good as its depth," she said at a seminar in Liepaja.',
    ];
    expect(speakerOf(paras, 'too shallow for the new ships')).toBe('Ilse Varnhagen');
    expect(speakerOf(paras, 'A quay is only as good as its depth')).toBe('Ilse Varnhagen');
  });
  it('reads the name before the workplace', () => {
    expect(specifiedName('The loudest critic is Ilse Varnhagen of the Riga Institute, whose papers I read.')?.name).toBe('Ilse Varnhagen');
    expect(specifiedName('The problem is Tomas Berg of Ventspils and his plan.')).toBeNull();
  });
});
