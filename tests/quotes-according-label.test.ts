import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('does not give the label a person put on a thing to the source that reports it ("According to X, Y qualified it as")', () => {
  const paragraphs = [
    'The Danish trade minister, Lars Holm, toured the new harbour in Aarhus on Tuesday.',
    'The agency Ritzau reported that he spoke for an hour. According to the official agency, the Danish minister qualified the harbour as "a gift to the whole region."',
  ];
  expect(speakerOf(paragraphs, 'a gift')).not.toBe('the official agency');
});

it('still gives the source the words when the clause after it has no label of a person', () => {
  const paragraphs = ['According to the news agency Ritzau, the harbour will be "open to all ships" by May.'];
  expect(speakerOf(paragraphs, 'open to all')).toBe('Ritzau');
});

it('gives a name a pronoun or name called by a source\'s report to the one who called it ("According to X, he called Y "...")', () => {
  const paragraphs = [
    'Jens Krogh, the harbour master, walked the new quay on Friday.',
    'According to the council, he called the quay "the best in the Baltic" before he left.',
  ];
  expect(speakerOf(paragraphs, 'the best in the Baltic')).toBe('Jens Krogh');
  expect(speakerOf(['According to the council, Jens Krogh dubbed the quay "the Baltic\'s front door".'], 'front door')).toBe('Jens Krogh');
});
