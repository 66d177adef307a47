import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('credits no one with a lone quote after a sentence whose subject is a bare plural of people', () => {
  const paras = ['The host of the late show took calls about the new toll bridge at Marrowby.', 'Listeners wrote in during the hour.', '"The tolls are far too high for families like mine."'];
  expect(speakerOf(paras, 'tolls are far too high')).toBeNull();
});

it('keeps a lone quote after reported speech for the one person who spoke', () => {
  const paras = ['The host of the late show took calls about the new toll bridge at Marrowby.', 'Ines Kallio, a nurse, said the tolls hit shift workers hardest.', '"I pay twice a day."'];
  expect(speakerOf(paras, 'I pay twice')).toBe('Ines Kallio');
});
