import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and bodies): "attorney(s)" is a noun of people as "lawyer(s)"
// is, so "Attorneys for NAME" heads its subject, and NAME, the object of "for", does not speak.
describe('attorneys for someone as the subject', () => {
  it('"Attorneys for NAME seemed to resist it, saying in a filing that ... and "..."" is the attorneys\'', () => {
    const paras = ['The city asked for the records on Friday.', 'Attorneys for Olsen seemed to resist the request, saying in their filing on Tuesday that her ledger was private and "never belonged to the town at all."'];
    expect(speakerOf(paras, 'never belonged to the town')).toBe('attorneys for Olsen');
  });

  it('never the one they act for', () => {
    const paras = ['The city asked for the records on Friday.', 'Attorneys for Mara Olsen said the account "has never been the property of the city."'];
    expect(speakerOf(paras, 'has never been the property')).not.toBe('Mara Olsen');
  });
});
