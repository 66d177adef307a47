import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { pseudonymSubject } from '../src/quotes/given-name-clause.ts';

// Passages written for these tests (invented people): a source the writer names in its own stead.
describe('a name given in a source\'s stead', () => {
  it('"a man I will call NAME" is the subject a later "he said" means', () => {
    expect(speakerOf(['My old classmate, a man I will call Yegor, rang from Omsk on Sunday. "The factory is hiring again," he said.'], 'The factory is hiring again')).toBe('Yegor');
  });
  it('"who asked to be identified only as NAME for fear of ..."', () => {
    expect(speakerOf(['A border guard, who asked to be identified only as Timur for fear of losing his job, said the crossings had doubled. "We see trucks all night," he said.'], 'We see trucks all night')).toBe('Timur');
  });
  it('"NAME, not her real name, said ..."', () => {
    expect(speakerOf(['Lina, not her real name, said the rent had tripled. "We cannot stay," she said.'], 'We cannot stay')).toBe('Lina');
  });
  it('reads the sex the clause tells, or none', () => {
    expect(pseudonymSubject('A clerk, whom we are calling Dara to protect her identity, said ...')).toMatchObject({ name: 'Dara', description: 'A clerk' });
    expect(pseudonymSubject('A clerk, who asked to be identified only by her first name, Dara, said ...')).toMatchObject({ name: 'Dara', gender: 'f' });
    expect(pseudonymSubject('A clerk, who was called Dara by her friends, said ...')).toBeNull();
  });
});
