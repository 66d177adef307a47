import { expect, it } from 'vitest';
import { parseSubjectPhrase } from '../src/quotes/speaker-phrases.ts';
import { speakerOf } from './helpers/quotes.ts';

// Session 54 (h5): "On Monday Skare said:" with no comma after the time was read as one person, "Monday Skare".

it('reads a fronted day with no comma as no part of the name after it', () => {
  expect(parseSubjectPhrase('On Thursday Valberg')).toMatchObject({ type: 'name', name: 'Valberg' });
  expect(parseSubjectPhrase('By October Hedda Valberg')).toMatchObject({ type: 'name', name: 'Hedda Valberg' });
  // (A month that is also a given name opens a name: "May Valberg".)
  expect(parseSubjectPhrase('May Valberg')).toMatchObject({ type: 'name', name: 'May Valberg' });
});

it('credits the one the bare surname means, not a "Thursday Valberg"', () => {
  expect(speakerOf(['Traders expect the harbour chief, Hedda Valberg, to raise the fees.', 'On Thursday Valberg said: "The fees will stay as they are."'], 'The fees will stay')).toBe('Hedda Valberg');
});
