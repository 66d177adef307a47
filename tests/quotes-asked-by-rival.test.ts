import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('does not let the asker a fronted "Asked by ..., NAME," names stand as a rival for the "he" who answers', () => {
  const paragraphs = [
    '"We knew the storm was coming," Mr Brandt told the committee.',
    'He said the port\'s view was that the dock was likely to "close for a week." Asked by the Liberal member for Kestel Moor, Hugh Varley, whether the port would reopen soon, he said that "nothing is settled."',
  ];
  expect(speakerOf(paragraphs, 'nothing is settled')).toBe('Brandt');
});

it('still leaves the "he" to no one when another man is named in the sentence outside the asking', () => {
  const paragraphs = [
    '"We knew the storm was coming," Mr Brandt told the committee.',
    'Asked by Hugh Varley whether Tom Hale had been warned, Mr Hale nodded, and he said that "nothing is settled."',
  ];
  expect(speakerOf(paragraphs, 'nothing is settled')).not.toBe('Brandt');
});
