import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: 'Its deputy chairman for trade, NAME, said member companies had
// already been asked "to check every counterparty twice".': a passive request with no asker named quotes the
// request in the reporter's words.

describe('a passive request with no asker, reported by a named sayer', () => {
  it('the sayer, set off after his role', () => {
    expect(speakerOf(['Its deputy chairman for trade, Ivo Marrek, said member companies had already been asked "to check every counterparty twice".'], 'counterparty')).toBe('Ivo Marrek');
  });
  it('the sayer as the plain subject', () => {
    expect(speakerOf(['Ivo Marrek said member companies had been urged "to report every cargo" this week.'], 'every cargo')).toBe('Ivo Marrek');
  });
  it('an asker named after the quote keeps it from the sayer (no one, as before)', () => {
    expect(speakerOf(['Ivo Marrek said member companies had been asked "to check every counterparty twice" by the ministry.'], 'counterparty')).toBeNull();
  });
});
