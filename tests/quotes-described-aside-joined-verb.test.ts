import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// One described, an aside set off after the description, then two verb phrases joined by "and", the second closing
// on the quote's colon: both are the one described's.
it('credits one described past an aside and a first verb phrase joined by "and"', () => {
  const got = speakers([
    'A second surveyor, who asked not to be named because the tender is still open, called the bid "a fairy tale" and said: "Nobody in this office believes the numbers."',
    'Another pilot, who has worked the strait for years, thanked the harbour master and said: "We will need two tugs, not one."',
  ]);
  expect(got.get('a fairy tale')).toBe('a second surveyor');
  expect(got.get('Nobody in this office')).toBe('a second surveyor');
  expect(got.get('We will need two tugs')).toBe('another pilot');
});

// The aside may hold a label in quotes whose comma stands inside the closing mark (American style); the label is no
// one's words.
it('credits one described past an aside holding a label in quotes', () => {
  const got = speakers([
    'Another caller, a man who gave his name only as "a ferryman from Skerrow," wrote: "We have waited nine years for this bridge."',
  ]);
  expect(got.get('We have waited')).toBe('another caller');
  expect(got.get('a ferryman from Skerrow')).toBeFalsy();
});

// "summed up" (with its object: "the mood on the floor", or "it ... up") is a verb of saying that closes on a colon.
it('credits one described past an aside when the verb is "summed up" and its object before the colon', () => {
  const got = speakers([
    'A Bergen-based broker, who declined to be named because he was not cleared to speak to the press, summed up the mood on the floor: "Sell the ferries, keep the tugs."',
    'Another skipper, who asked not to be named, summed it up: "No fish, no fuel, no future."',
  ]);
  expect(got.get('Sell the ferries')).toBe('a Bergen-based broker');
  expect(got.get('No fish')).toBe('another skipper');
});
