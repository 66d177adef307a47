import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a couple named jointly ("GIVEN and GIVEN2
// SURNAME") and a third bearer of the surname named in full after them, then a bare "SURNAME said". Nothing settles
// which of the three speaks, so no one; unless a possessive in a participle closing the credit tells a sex only one
// of them has, or the text has already gone on with one of them.

const couple = 'Anna and Rolf Berger keep bees in Lindholm.';

for (const third of ['Their son, Tim Berger, sells the honey at the market.', 'Tim Berger sells their honey in Velm.', 'Tim Berger, a neighbour, sells their honey in Velm.']) {
  it(`gives a bare surname of a couple and of one named after them to no one (${third})`, () => {
    expect(speakerOf([`${couple} ${third} "The summer was too wet," Berger said.`], 'The summer was too wet')).toBeNull();
    expect(speakerOf([couple, third, '"The summer was too wet," Berger said.'], 'The summer was too wet')).toBeNull();
  });
}

it('gives it to the one of the three whose sex the participle\'s possessive tells, else no one', () => {
  const son = `${couple} Their son, Tim Berger, sells the honey at the market.`;
  expect(speakerOf([`${son} "The summer was too wet," Berger said, wiping her hands.`], 'The summer was too wet')).toBe('Anna Berger');
  expect(speakerOf([`${son} "The summer was too wet," Berger said, wiping his hands.`], 'The summer was too wet')).toBeNull();
  const daughter = `${couple} Their daughter, Lena Berger, sells the honey at the market.`;
  expect(speakerOf([`${daughter} "The summer was too wet," Berger said, wiping her hands.`], 'The summer was too wet')).toBeNull();
});

it('never hands the bare surname to one of the couple after the third bearer spoke in full', () => {
  const paras = [`${couple} Their son, Tim Berger, sells the honey. "The summer was too wet," Tim Berger said.`, '"We lost half the hives," Berger said.'];
  expect(speakerOf(paras, 'We lost half the hives')).not.toBe('Anna Berger');
  expect(speakerOf(paras, 'We lost half the hives')).not.toBe('Rolf Berger');
});
