import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// "Later that evening Jane Roe phoned ...": a demonstrative and a time noun put first, with or without a comma, is
// no part of the subject, which is there for the "he" or "she" of the quote after.
it('reads the subject past a fronted "that evening" or "last week", with or without "Later" and a comma', () => {
  const got = speakers([
    'Later that evening Boris Kalnin telephoned the office to clarify his words. «I said the ferry was late, nothing more,» he said.',
    'That night, Vera Ostrova wrote to the council. "The lamps on the pier have been out for a month," she said.',
    'Last week the harbour master, Ilse Brandt, closed the slipway. "Nobody launches until the wall is mended," she said.',
  ]);
  expect(got.get('I said the ferry')).toBe('Boris Kalnin');
  expect(got.get('The lamps on the pier')).toBe('Vera Ostrova');
  expect(got.get('Nobody launches')).toBe('Ilse Brandt');
});

// "This time Ana Lutz talked.": "time" is a time noun as "week" is; the name after it is the subject, at hand for
// the "she" of the next sentence, who is not the consul quoted the sentence before.
it('reads the subject past a fronted "this time" with no comma', () => {
  const got = speakers([
    'In 2019, when Ana Lutz first met Rolf Beck in Graz, the talks were brief. Timo Rask, then the consul, later recalled a quiet Lutz. "She listened much more than she spoke," Rask said in an interview.',
    'This time Lutz talked. Standing beside Beck at the plant, she called the visit an honour and praised the "great achievements" of the mill.',
  ]);
  expect(got.get('She listened much more')).toBe('Timo Rask');
  expect(got.get('great achievements')).toBe('Ana Lutz');
});
