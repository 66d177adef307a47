import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('gives a quote that goes on with the clause after a comma to the credit set off inside the clause ("The sale, says Roe, was ..., "and that ..."")', () => {
  const opening = 'Ivo Brandt, a port historian, has watched the harbour for decades.';
  expect(speakerOf([opening, 'The sale, says Brandt, was a reminder that the town has other buyers, "and that some of these buyers ask fewer questions."'], 'fewer questions')).toBe('Ivo Brandt');
  expect(speakerOf([opening, 'The sale, says the historian, was a sign that the port has friends, "but not many of them."'], 'not many')).toBe('Ivo Brandt');
});

it('leaves a quote after a comma that opens in capitals, as speech of its own, to the readings before', () => {
  const paragraphs = ['Ivo Brandt, a port historian, has watched the harbour for decades.', 'The sale, says Brandt, was quick, "Nobody asked us," one dock worker shouted.'];
  expect(speakerOf(paragraphs, 'Nobody asked')).not.toBe('Ivo Brandt');
});
