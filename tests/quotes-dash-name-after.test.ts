import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('reads a dash credit whose role is a compound the tagger may take for a verb, or a medium', () => {
  const paras = [
    'The harbour at Tarnby reopened on Monday after a decade.',
    'Tarnby Shipping, a ferry firm, had lobbied for it for years.',
    '**Quotes of the week**',
    '- "Boats are the easy part." — Lena Vikstad, launch consultant',
    '- "We never comment on rivals." — Tarnby Shipping, in an emailed statement',
  ];
  expect(speakerOf(paras, 'Boats are the easy part')).toBe('Lena Vikstad');
  expect(speakerOf(paras, 'We never comment on rivals')).toBe('Tarnby Shipping');
});
