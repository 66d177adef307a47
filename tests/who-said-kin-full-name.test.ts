import { describe, it, expect } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests: a daughter named by her first name after her father's surname.
const article = doc('bike-shop', '2024-03-02', [
  'Piet Halvard, 61, has sold bicycles in Arnhem since 1990.',
  '"The trade is not what it was," Halvard said.',
  'Halvard’s daughter, Liv, 27, now runs the online shop. "I love the euro, and the euro is in the south now," she said.',
  'His wife, Mette, keeps the books. "I watch the invoices," she said.',
]);
const ask = whoSaidOver(article);

describe('who-said: a full name for one shown by first name and kin', () => {
  it('"liv halvard" is "Liv", "Halvard’s daughter"', () => {
    const a = ask('liv halvard said i love the euro, and the euro is in the south now');
    expect(a.matches[0]).toMatchObject({ speaker: 'Liv', speakerMatches: true, verdict: 'same' });
  });
  it('another first name or surname is still someone else', () => {
    expect(ask('piet halvard said i love the euro, and the euro is in the south now').matches[0]).toMatchObject({ speaker: 'Liv', speakerMatches: false });
    expect(ask('liv berg said i love the euro, and the euro is in the south now').matches[0]).toMatchObject({ speaker: 'Liv', speakerMatches: false });
  });
});

// Another, with a wife brought in by her husband's titled surname: "Mr Brandt's wife, Sanne," then her words.
const trial = doc('ledger-trial', '2024-05-14', [
  'Joris Brandt, 49, who owns a print shop in Zwolle, denies two counts of fraud.',
  "Mr Brandt's wife, Sanne, who kept the shop's ledger, told the court she had never met the buyer. 'Joris handled all of that. I only kept the ledger,' she said.",
  'His sister, Anna, came to every hearing. "He is no thief," she said.',
]);
const askTrial = whoSaidOver(trial);

describe('who-said: a full name for a spouse the paragraph brought in as that surname\'s wife', () => {
  it('"sanne brandt" is "Sanne", brought in as "Mr Brandt\'s wife"', () => {
    expect(askTrial('did sanne brandt say i only kept the ledger').matches[0]).toMatchObject({ speaker: 'Sanne', speakerMatches: true, verdict: 'same' });
  });
  it('the husband, or another surname, is still someone else', () => {
    expect(askTrial('did joris brandt say i only kept the ledger').matches[0]).toMatchObject({ speaker: 'Sanne', speakerMatches: false });
    expect(askTrial('did sanne visser say i only kept the ledger').matches[0]).toMatchObject({ speaker: 'Sanne', speakerMatches: false });
  });
  it('a wife brought in by "his" alone gets no surname from the one typed', () => {
    expect(askTrial('anna brandt said he is no thief').matches[0]).toMatchObject({ speaker: 'Anna', speakerMatches: false });
  });
});
