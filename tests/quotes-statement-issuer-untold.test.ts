import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a body's statement that goes on after its issuer was told, and one whose
// issuer the reading cannot tell.
describe('"The statement added:" speaks for its issuer, or for no one', () => {
  it('gives the words to no newcomer "a statement" when the issuer is not read', () => {
    const page = [
      'The dock, run by the holding company Vessel Norrgard, said in a statement that it was "open to any lawful order". The statement added: "The company does not comment on talks between governments."',
    ];
    expect(speakerOf(page, 'does not comment on talks')).toBeNull();
  });
  it('still gives them to the body the sentence before names as issuing it', () => {
    const page = ['The Tolvik Port Authority said in a statement that it was "open to any lawful order". The statement added: "The authority does not comment on talks between governments."'];
    expect(speakerOf(page, 'does not comment on talks')).toBe('the Tolvik Port Authority');
  });
});
