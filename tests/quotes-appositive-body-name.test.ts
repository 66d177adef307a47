import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A role set off by commas after a name may hold a body's name between its lowercase words ("a retired Coast Guard
// rear admiral", "a former State Department official"): a later description with its words is that person.
describe('a role after a name with a body\'s name inside', () => {
  it('ties "the retired admiral" to the one named "NAME, a retired Coast Guard rear admiral,"', () => {
    const paragraphs = [
      'Lena Marsh, a retired Coast Guard rear admiral, leads the Harwick Forum.',
      'The forum published a report on Monday about the grain trade.',
      'Asked about it on Tuesday, Marsh said the government should act soon. The retired admiral added: "Waiting is a mistake."',
    ];
    expect(speakerOf(paragraphs, 'Waiting is')).toBe('Lena Marsh');
  });

  it('still leaves a description when the words after the comma are no role', () => {
    const paragraphs = [
      'Lena Marsh, a friend of the Harwick Forum, spoke on Monday.',
      'The forum published a report on Monday about the grain trade.',
      'Asked about it on Tuesday, Marsh said the government should act soon. The retired admiral added: "Waiting is a mistake."',
    ];
    expect(speakerOf(paragraphs, 'Waiting is')).not.toBe('Lena Marsh');
  });
});
