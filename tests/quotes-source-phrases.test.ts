import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (summit reports held out in tests/fixtures/corpora/summit-quotes-heldout19
// missed these shapes; the sentences are new).
describe('who a source phrase names', () => {
  it('a surname the tagger takes for an interjection is still a name after "Mr."', () => {
    const paras = ['Three economists doubted the plan. Tomas Oh, who teaches at the Lakeside School, was the most doubtful.', 'According to Mr. Oh, the council\'s reserves are "nearly gone." The plan, he said, was "a gamble with other people\'s pensions."'];
    expect(speakerOf(paras, 'nearly gone')).toBe('Tomas Oh');
    expect(speakerOf(paras, 'a gamble')).toBe('Tomas Oh');
  });

  it('a subject and its verb on both sides of an "according to" aside: the subject speaks, the source carries', () => {
    const paras = ['Greta Holm has chaired the port board since 2019.', 'Ms. Holm, according to the local radio station, called the harbour plan "a disaster for fishermen".'];
    expect(speakerOf(paras, 'a disaster for fishermen')).toBe('Greta Holm');
  });

  it('the aside before a thing, not a person, leaves the source\'s credit as it was', () => {
    const paras = ['The harbour plan, according to the local radio station, is "a disaster for fishermen".'];
    expect(speakerOf(paras, 'a disaster for fishermen')).toMatch(/radio station/u);
  });

  it('"a source in the Ministry of X" is the source, not the ministry', () => {
    const paras = ['A source in the Ministry of Fisheries told the paper that new quotas were "being drafted".', '"There is no deadline yet," the source said.'];
    expect(speakerOf(paras, 'being drafted')).toBe('a source in the Ministry of Fisheries');
    expect(speakerOf(paras, 'no deadline yet')).toBe('a source in the Ministry of Fisheries');
  });

  it('the Ministry of X speaking for itself is still the ministry', () => {
    const paras = ['The Ministry of Fisheries said the new quotas were "being drafted".'];
    expect(speakerOf(paras, 'being drafted')).toBe('the Ministry of Fisheries');
  });
});

// A label the writer puts on a thing in an appositive (written for this test; heldout19's analysis gave one to
// the sentence's subject).
describe('a quoted label in an appositive', () => {
  it('belongs to no one', () => {
    const paras = ['Greta Holm is the mayor of the town.', 'Ms. Holm arrived in her old car, a "rolling museum" that travels at little more than 30 miles an hour.'];
    expect(speakerOf(paras, 'rolling museum')).toBeNull();
  });
  it('a fragment the subject gives a noun without the comma and article is still hers', () => {
    const paras = ['Greta Holm is the mayor of the town.', 'Ms. Holm blamed the delays on "lazy contractors."'];
    expect(speakerOf(paras, 'lazy contractors')).toBe('Greta Holm');
  });
});

// Written for this test: a description's complement ("of state") followed by its reporting verb and a clause
// (heldout19's translated business daily gave "the head of state added" as the speaker's name).
describe('a description before "added that"', () => {
  it('ends before the verb', () => {
    const paras = ['The talks lasted five hours. The head of state added that the town keeps "all the rules", but that there are plans the sides "can discuss".'];
    expect(speakerOf(paras, 'all the rules')).toBe('the head of state');
    expect(speakerOf(paras, 'can discuss')).toBe('the head of state');
  });
});

// Written for these tests (heldout19's analysis and broadcaster's report left both unattributed).
describe('a described subject before a relative clause, and an institute\'s long name', () => {
  it('"A senior official, who spoke on condition of anonymity, said" is that official', () => {
    const paras = ['A senior port official, who spoke on condition of anonymity because the talks were private, said the board had seen "no sign" of a buyer.'];
    expect(speakerOf(paras, 'no sign')).toBe('a senior port official');
  });
  it('a plural group before such a clause stays unread', () => {
    const paras = ['Two port officials, who spoke on condition of anonymity, said the board had seen "no sign" of a buyer.'];
    expect(speakerOf(paras, 'no sign')).not.toBe('Two port officials');
  });
  it('"A researcher, Jane Roe of the Institute of Coastal Studies, was cautious. She said ..." is Jane Roe', () => {
    const paras = ['Tom Berg said the plan was bold. "It is a gamble," he said.', 'A researcher with the same surname, Anna Berg of the Institute of Coastal Studies, was more cautious. She said the board had been "very careful" with money.'];
    expect(speakerOf(paras, 'very careful')).toBe('Anna Berg');
  });
});

// Written for these tests (heldout19's translated business daily left both unattributed).
describe('"in his opinion" and an "according to" opening its sentence', () => {
  it('"In her view, ..." gives the quote to her', () => {
    const paras = ['Anna Lind runs a small bank in the port. In her view, payments will go through banks that have "nothing to lose".'];
    expect(speakerOf(paras, 'nothing to lose')).toBe('Anna Lind');
  });
  it('"In the opinion of many" names no one', () => {
    const paras = ['In the opinion of many, the plan is "a bad joke".'];
    expect(speakerOf(paras, 'a bad joke')).toBeNull();
  });
  it('"According to him," at the start holds for each quote in the sentence', () => {
    const paras = ['Per Alm chairs the board. According to him, the sides discussed "the whole range" of issues, including "sensitive" ones.'];
    expect(speakerOf(paras, 'the whole range')).toBe('Per Alm');
    expect(speakerOf(paras, 'sensitive')).toBe('Per Alm');
  });
  it('but not past a reporting verb of its own', () => {
    const paras = ['Per Alm chairs the board. According to him, the sides discussed "the whole range" of issues, and Ida Berg said they were "sensitive" ones.'];
    expect(speakerOf(paras, 'sensitive')).toBe('Ida Berg');
  });
});

// Written for this test: a clause of its own after the source holds others' slogans, which the source does not speak.
describe('an opening "according to" stops at a clause of its own', () => {
  it('leaves a slogan inside a "that" clause to no source', () => {
    const paras = ['According to her aides, Ann Roe gave a "careful" speech and has worried for weeks that it was weaker than the "fresh start" of Mayor Per Alm.'];
    expect(speakerOf(paras, 'fresh start')).not.toBe('her aides');
  });
});
