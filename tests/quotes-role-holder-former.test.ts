import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { namesPastHolder } from '../src/quotes/role-fit.ts';

// Passages written for these tests: one who held an office before and one who holds it now, then "the coach said",
// "the old head said".
describe('a bare role is not one the text gave only as a past one', () => {
  it('"the coach" is not "the former coach, NAME"', () => {
    const paras = ['The former coach, Arlo Brenning, now a radio pundit, blamed the coach, Tobias Quell, for the defeat.', '"We had a plan. The legs went," the coach said.'];
    expect(speakerOf(paras, 'We had a plan') ?? '').not.toMatch(/Brenning/u);
  });
  it('"the coach" is still the one former coach where no one else coaches and the text gives him the role now too', () => {
    const paras = ['Arlo Brenning, the coach, took the side to the final.', '"We had a plan," the coach said.'];
    expect(speakerOf(paras, 'We had a plan')).toBe('Arlo Brenning');
  });
  it('"the old head" is not the one confirmed as head', () => {
    const paras = ['Delia Morrant, the acting head of Quarry Lane school, was confirmed as head on Monday. Her predecessor, Ewan Tobb, left in July.', '"I am going nowhere," the new head said. "She has earned it," the old head said.'];
    expect(speakerOf(paras, 'She has earned it') ?? '').not.toMatch(/Morrant/u);
    expect(speakerOf(paras, 'I am going nowhere')).toBe('Delia Morrant');
  });
  it('"the old captain" is still the one the text calls the old captain, an age and no office left', () => {
    const paras = ['The old captain of the Tarn ferry, Oskar Lindqvist, 79, still takes the wheel at dawn. "The lake is calm today," the old captain said.'];
    expect(speakerOf(paras, 'The lake is calm today')).toBe('Oskar Lindqvist');
  });
  it('reads the words of a past holder', () => {
    expect(namesPastHolder('the former mayor', 'mayor')).toBe(true);
    expect(namesPastHolder('the old head', 'head')).toBe(true);
    expect(namesPastHolder('the previous chairman', 'chairman')).toBe(true);
    expect(namesPastHolder('the old soldier', 'soldier')).toBe(false);
    expect(namesPastHolder('the head', 'head')).toBe(false);
  });
});
