import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Where the one described works, set off by commas between the description and how they put it, leaves them
// the subject set up to speak: the next "the official said" is not an official quoted before.
it('gives "the official said" after "Another official, at the port office, put it more simply." to that official', () => {
  const paragraphs = [
    'Customs staff were blunt about the new rules. One senior customs official told our reporter, "We check every lorry now."',
    'Another official, at the port office, put it more simply. "The queues will only grow," the official said.',
  ];
  const speaker = speakerOf(paragraphs, 'queues will only grow');
  expect(speaker).not.toBe('one senior customs official');
  expect(speaker).toMatch(/official/u);
});
