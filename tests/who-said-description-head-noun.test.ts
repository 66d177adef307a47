import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests: a country's agency, quoted twice, and an unnamed official of that country.
const article = doc('ferry-delays', '2024-06-11', [
  'Ferries on the Vellmar crossing ran hours late on Tuesday.',
  'Denmark\'s maritime agency said in a short statement it had "no doubt" the delays would end, and that the boats were "running late, but running."',
  'A senior Danish official, speaking on condition of anonymity, said: "The harbour is simply full."',
]);
const ask = whoSaidOver(article);

// WordNet relates the adjective "official" to "agency"; the last word of a description typed is its noun all the
// same: "the Danish official" is an official, not Denmark's agency.
describe('who-said: a description typed names its head noun, not what the noun as an adjective pertains to', () => {
  it('"the danish official" is not the Danish agency', () => {
    const a = ask('did the danish official say running late, but running');
    expect(a.matches[0]).toMatchObject({ speakerMatches: false });
  });
  it('the official is still the official, and the agency the agency', () => {
    expect(ask('did the danish official say the harbour is simply full').matches[0]).toMatchObject({ speakerMatches: true });
    expect(ask('did the maritime agency say running late, but running').matches[0]).toMatchObject({ speakerMatches: true });
  });
});
