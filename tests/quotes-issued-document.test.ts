import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { creditedDocumentNoun, issuerOf } from '../src/quotes/issued-document.ts';

// Passages written for these tests: a body's report quoted on by its noun alone later in the paragraph.
describe('a document credited by its noun after its issuer was named', () => {
  const paras = [
    'In a report released on Monday, the Harbour Watch Council, a monitoring group based in Oslo, said that the shipments would amount to "a clear breach of the rules". The report adds that the monitors had seen "no firm evidence" so far. "Absence of evidence tells us very little," the report says.',
  ];
  it('"the report says" after the quote is the issuer\'s', () => {
    expect(speakerOf(paras, 'Absence of evidence')).toBe('the Harbour Watch Council');
  });
  it('"The report adds that ..." before the quote is the issuer\'s', () => {
    expect(speakerOf(paras, 'no firm evidence')).toBe('the Harbour Watch Council');
  });
  it('finds the issuer in the three ways a story names it, and none when two bodies issued reports', () => {
    expect(issuerOf('report', 'The Dock Board said in a report that costs rose.')).toBe('the Dock Board');
    expect(issuerOf('study', 'A study by the Fjord Institute found that catches fell.')).toBe('the Fjord Institute');
    expect(issuerOf('report', 'In a report, the Dock Board said costs rose. In a report, the Pilots Union said they fell.')).toBeNull();
    expect(issuerOf('report', 'Mara Olsen said costs rose.')).toBeNull();
  });
  it('reads the noun only where the document itself is the one saying', () => {
    expect(creditedDocumentNoun('', ', the report says.')).toBe('report');
    expect(creditedDocumentNoun('The study adds that ', '')).toBe('study');
    expect(creditedDocumentNoun('Olsen said the report was ', '.')).toBeNull();
  });
});
