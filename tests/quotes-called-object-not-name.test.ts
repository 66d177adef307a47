import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { nameCalledAfter } from '../src/quotes/called-name.ts';

// Passages written for these tests: "called" as a verb with its object is no name given to a body.
describe('"BODY called NAME\'s report a "..."" names no body "NAME\'s"', () => {
  it('the campaign that called the report a "..." is not the report\'s owner', () => {
    const said = speakerOf(['The Vell campaign called Norpress\'s report a "rush to judgment" on Tuesday.'], 'rush to judgment');
    expect(said).not.toBe('Norpress’s');
    expect(said).not.toBe("Norpress's");
  });
  it('reads a name only after a body brought in by what it is', () => {
    expect(nameCalledAfter('A Telegram channel called Harbor Signal shared it', 'a Telegram channel')).toBe('Harbor Signal');
    expect(nameCalledAfter("The Vell campaign called Norpress's report a", 'The Vell campaign')).toBeNull();
    expect(nameCalledAfter("A page called Norpress's account a", 'a page')).toBeNull();
    expect(nameCalledAfter('The Vell campaign called Norpress Daily a', 'The Vell campaign')).toBeNull();
  });
});
