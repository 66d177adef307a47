import { expect, it } from 'vitest';
import { impersonatedSource } from '../src/quotes/impersonated-account.ts';
import { speakerOf } from './helpers/quotes.ts';

// Session 55 (h5): words of an account, page or message only claiming to be someone's are not that person's.

it('credits no one with the words of an account posing as someone', () => {
  expect(speakerOf(['A post on an account claiming to belong to the cellist Marit Engebretsen said her concerts were "cancelled for ever".'], 'cancelled for ever')).toBeNull();
  expect(speakerOf(['An email purporting to come from the head teacher, Colm Ashgrove, told parents: "School is closed tomorrow."'], 'School is closed tomorrow')).toBeNull();
  expect(speakerOf(['A fake profile of the mayor, Colm Ashgrove, posted: "Taxes will double."'], 'Taxes will double')).toBeNull();
});

it('keeps accounts that are the owner’s own', () => {
  expect(speakerOf(['On her own account, the cellist Marit Engebretsen wrote: "I am well and playing again."'], 'I am well')).toBe('Marit Engebretsen');
  expect(impersonatedSource('The cellist Marit Engebretsen said the account was fake and that she had written ')).toBe(false);
});
