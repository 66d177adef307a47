import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('gives the words of a post "by NAME that read:" to its author, not the one who shared it', () => {
  const got = speakers([
    'Councillor Edvin Strand shared a post by the campaigner Tyra Lokken that read: "Save the ferry."',
    'Strand later said: "I agree with every word."',
  ]);
  expect(got.get('Save the ferry')).toBe('Tyra Lokken');
  expect(got.get('I agree with every word')).toBe('Edvin Strand');
});
