import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: invented people and places.
// ", who the crew say ...,": a "who" clause set off by commas whose verb of saying has a subject of its own is an
// aside; the quote after it closes is not that subject's.
it('does not give a quote after a set-off "who X say" clause to X', () => {
  expect(speakerOf(['Tom Berg warned that the harbour master, who the crew say rarely sleeps, would soon be "a danger to himself."'], 'a danger')).toBe('Tom Berg');
  expect(speakerOf(['Their mother, who the hosts say hears every show, sent a text during the recording: "Tell Leo to stop it."'], 'Tell Leo')).not.toBe('the hosts');
});

it('still reads a "who" clause without a subject of its own as the antecedent\'s', () => {
  expect(speakerOf(['The panel was chaired by Lena Vos, who opened by asking whether the deal was "a marriage of convenience."'], 'a marriage')).toBe('Lena Vos');
});
