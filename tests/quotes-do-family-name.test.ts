import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// "Do" before two more capitalised words is the Vietnamese family name Đỗ, the first word of the person's name,
// not an auxiliary opening a question: the speaker is shown by the whole name.
it('keeps "Do" opening a name of three words as part of the name', () => {
  const paragraphs = [
    'Back in Hai Phong, Long\'s wife, Do Thi Mai, who keeps the books, said the worst year was 2022. "We did not know if the money would arrive," Mai said.',
  ];
  expect(speakerOf(paragraphs, 'We did not know')).toBe('Do Thi Mai');
});

it('still reads an auxiliary "Do" before one subject as no part of a name', () => {
  const paragraphs = ['Do Americans care? Senator Jon Reyes thinks so. "They do," Reyes said.'];
  expect(speakerOf(paragraphs, 'They do')).toBe('Jon Reyes');
});
