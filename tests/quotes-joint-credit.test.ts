import { expect, it } from 'vitest';
import { jointNames } from '../src/quotes/joint-names.ts';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits a quote two people wrote or said together to the pair, and the quote that goes on after it', () => {
  const got = speakers([
    '"The harbour plan was flawed from the start," Lena Moss and Carl Hume wrote in their report. "Its costs were hidden from the council."',
    'Tariq Osei and Maren Lund said the ferry contract was "a gift to the operator."',
  ]);
  expect(got.get('The harbour plan was flawed from the start')).toBe('Lena Moss and Carl Hume');
  expect(got.get('Its costs were hidden from the council')).toBe('Lena Moss and Carl Hume');
  expect(got.get('a gift to the operator')).toBe('Tariq Osei and Maren Lund');
});

it('keeps a later pair apart from an earlier one that shares a name', () => {
  const got = speakers([
    '"The dam will hold," Lena Moss and Carl Hume wrote.',
    '"The dam will not hold," Carl Hume and Ivo Dahl wrote a year later.',
  ]);
  expect(got.get('The dam will hold')).toBe('Lena Moss and Carl Hume');
  expect(got.get('The dam will not hold')).toBe('Carl Hume and Ivo Dahl');
});

it('reads only two people named in full on a known given name, never a firm, places, or one of them alone', () => {
  expect(jointNames('Lena Moss and Carl Hume')).toBe('Lena Moss and Carl Hume');
  expect(jointNames('the economists Lena Moss and Carl Hume')).toBe('Lena Moss and Carl Hume');
  expect(jointNames('Marks and Spencer')).toBeNull();
  expect(jointNames('New Haven and New London')).toBeNull();
  expect(jointNames('Lena Moss and Carl Hume\'s lawyer')).toBeNull();
  expect(jointNames('Lena Moss and the mayor')).toBeNull();
  const got = speakers(['"We will appeal," said Lena Moss, and Carl Hume agreed.']);
  expect(got.get('We will appeal')).not.toBe('Lena Moss and Carl Hume');
});
