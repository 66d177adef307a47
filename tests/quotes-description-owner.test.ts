import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { descriptionOwner, ownerHeldTwice } from '../src/quotes/description-owner.ts';

// Passages written for these tests: two bodies' spokespeople in one paragraph, then "the <body>'s spokesperson".
describe('a description tied to a body the text gave another of that role is not one tied to another body', () => {
  it('"the regulator\'s spokesperson" after spokespeople for a firm and for the regulator is not the firm\'s', () => {
    const paras = ['A spokesperson for Ostvik Gas said the meters were accurate, but a spokesperson for the regulator said refunds were due. "The meters are tested," the firm said. "Tests are not enough," the regulator\'s spokesperson said.'];
    const who = speakerOf(paras, 'Tests are not enough');
    expect(who).not.toMatch(/Ostvik/u);
  });
  it('"the spokesman for the council" after spokesmen for a school and for the council is not the school\'s', () => {
    const paras = ['A spokesman for Brayle Academy said the roof was sound, while a spokesman for the council said it leaked. "We checked it in May," the academy said. "It will be fixed," the spokesman for the council said.'];
    expect(speakerOf(paras, 'It will be fixed')).not.toMatch(/Brayle/u);
  });
  it('with one spokesperson only, "the company\'s spokesman" still goes back to the one seen', () => {
    const paras = ['A spokesman for Velt Rail said the line was shut. "Repairs take time," the rail company\'s spokesman said.'];
    expect(speakerOf(paras, 'Repairs take time')).toBe('a spokesman for Velt Rail');
  });
  it('reads the owner in both forms and counts the forms in the text', () => {
    expect(descriptionOwner("the regulator's spokesperson", 'spokesperson')).toBe('regulator');
    expect(descriptionOwner('the spokesman for the council', 'spokesman')).toBe('council');
    expect(descriptionOwner('the spokesman', 'spokesman')).toBeNull();
    expect(ownerHeldTwice("a spokesperson for the regulator said so. the regulator's spokesperson said", 'spokesperson', 'regulator')).toBe(true);
    expect(ownerHeldTwice("the regulator's spokesperson said", 'spokesperson', 'regulator')).toBe(false);
  });
});
