import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// Articles written for these tests, with invented bodies and people: a government quoted through its deputy
// spokeswoman, a ministry through its official representative, an agency through a spokesperson named after it.
const ask = whoSaidOver(
  doc('velmora-ports', '2024-11-04', [
    'The Velmoran government has warned Ostrania against selling dredgers to the Kessel regime.',
    '"Any sale that helps Kessel build a naval base would break the harbour treaty," deputy government spokeswoman Ilse Marten told reporters.',
    'The Ostranian government did not reply.',
    'Opposition deputy Tessa Morn, a former minister, said the warning came late. "We have written letters for a year," she said.',
  ]),
  doc('brask-ministry', '2024-11-05', [
    "Brask's Foreign Ministry said it was watching the talks closely.",
    '"Brask will not let its ports be used to get around the embargo," the ministry\'s official representative Jonas Eld said.',
  ]),
  doc('harbour-affairs', '2024-11-06', [
    'Harbour Affairs Norway said in an email that it was "alarmed" by the sale. Spokesperson Ana Lindt wrote that "every dredger sold to Kessel breaks the treaty."',
  ]),
);

describe('who-said: a body given the words of the one who speaks for it', () => {
  it('a government for its deputy spokeswoman', () => {
    const a = ask('did the velmoran government say any sale that helps kessel build a naval base would break the harbour treaty');
    expect(a.matches[0]).toMatchObject({ speaker: 'Ilse Marten', verdict: 'same', speakerMatches: true });
  });
  it('a ministry for its official representative, and an agency for the spokesperson named after it', () => {
    expect(ask("did brask's foreign ministry say brask will not let its ports be used to get around the embargo").matches[0]).toMatchObject({ speaker: 'Jonas Eld', speakerMatches: true });
    expect(ask('did harbour affairs norway say every dredger sold to kessel breaks the treaty').matches[0]).toMatchObject({ speaker: 'Ana Lindt', speakerMatches: true });
  });
  it('not another body of the same noun, nor a body whose spokesperson did not say it', () => {
    expect(ask('did the ostranian government say any sale that helps kessel build a naval base would break the harbour treaty').matches[0]).toMatchObject({ speaker: 'Ilse Marten', speakerMatches: false });
    expect(ask('did the velmoran government say we have written letters for a year').matches[0]).toMatchObject({ speaker: 'Tessa Morn', speakerMatches: false });
  });
});
