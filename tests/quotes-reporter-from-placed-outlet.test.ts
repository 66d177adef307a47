import { describe, expect, it } from 'vitest';
import { quoteOpeningWith } from './helpers/quotes.ts';
import { parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';

// Passages written for these tests: invented people, places and outlets.
describe('"A reporter from the PLACE-based OUTLET asked": the reporter asks, not the outlet', () => {
  it('keeps the reporter described, with the outlet only where the reporter works', () => {
    const q = quoteOpeningWith(['A reporter from the Lisbon-based Correio Azul asked: "Will the port close?"']).get('Will the port');
    expect(q.speaker).toMatch(/^a reporter from/iu);
    expect(q.kind).toBe('unnamed');
  });
  it('so after "the state-run" or "the daily"', () => {
    expect(quoteOpeningWith(['An analyst at the state-run Marsh Institute said: "The port will close."']).get('The port').speaker).toMatch(/^an analyst at/iu);
    expect(quoteOpeningWith(['A reporter from the daily Correio Azul asked: "Will the port close?"']).get('Will the port').speaker).toMatch(/^a reporter from/iu);
  });
  it('still reads a place adjective before a name as no part of it', () => {
    expect(parseSubjectPhrase('the Chicago-based Tom Smith')).toMatchObject({ type: 'name', name: 'Tom Smith' });
    expect(parseSubjectPhrase('A reporter from the Lisbon-based Correio Azul')).toMatchObject({ type: 'description', head: 'reporter' });
  });
});
