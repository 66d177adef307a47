import { expect, it } from 'vitest';
import { labelCredit } from '../src/quotes/verbless-credit.ts';
import { speakerOf } from './helpers/quotes.ts';

// Session 56 (h6): a vox pop's age set off after the name ("NAME, 45, a farmer:", "NAME, 60:") is no part of the
// round-up label's role; the label names the one who speaks.

it('credits a round-up paragraph labelled with a name, an age and a role', () => {
  const paras = ['We asked market traders in Velenje about the summit.', 'Bostjan Kranjcevic, 52, a baker: "Nobody here watches summits."', 'Mojca Zupancic, 31, nurse: "I watched it for the hats."'];
  expect(speakerOf(paras, 'Nobody here watches')).toBe('Bostjan Kranjcevic');
  expect(speakerOf(paras, 'I watched it for the hats')).toBe('Mojca Zupancic');
});

it('reads the age only after a name, and no single word with an age alone', () => {
  expect(labelCredit('Bostjan Kranjcevic, 52, a baker:')).toEqual({ name: 'Bostjan Kranjcevic', role: 'a baker' });
  expect(labelCredit('Mojca Zupancic, 31:')).toEqual({ name: 'Mojca Zupancic', role: null });
  expect(labelCredit('Velenje, 31:')).toBeNull();
  expect(labelCredit('In Velenje, 31:')).toBeNull();
  expect(labelCredit('Bostjan Kranjcevic, 52, Mojca Zupancic:')).toBeNull();
});
