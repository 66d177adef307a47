import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a rarer past tense between a subject and the colon opening a quote', () => {
  it('"He fumed: "..."" is his, though the tagger reads "fumed" as an adjective', () => {
    const paras = ['Senator Oliver Brannock, a member of the harbour committee, called the plan "a disgrace".', 'He fumed: "Every barge they send upriver will be turned back at the lock."'];
    expect(speakerOf(paras, 'Every barge they send')).toBe('Oliver Brannock');
  });
  it('a name before such a verb and a colon', () => {
    const paras = ['Brannock fumed: "Every barge Anselm sends upriver will be turned back."'];
    expect(speakerOf(paras, 'Every barge Anselm sends')).toBe('Brannock');
  });
});

describe('a description opening the sentence, its place or body last, then the full name set off by commas', () => {
  it('"A former engineer who worked with colleagues on the Harbour Project, NAME, said ... "..."" is the name\'s', () => {
    const paras = ['A former lock engineer who worked with Dutch colleagues on the Northern Canal Project, Samuel Adeyemi, said the new quay was "a monument more than a tool".'];
    expect(speakerOf(paras, 'a monument more than a tool')).toBe('Samuel Adeyemi');
  });
  it('not a name after a preposition inside a clause the subject opens ("Tom Vos met ... in Kessel, Anna Brandt, ...")', () => {
    const paras = ['Tom Vos, who worked with the mayor in Kessel, Anna Brandt, said the quay was "a monument more than a tool".'];
    expect(speakerOf(paras, 'a monument more than a tool')).not.toBe('Anna Brandt');
  });
});

describe('an age before a name set off after a description', () => {
  it('"One dock worker, 34-year-old NAME, said ... "..."" is the name\'s', () => {
    const paras = ['One dock worker, 34-year-old Nora Lind, said the port had "always been the same story".'];
    expect(speakerOf(paras, 'always been the same story')).toBe('Nora Lind');
  });
});

describe('the one a sentence of reported speech names, for a quote standing alone after it', () => {
  it('"Her colleague NAME said he felt differently. "..."" is the colleague\'s', () => {
    const paras = ['Anna Vos, who sells fish at the quay, said she had given up on the news. "Nothing ever changes at this quay," she said.', 'Her colleague Pavel Brun said he felt differently. "This time the navy is involved, so it is not the same story at all."'];
    expect(speakerOf(paras, 'This time the navy')).toBe('Pavel Brun');
  });
});

describe('an age before a name set off after a description, for a pronoun after it', () => {
  it('"One dock worker, 34-year-old NAME, told him she ... "...," she said."', () => {
    const paras = ['Our correspondent Owen Marr spent the day at the docks.', 'One dock worker, 34-year-old Nora Lind, told him she had stopped reading the news altogether. "Nothing ever changes at this quay," she said.'];
    expect(speakerOf(paras, 'Nothing ever changes')).toBe('Nora Lind');
  });
});

describe('a relation that tells the sex, then a first name', () => {
  it('"His wife Greta was blunter. "...," she said." is Greta\'s, not her husband\'s', () => {
    const paras = ['Retired colonel Ivan Drax, 61, said: "The harbour is finished."', 'His wife Greta was blunter. "They are welcome to each other," she said.'];
    expect(speakerOf(paras, 'welcome to each other')).toBe('Greta');
  });
  it('and with a relative clause set off after the name', () => {
    const paras = ['Retired colonel Ivan Drax, 61, said: "The harbour is finished."', 'His wife Greta, who kept the books at their bakery, was blunter. "They are welcome to each other," she laughed.'];
    expect(speakerOf(paras, 'welcome to each other')).toBe('Greta');
  });
  it('a relation that does not tell the sex gives no first name a gender ("His colleague Sam")', () => {
    const paras = ['Retired colonel Ivan Drax, 61, said: "The harbour is finished."', 'His colleague Sam was blunter. "They are welcome to each other," she said.'];
    expect(speakerOf(paras, 'welcome to each other')).not.toBe('Ivan Drax');
  });
});

describe('a sentence of stance with a pronoun subject, before a quote standing alone', () => {
  it('"Asked whether ..., he was more cautious." then a paragraph of quote', () => {
    const paras = [
      'Dr Hugo Park, an analyst at the city university, said the navy would be careful. "They guard their docks jealously," Dr Park said.',
      'Asked whether the port could handle warships, he was more cautious.',
      '"It may count for a lot. The old docks were built for heavier ships than these."',
    ];
    expect(speakerOf(paras, 'It may count')).toBe('Hugo Park');
  });
  it('"She was less sure." after a woman spoke', () => {
    const paras = ['"The quay will be ready by spring," said Marta Holm, the harbour engineer.', 'She was less sure. "The locks are another matter."'];
    expect(speakerOf(paras, 'another matter')).toBe('Marta Holm');
  });
});

describe('a relative clause of only a verb of speech, closing on the quote\'s colon', () => {
  it('"X wrote to Mayor NAME, who replied: "..."" is the mayor\'s, not the writer\'s', () => {
    const paras = ['Councillor Edda Lorrin wrote to Mayor Kasimir Thole, who replied: "The budget is closed for this year."'];
    expect(speakerOf(paras, 'budget is closed')).toBe('Kasimir Thole');
  });
  it('"X called NAME, who told her: "..."" is the one called', () => {
    const paras = ['Edda Lorrin called Kasimir Thole, who told her: "There is no money left."'];
    expect(speakerOf(paras, 'no money left')).toBe('Kasimir Thole');
  });
});
