import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Paragraphs written for these tests: a Malay name opening with a form of Muhammad ("Mohd", "Muhammad"), the
// person then called by the given name after it, as Malaysian papers do.
it('"Farid" after "Mohd Farid Hashim" is that person', () => {
  const paras = [
    'Deputy Trade Minister Datuk Mohd Farid Hashim said the ministry was "watching the markets closely."',
    '"Our exporters have seen no cancellations. We will keep talking to every buyer," Farid told reporters in Putrajaya.',
    'Asked about new tariffs, Farid said there was "no reason to panic" yet.',
  ];
  expect(speakerOf(paras, 'Our exporters have seen no cancellations')).toBe('Mohd Farid Hashim');
  expect(speakerOf(paras, 'no reason to panic')).toBe('Mohd Farid Hashim');
});

it('"Muhammad" spelt out, too', () => {
  const paras = [
    'State assemblyman Muhammad Hafiz Rosli urged the council to publish its accounts.',
    '"People have waited long enough," Hafiz said.',
  ];
  expect(speakerOf(paras, 'People have waited long enough')).toBe('Muhammad Hafiz Rosli');
});
