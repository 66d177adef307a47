import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "X referred to Y as "..."" names Y in X's words, as "described Y as" does;
// "referring to" without "as" names nothing, and the verb further back still governs.
it('"referred to the mayor as" credits its subject', () => {
  const paras = ['Tomas Varga, during two interviews on Friday, referred to the mayor as "the best player" on the council.'];
  expect(speakerOf(paras, 'the best player')).toBe('Tomas Varga');
});

it('each of two "refers to ... as" clauses joined by "while" has its own subject', () => {
  const paras = ['Tomas Varga refers to the mayor, who is his old friend, as "Mr. Brekke," while Jon Brekke refers to him as "Per."'];
  expect(speakerOf(paras, 'Mr. Brekke')).toBe('Tomas Varga');
  expect(speakerOf(paras, 'Per.')).toBe('Jon Brekke');
});

it('"was referring to the "..."" leaves the quote to the reporting verb before it', () => {
  const paras = ['Asked about the harbour, Tomas Varga said that he had not, but was referring to the "general mood of the quay."'];
  expect(speakerOf(paras, 'general mood of the quay')).toBe('Tomas Varga');
});

it('"whom X referred to in a speech" credits X with no words after it', () => {
  const paras = ['The dockers, whom Tomas Varga referred to in his address, were "well paid" by the old firm.'];
  expect(speakerOf(paras, 'well paid')).not.toBe('Tomas Varga');
});

it('"she and her peers" inside what a named person said is hers to tell', () => {
  const paras = ['At the bank, Mari Varga said she and her colleagues jokingly referred to themselves as "The Glass Club."'];
  expect(speakerOf(paras, 'The Glass Club')).toBe('Mari Varga');
});

it('a description with "the" inside what a named person said is not credited with the words', () => {
  const paras = ['Jon Brekke said the wealthy favourite had referred to Tomas Varga as the "hired senator" of the firm.'];
  expect(speakerOf(paras, 'hired senator')).not.toBe('the wealthy favourite');
});

it('a naming verb after an opening "according to" is that source\'s telling', () => {
  const paras = ['According to papers kept by Mari Varga, who died in 2001, the mayor had called the plan "a loony scheme."'];
  expect(speakerOf(paras, 'a loony scheme')).not.toBe('the mayor');
});
