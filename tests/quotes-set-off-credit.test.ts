import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: credits set off inside the quote's clause, and words overheard.
describe('"in the words of X" set off after the quote, later in its clause', () => {
  it('`Iran will "..." for arming them, in the words of NAME, the ROLE, and we agree.` is NAME\'s', () => {
    const paras = ['Sanctions have failed before. Iran will "pay dearly" for arming the rebels, in the words of Tom Hale, the White House spokesman, and we agree with him.'];
    expect(speakerOf(paras, 'pay dearly')).toBe('Tom Hale');
  });
  it('is no credit when another verb of saying stands before it', () => {
    const paras = ['Lena Ruiz said the town "will recover" by spring, in the words of Tom Hale.'];
    expect(speakerOf(paras, 'will recover')).not.toBe('Tom Hale');
  });
});

describe('"as X put it" set off in the middle of the clause before the quote', () => {
  it('`Our position is, as the Prime Minister put it on Monday, that the strait "..."` is the Prime Minister\'s', () => {
    const paras = ['Our position is, as the Prime Minister put it on Monday, that the strait "must stay open".'];
    expect(speakerOf(paras, 'must stay open')).toBe('the Prime Minister');
  });
  it('is no credit when the clause after it has its own verb of saying', () => {
    const paras = ['Our position is, as the Prime Minister put it on Monday, that Lena Ruiz called the deal "a trap".'];
    expect(speakerOf(paras, 'a trap')).not.toBe('the Prime Minister');
  });
});

describe('words overheard: "X was heard telling him"', () => {
  it('`"...," Kovac was heard telling him.` is Kovac\'s', () => {
    const paras = ['Marta Kovac, left, greets the new crew at the dock. "This is a great day," Kovac was heard telling him.'];
    expect(speakerOf(paras, 'great day')).toBe('Marta Kovac');
  });
  it('`"...," the captain was heard saying.` is the captain\'s', () => {
    const paras = ['The ferry left an hour late. "Nobody told us anything," the captain was heard saying.'];
    expect(speakerOf(paras, 'Nobody told us')).toBe('the captain');
  });
});
