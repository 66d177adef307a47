import { expect, it } from 'vitest';
import { nameApposedToLeadObject } from '../src/quotes/lead-object-apposed.ts';
import { speakerOf } from './helpers/quotes.ts';

// Session 56 (h6): a name set off after a fronted phrase that ends on a person's role ("read by the prosecutor,
// NAME,") is that role's, not the subject of the verb after the words set off.

it('gives no prosecutor who read a statement the words of the one it quotes', () => {
  const got = speakerOf(['In a statement read to the court by the prosecutor, Ysolde Carwithen, the victim’s father, Aldous Penhallow, said: "I lost my daughter."'], 'I lost my daughter');
  expect(got === null || got === 'Aldous Penhallow').toBe(true);
  const got2 = speakerOf(['In a letter handed to reporters by her lawyer, Quentin Marrable, the actress, Perpetua Lisle, wrote: "I am innocent."'], 'I am innocent');
  expect(got2 === null || got2 === 'Perpetua Lisle').toBe(true);
});

it('keeps a name set off after a fronted phrase that ends on no role', () => {
  expect(speakerOf(['Speaking to the court, Ysolde Carwithen, the prosecutor, said: "The evidence is plain."'], 'The evidence is plain')).toBe('Ysolde Carwithen');
});

it('reads the role only after a preposition and a determiner', () => {
  expect(nameApposedToLeadObject('In a statement read by the prosecutor, ')).toBe(true);
  expect(nameApposedToLeadObject('In a letter handed over by her lawyer, ')).toBe(true);
  expect(nameApposedToLeadObject('Speaking to the court, ')).toBe(false);
  expect(nameApposedToLeadObject('On Monday, ')).toBe(false);
});
