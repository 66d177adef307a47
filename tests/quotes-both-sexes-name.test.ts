import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A first name both sexes bear tells no sex: beside a man named by a man's name who acts last in a "who" clause,
// a "he said" may be either.
describe('a name of both sexes beside a man who acts last', () => {
  it('leaves "he said" to nobody', () => {
    expect(speakerOf(['Alex Moray, the club treasurer, stood glaring at Neil Burke, who shrugged. "The books are a mess," he said.'], 'books')).toBeNull();
    expect(speakerOf(['Alex Moray, the club treasurer, stood glaring at Neil Burke, who shrugged.', '"The books are a mess," he said.'], 'books')).toBeNull();
  });

  it('still gives it to one whose first name tells his sex, or with no one acting after him', () => {
    expect(speakerOf(['John Moray, the club treasurer, stood glaring at Neil Burke, who shrugged. "The books are a mess," he said.'], 'books')).toBe('John Moray');
    expect(speakerOf(['Alex Moray, the club treasurer, stood glaring at the members. "The books are a mess," he said.'], 'books')).toBe('Alex Moray');
  });
});
