import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('goes on with the named speaker after a sentence of nothing but a pause and a colon', () => {
  const paras = ['Olav Brekke is less relaxed. "When the ferries stop, the prices go up," Brekke said. Then, after a pause: "This is all the maths I know."'];
  expect(speakerOf(paras, 'This is all the maths I know')).toBe('Olav Brekke');
});
