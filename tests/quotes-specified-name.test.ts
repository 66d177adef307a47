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
