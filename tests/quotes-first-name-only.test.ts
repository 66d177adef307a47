import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { firstNameOnly } from '../src/quotes/given-name-clause.ts';

// Passages written for these tests: one described whom the text may name only by a first name ("who gave only
// her first name, NAME"), wherever the description stands, then "she said".
describe('a first name given as all that may be printed names the one described', () => {
  it('the writer\'s object: `At the ticket window I asked a cashier, who gave only her first name, NAME, whether ...`', () => {
    const paras = ['The night train was cancelled again.', 'At the ticket window I asked a cashier, who gave only her first name, Hedda, whether refunds were paid. She sighed. “Only in cash, and we have no cash,” she said.'];
    expect(speakerOf(paras, 'we have no cash')).toBe('Hedda');
  });
  it('`His friend, a retired stoker who gave only his first name, NAME, was cheerier.`', () => {
    const paras = ['The night train was cancelled again.', 'His friend on the bench, a retired stoker who gave only his first name, Anselm, was cheerier. “Trains come back,” he said.'];
    expect(speakerOf(paras, 'Trains come back')).toBe('Anselm');
  });
  it('`A guard who ..., and who asked that only his first name, NAME, be printed, said ...`', () => {
    const paras = ['The night train was cancelled again.', 'A guard who has worked the line since 2009, and who asked that only his first name, Anselm, be printed, said the week was lost. “No trains, no overtime,” he said.'];
    expect(speakerOf(paras, 'no overtime')).toBe('Anselm');
  });
  it('the name first: `a caller, NAME, who lives in PLACE and asked us to use only her first name`', () => {
    const paras = ['The night train was cancelled again.', 'We also had a message from a caller, Hedda, who lives in Tarnby and asked us to use only her first name. “The buses are worse,” she said in the message.'];
    expect(speakerOf(paras, 'buses are worse')).toBe('Hedda');
  });
  it('not when someone else is named before the description in the sentence', () => {
    expect(firstNameOnly('Ruth Vance introduced me to a cashier, who gave only her first name, Hedda, and left.')).toBeNull();
    expect(firstNameOnly('At the window I asked a cashier, who gave only her first name, Hedda, whether it was late.')).toEqual({ name: 'Hedda', gender: 'f', description: 'a cashier' });
  });
});

it('reads "who asked me to use only her first name, NAME," as the one described, for the "she wrote" after', () => {
  expect(firstNameOnly('A reader in Dolmast, who asked me to use only her first name, Mira, wrote to say her grandfather had fought in the war.')).toEqual({ name: 'Mira', gender: 'f', description: 'A reader in Dolmast' });
  const paras = [
    'Governor Tom Roe met Mayor Piet Kask in Valdor on Tuesday.',
    'A reader in Dolmast, who asked me to use only her first name, Mira, wrote to say her grandfather had fought in the war. "He always said they would come back," she wrote. "He just did not think it would look like this."',
  ];
  expect(speakerOf(paras, 'He always said')).toBe('Mira');
  expect(speakerOf(paras, 'He just did')).toBe('Mira');
});
