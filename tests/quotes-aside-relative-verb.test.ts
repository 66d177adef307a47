import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// ", which the Harbour Board says will cost ...,": a relative clause set off by commas with a verb of saying and
// a subject of its own is an aside; the quote after it closes is governed by the main clause's verb.
it('gives a quote after a set-off "which X says" clause to the main clause\'s speaker', () => {
  expect(speakerOf(['Tom Berg warned that the ferry scheme, which the Harbour Board says will cost 40 million crowns, would be "a burden on a thin purse."'], 'a burden on')).toBe('Tom Berg');
  expect(speakerOf(['Tom Berg asked whether the ferry scheme, which the Harbour Board says will cost 40 million crowns, would end up "heaping more weight on a thin purse."'], 'heaping more weight')).toBe('Tom Berg');
});

it('credits no one when the main clause has no verb of saying', () => {
  expect(speakerOf(['The levy, which Mara Olsen says is unfair, drew "a storm of letters."'], 'a storm of letters')).toBeNull();
});

it('still gives a quote inside the relative clause to the clause\'s own subject', () => {
  expect(speakerOf(['The Trust, which Mara Olsen says is "a shell," did not answer.'], 'a shell')).toBe('Mara Olsen');
});
