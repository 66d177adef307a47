import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// "In an email, the owner, who gave her name only as Greta, wrote: ...": a fronted phrase of the means or the time
// before the one described does not hide the name the clause gives; the quote is the named one's.
it('takes the name a "who gave her name only as" clause gives after a fronted phrase of the means', () => {
  const paragraphs = [
    'We asked the page\'s owner about the post. In an email, the owner, who gave her name only as Greta, wrote: "We only share what we see."',
  ];
  expect(speakerOf(paragraphs, 'We only share')).toBe('Greta');
});

it('takes the name after a fronted phrase of the time too', () => {
  const paragraphs = [
    'The bridge at Marlow was closed for a second day.',
    'On Friday, a driver waiting at the barrier, who gave his name only as Piotr, said: "Nobody tells us anything."',
  ];
  expect(speakerOf(paragraphs, 'Nobody tells us')).toBe('Piotr');
});
