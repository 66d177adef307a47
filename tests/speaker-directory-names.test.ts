import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { doc, passagesOf } from './helpers/docs.ts';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests: the speaker directory shows a clean name of one person or body, never a
// possessive, a title glued on, or words that are no name.

const directory = (paragraphs: string[]) => extractQuotes(passagesOf(doc('p', '2024-05-02', paragraphs))).speakers;

describe('possessives are not names', () => {
  it('a speaker reached through a possessive ("Mr. Dunmore\'s claim ... what he called") is shown without it', () => {
    const text = ['Perhaps Mr. Dunmore\'s most surprising claim was that the minister had worked in what he called "hostile territory."'];
    expect(speakerOf(text, 'hostile territory')).toBe('Dunmore');
    expect(directory(text).map((s) => s.name)).toEqual(['Dunmore']);
  });
});

describe('titles are not part of a name', () => {
  it('reads "the Rev." before a full name as the title of a person, not a body called "the Rev. ..."', () => {
    const text = ['"The town will heal, and it will be better for it," said the Rev. Thomas Ambler, of Grace Chapel.'];
    expect(speakerOf(text, 'town will heal')).toBe('Thomas Ambler');
    const ambler = directory(text).find((s) => s.name === 'Thomas Ambler');
    expect(ambler).toMatchObject({ kind: 'person' });
  });

  it('reads "Comrade" as a title ("Respected Comrade ..." is the address, not the name)', () => {
    expect(parseSpeakerPhrase('Respected Comrade Pak Chol Min')).toMatchObject({ type: 'name', name: 'Pak Chol Min', kind: 'person' });
  });

  it('a name cut at an abbreviated title ("Ohio Gov") is no name', () => {
    expect(parseSpeakerPhrase('Ohio Gov')).toBeNull();
    // British style writes a general's rank without its full stop ("Gen Nakano"): the rank is the role and the
    // surname the name, as for "Gen. Nakano" (a rare given name Gen is then read as a rank: the same person, by surname).
    expect(parseSpeakerPhrase('Gen Nakano')).toMatchObject({ type: 'name', name: 'Nakano', role: 'Gen' });
  });
});

describe('words that are no person’s name', () => {
  it('a word with a digit names a programme or a body, not a person', () => {
    expect(parseSpeakerPhrase('EB-5')).toMatchObject({ type: 'name', kind: 'organisation' });
    expect(parseSpeakerPhrase('G20')).toMatchObject({ type: 'name', kind: 'organisation' });
  });

  it('a word with a capital inside after a syllable is a brand ("NewsDesk"), not a surname ("McCain", "MacArthur")', () => {
    expect(parseSpeakerPhrase('NewsDesk')).toMatchObject({ type: 'name', kind: 'organisation' });
    expect(parseSpeakerPhrase('FactWire')).toMatchObject({ type: 'name', kind: 'organisation' });
    for (const surname of ['McCain', 'DeSantis', 'MacArthur', 'VanderSloot']) expect(parseSpeakerPhrase(surname)).toMatchObject({ type: 'name', kind: 'person' });
  });
});

describe('roles shown are roles', () => {
  it('shows no clause or stray words as a role, and a real one when the text gives it', async () => {
    const { isShownRole } = await import('../src/quotes/merge-speakers.ts');
    for (const r of ['the two sides discussed', 'the delegates told anyone listening', 'eighteen months', 'his surname', 'North Korea’s', 'Bloomberg interview', 'famous story']) {
      expect(isShownRole(r, 'person')).toBe(false);
    }
    for (const r of ['Kremlin spokesman', 'Rep.', 'a nursing home owner', 'a Democratic pollster', 'Alderman', 'the leader’s sister', 'Secretary-General']) {
      expect(isShownRole(r, 'person')).toBe(true);
    }
    expect(isShownRole('Lena Ford said', 'organisation')).toBe(false);
    expect(isShownRole('eighteen months', 'organisation')).toBe(false);
    expect(isShownRole('the main opposition', 'organisation')).toBe(true);
  });

  it('a speaker whose first role read is no role is shown with the next one', () => {
    const text = [
      'After eighteen months, Marta Ilves, the two sides discussed, would sign. "We are close," Ilves said.',
      'Estonian Foreign Minister Marta Ilves spoke later. "The text is ready," Ilves said.',
    ];
    const ilves = directory(text).find((s) => s.name === 'Marta Ilves');
    expect(ilves?.role ?? null).not.toBe('the two sides discussed');
  });

  it('lists no possessive among a person’s other names', () => {
    const text = ['Senator Ray Dunmore opened the hearing.', 'Perhaps Mr. Dunmore\'s most surprising claim was that the minister had worked in what he called "hostile territory."'];
    for (const s of directory(text)) for (const a of s.aliases) expect(a).not.toMatch(/['’]s$/u);
  });
});

describe('one person is one speaker where the text ties the names', () => {
  it('"Mr. Hale" after "Thomas R. Hale Jr." is that person, not a second speaker "Hale"', () => {
    const text = ['Speaking to students in Dover this week, Vice President Thomas R. Hale Jr. responded to the remark.', '"Say that to the caretaker of this hall," Mr. Hale said.'];
    expect(speakerOf(text, 'caretaker')).toBe('Thomas R. Hale Jr');
    expect(directory(text).map((s) => s.name)).toEqual(['Thomas R. Hale Jr']);
  });

  it('"Mr. de Marco" and "De Marco" after "Bill de Marco" are Bill de Marco', () => {
    const lower = ['Mayor Bill de Marco visited the site.', '"It was an intentional act," Mr. de Marco said.'];
    expect(directory(lower).map((s) => s.name)).toEqual(['Bill de Marco']);
    const opening = ['Mayor Bill de Marco visited the site.', 'De Marco said the blast was "an intentional act."'];
    expect(speakerOf(opening, 'intentional act')).toBe('Bill de Marco');
    // Also where the particle name comes first (a headline) and the full name only after it.
    const headline = ['De Marco says the blast was "an intentional act"', 'The blast was felt across the district, Mayor Bill de Marco said on Sunday.'];
    expect(directory(headline).map((s) => s.name)).toEqual(['Bill de Marco']);
  });

  it('a capitalised particle the text never writes inside a surname is a given name ("Van Jones" is not a Jones named before)', () => {
    const text = ['Jane Jones chaired the panel.', 'Van Jones said it was "a good day for the city."'];
    expect(speakerOf(text, 'good day')).toBe('Van Jones');
  });

  it('keeps two people of one surname apart when one of them is a "Jr."', () => {
    const text = [
      'Thomas R. Hale Jr., the vice president, met Anna Hale, a senator, on Monday.',
      '"We have the votes," Anna Hale said. "The bill will pass," Mr. Hale said later.',
    ];
    expect(speakerOf(text, 'have the votes')).toBe('Anna Hale');
    expect(speakerOf(text, 'bill will pass')).not.toBe('Anna Hale');
  });
});

describe('a group is not a person', () => {
  it('"Demonstrators said" is a group, not a person called Demonstrators', () => {
    const text = ['Crowds gathered outside city hall on Sunday.', 'Demonstrators said they want "justice for the family," but pledged to stay calm.'];
    const s = directory(text).find((x) => x.name === 'Demonstrators');
    expect(s?.kind).not.toBe('person');
  });

  it('a plural-looking surname the text gives in full stays the person ("Woods" after "Tiger Woods")', () => {
    const text = ['Tiger Woods won the tournament on Sunday.', 'Woods said it was "the best week of my life."'];
    expect(speakerOf(text, 'best week')).toBe('Tiger Woods');
  });
});

describe('words that name no one', () => {
  it('"Someone said" and "Others said" give no speaker', () => {
    expect(parseSpeakerPhrase('Someone')).toBeNull();
    expect(parseSpeakerPhrase('Others')).toBeNull();
  });

  it('a title alone ("Speaker said") is its holder described, unless the text names someone by the word', () => {
    const alone = ['The vote was close. Speaker said the House would "stay in session until it is done."'];
    const speaker = directory(alone).find((s) => /Speaker/u.test(s.name));
    expect(speaker?.kind).toBe('unnamed');
    expect(speaker?.name).toBe('the Speaker');
    const named = ['John Major spoke on Monday.', 'Major said it was "a fine day for Britain."'];
    expect(speakerOf(named, 'fine day')).toBe('John Major');
  });
});
