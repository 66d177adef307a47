import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

const opening = 'Coach Lena Brandt went through her squad before the cup tie at Harrowfield.';

it('does not give a quote after "X is fit:" or "X is out:" in a list to the subject the words are about', () => {
  const paras = [opening, '1. The striker is out: "Milo has a knee problem and will miss a month."', '2. The keeper is fit: "Janko trained fully this morning."'];
  expect(speakerOf(paras, 'knee problem')).not.toBe('the striker');
  expect(speakerOf(paras, 'trained fully')).not.toBe('the keeper');
});

it('keeps a mood before a colon as the subject\'s stance', () => {
  expect(speakerOf([opening, 'The keeper was angry: "I was not even told I was dropped."'], 'not even told')).toBe('the keeper');
});
