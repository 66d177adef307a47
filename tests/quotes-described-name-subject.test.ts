import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Paragraphs written for these tests (invented people, firms and places): a sentence of reported speech opening
// on a description of a person set off by commas before a full name, then a full-sentence quote on its own.

describe('a full name set off after a description opening the sentence is the subject of the verb of saying', () => {
  it("'Her lawyer, NAME, said ...' then a bare quote: the name's", () => {
    const got = speakersByQuote(['Her lawyer, Lorenz Amsel, said the case against the ferry company was weak. "There is nothing in these papers."']);
    expect(got.get('There is nothing in these papers')).toBe('Lorenz Amsel');
  });

  it('a longer description with a place, and a middle initial in the name', () => {
    const got = speakersByQuote(['His former business partner at Kettle Mills, Lorenz B. Amsel, said he was a master at bolting deals together. "Time after time he closed deals the rest of us had given up on."']);
    expect(got.get('Time after time he closed deals the rest of us had given up on')).toBe('Lorenz B. Amsel');
  });

  it("an owner's possessive opening the description", () => {
    const got = speakersByQuote(["The ferry company's spokeswoman, Greta Solvik, said the pier would reopen in May. \"We have waited long enough.\""]);
    expect(got.get('We have waited long enough')).toBe('Greta Solvik');
  });

  it('no person in the words before the name, or a list after it: no credit', () => {
    const noPerson = speakersByQuote(['The day after the storm, Greta Solvik, said the pier would reopen in May. "We have waited long enough."']);
    expect(noPerson.get('We have waited long enough')).toBeNull();
    const list = speakersByQuote(['The harbour master, Greta Solvik, and the mayor said the pier would reopen in May. "We have waited long enough."']);
    expect(list.get('We have waited long enough')).toBeNull();
  });

  it('a person after "of" is the one the name names: the description\'s head is someone else, no credit', () => {
    const father = speakersByQuote(['The father of the injured girl, Maren Tolle, spoke outside the clinic on Monday.', '"She is awake and asking for her cat," he said.']);
    expect(father.get('She is awake and asking for her cat')).toBeNull();
    const mother = speakersByQuote(['The mother of the boy, Jory Pellam, said he had been teased for a year. "Nobody at the school listened to me," she said.']);
    expect(mother.get('Nobody at the school listened to me')).toBeNull();
  });
});
