import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('ties both surnames written alone to a full name of two given names and two surnames', () => {
  const paragraphs = [
    'Opposition senator Maria Luisa Pereira Lopes called the river deal "reckless".',
    'Her colleague Rui Lopes - the two are not related - was calmer. "We should wait," Lopes said.',
    '"We will vote no on Thursday," Pereira Lopes told reporters in Varzena.',
  ];
  expect(speakerOf(paragraphs, 'vote no')).toBe('Maria Luisa Pereira Lopes');
  expect(speakerOf(paragraphs, 'should wait')).toBe('Rui Lopes');
});

it('does not tie them when a word before the two is no given name', () => {
  const paragraphs = [
    'The Grand Hotel Pereira Lopes reopened on Monday.',
    '"We will vote no on Thursday," Pereira Lopes told reporters in Varzena.',
  ];
  expect(speakerOf(paragraphs, 'vote no')).not.toBe('Grand Hotel Pereira Lopes');
});
