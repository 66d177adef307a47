import { describe, expect, it } from 'vitest';
import { readClaim } from '../src/quotes/claim.ts';

// Claims typed for these tests with invented people: a frame whose verb is capitalised because the claim is typed
// in Title Case or with its words in capitals.
describe('a claim typed with a capitalised verb of saying', () => {
  it('reads the frame when the words after it are in capitals or capitalised word by word', () => {
    expect(readClaim('Mara Olsen Said COUNT THE BOATS, NOT THE NETS')[0]).toMatchObject({ words: 'COUNT THE BOATS, NOT THE NETS', speaker: 'Mara Olsen' });
    expect(readClaim('Mara Olsen Said Count The Boats, Not The Nets')[0]).toMatchObject({ words: 'Count The Boats, Not The Nets', speaker: 'Mara Olsen' });
  });
  it('still reads a capitalised word before sentence-cased words as part of the words typed', () => {
    expect(readClaim('Mara Olsen Said count the boats')[0]).toMatchObject({ words: 'Mara Olsen Said count the boats', speaker: null });
    expect(readClaim('the Harbour Says it will open')[0]).toMatchObject({ speaker: null });
  });
});
