import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a trade or calling is kept after one leaves it ("the
// engineer" is the "former rocket engineer", "the professor" the "retired professor of law"), an office is not
// ("the governor" is never the "former governor").
describe('"the engineer" for "a former engineer"', () => {
  it('a former engineer', () => {
    const paras = ['Hal Brand, a former bridge engineer who now runs a podcast, said the story was "plausible".', '"Plausible is a long way from proven," the engineer said.'];
    expect(speakerOf(paras, 'Plausible is a long way from proven')).toBe('Hal Brand');
  });
  it('a retired professor', () => {
    const paras = ['"The plan is sound," Ivo Lemm, a retired professor of law, said.', '"Sound plans still fail," the professor said.'];
    expect(speakerOf(paras, 'Sound plans still fail')).toBe('Ivo Lemm');
  });
  it('a former governor is not "the governor"', () => {
    const paras = ['Hal Brand, a former governor, said the story was "plausible".', '"True is true," the governor said.'];
    expect(speakerOf(paras, 'True is true')).not.toBe('Hal Brand');
  });
});
