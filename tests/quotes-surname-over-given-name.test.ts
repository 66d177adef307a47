import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: one person whose first name is another's surname.
describe('a bare name one full name ends on is that surname\'s bearer, not another\'s first name', () => {
  it('"Grace said" after "Grace Ingleby" and "Tom Grace" is Tom Grace', () => {
    const paras = ['The keeper Grace Ingleby and the warden Tom Grace run the Holm lighthouse. "We sleep in shifts," Ingleby said. "Mostly she sleeps," Grace said.'];
    expect(speakerOf(paras, 'Mostly she sleeps')).toBe('Tom Grace');
    expect(speakerOf(paras, 'We sleep in shifts')).toBe('Grace Ingleby');
  });
  it('with no one bearing it as a surname, a first name alone may still be its bearer', () => {
    const paras = ['The keeper Grace Ingleby runs the Holm lighthouse. "We sleep in shifts," Grace said.'];
    expect(speakerOf(paras, 'We sleep in shifts')).toBe('Grace Ingleby');
  });
});
