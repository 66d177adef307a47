import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for this test: "according to" a source described and then named in full, set off by a comma,
// or to a document by a person named with a lowercase role; the one named said the words.
describe('according to a named source', () => {
  it('"according to his lawyer, NAME." is the lawyer named', () => {
    expect(speakerOf(['The case went to trial in March.', 'Ben Kell ‘never touched a penny’, according to his lawyer, Rosa Dunn.'], 'never touched')).toBe('Rosa Dunn');
  });
  it('"according to a report by inspector NAME." is the inspector', () => {
    expect(speakerOf(['The kitchen failed two checks.', '“The cold room was at twelve degrees”, according to a report by inspector Lena Moor.'], 'cold room')).toBe('Lena Moor');
  });
  it('a report by a body keeps the body', () => {
    expect(speakerOf(['“The cold room was at twelve degrees”, according to a report by the Harbour Safety Board.'], 'cold room')).toBe('the Harbour Safety Board');
  });
});
