import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// ", which the Budget Office says would cost ...,": a relative clause set off by commas with a verb of saying and
// a subject of its own is an aside; the quote after it closes is governed by the main clause's verb.
it('gives a quote after a set-off "which X says" clause to the main clause\'s speaker', () => {
  expect(speakerOf(['Tom Berg warned that the plan, which the Budget Office says would cost $5 billion a year, would be "a burden on a strained budget."'], 'a burden on')).toBe('Tom Berg');
  expect(speakerOf(['Tom Berg asked whether the plan, which the Budget Office says would cost $5 billion a year, would risk "adding another burden to a strained budget."'], 'adding another burden')).toBe('Tom Berg');
});

it('credits no one when the main clause has no verb of saying', () => {
  expect(speakerOf(['The levy, which Mara Olsen says is unfair, drew "a storm of letters."'], 'a storm of letters')).toBeNull();
});

it('still gives a quote inside the relative clause to the clause\'s own subject', () => {
  expect(speakerOf(['The Trust, which Mara Olsen says is "a shell," did not answer.'], 'a shell')).toBe('Mara Olsen');
});
