import { describe, expect, it } from 'vitest';
import { nameKey, samePerson, wholeWords, type PolnearArticle } from '../eval/polnear.ts';
import { bareName, decodeMojibake, isJunkName, sameFirstName } from '../eval/same-person.ts';

// An invented article: only its full names, their places and (for the headline) its paragraph starts matter.
const article = (names: [number, string][], paragraphStarts: number[] = []): PolnearArticle => ({
  id: 't',
  text: '',
  paragraphs: paragraphStarts.map((start) => ({ start, text: '' })),
  gold: [],
  fullNames: names.map(([at, n]) => ({ at, words: nameKey(n) })),
});

describe('a bare surname is the person of that surname the article names first', () => {
  it('is the principal person, not a namesake named in full later, nearer the quote', () => {
    const a = article([[0, 'Marta Quill'], [40, 'Marta Quill'], [300, 'Tobias Quill'], [350, 'Tobias Quill']]);
    expect(samePerson(a, 'Marta Quill', 'Quill', 500)).toBe(true);
    expect(samePerson(a, 'Tobias Quill', 'Quill', 500)).toBe(false);
    // A title's gender still chooses among them.
    expect(samePerson(a, 'Tobias Quill', 'Mr. Quill', 500)).toBe(true);
    expect(samePerson(a, 'Marta Quill', 'Mr. Quill', 500)).toBe(false);
  });

  it('passes over a one-off run of the tagger for a full name the article repeats', () => {
    const a = article([[10, 'Pmx Quill'], [50, 'Marta Quill'], [90, 'Marta Quill']]);
    expect(samePerson(a, 'Marta Quill', 'Quill', 200)).toBe(true);
  });

  it('reads a full name of the headline only when the body gives it too', () => {
    // Headline "Will Quill Back Down?", body naming Marta Quill.
    const a = article([[5, 'Will Quill'], [40, 'Marta Quill']], [0, 30]);
    expect(samePerson(a, 'Marta Quill', 'Quill', 100)).toBe(true);
    expect(samePerson(a, 'Will Quill', 'Quill', 100)).toBe(false);
  });
});

describe('mojibake is read back before names are compared', () => {
  it('decodes UTF-8 read as Latin-1, composed or decomposed, and leaves clean text alone', () => {
    expect(decodeMojibake('Ren\u00c3\u00a9 Vasquez')).toBe('René Vasquez');
    expect(decodeMojibake('RenA\u0303\u00a9 Vasquez')).toBe('René Vasquez');
    expect(decodeMojibake('Zoë Vasquez')).toBe('Zoë Vasquez');
    const a = article([[0, 'René Vasquez']]);
    expect(samePerson(a, 'Rene Vasquez', 'President Ren\u00c3\u00a9 Vasquez', 100)).toBe(true);
    expect(samePerson(a, 'Ramon Vasquez', 'President Ren\u00c3\u00a9 Vasquez', 100)).toBe(false);
  });
});

describe('a determiner and adjective before a name, a reflexive after it, are no part of it', () => {
  it('reads "an angry Dumont" and "Dumont himself" as Dumont, and keeps a description whole', () => {
    expect(bareName('an angry Dumont')).toBe('Dumont');
    expect(bareName('A weary Dumont')).toBe('Dumont');
    expect(bareName('Dumont himself')).toBe('Dumont');
    expect(bareName('the senior Dumont adviser')).toBe('the senior Dumont adviser');
    const a = article([[0, 'Paul Dumont']]);
    expect(samePerson(a, 'Paul Dumont', 'A weary Dumont', 100)).toBe(true);
    expect(samePerson(a, 'Paul Dumont', 'Dumont himself', 100)).toBe(true);
    expect(samePerson(a, 'Paul Dumont', 'Supporters of Dumont', 100)).toBe(false);
    expect(samePerson(a, 'Paul Dumont', "Dumont's campaign", 100)).toBe(false);
  });
});

describe('a title of rank at the head of a name is no part of it', () => {
  it('reads "Professor Halvorsen", "Justice Halvorsen", "Admiral Halvorsen" as Halvorsen', () => {
    const a = article([[0, 'Ingrid Halvorsen']]);
    for (const t of ['Professor', 'Justice', 'Admiral', 'Chief']) expect(samePerson(a, 'Ingrid Halvorsen', `${t} Halvorsen`, 100)).toBe(true);
    expect(samePerson(a, 'Ingrid Halvorsen Jr', 'Admiral Halvorsen', 100)).toBe(true);
    // Only at the head: a surname that is also a title stays.
    expect(nameKey('Orla Judge')).toEqual(['orla', 'judge']);
  });
});

describe('a well-known nickname is the formal first name', () => {
  it('counts "Chuck" for "Charles" and a doubled letter as one name, not another first name', () => {
    const a = article([[0, 'Charles Bellweather']]);
    expect(samePerson(a, 'Chuck Bellweather', 'Charles Bellweather', 100)).toBe(true);
    expect(samePerson(a, 'Chet Bellweather', 'Charles Bellweather', 100)).toBe(false);
    expect(sameFirstName('philip', 'phillip')).toBe(true);
    expect(sameFirstName('dan', 'don')).toBe(false);
    expect(sameFirstName('sandy', 'sandra')).toBe(true);
  });
});

describe('a one-word gold that is no surname of the article', () => {
  it('is the one person the article names with that first name', () => {
    expect(samePerson(article([[0, 'Wendell Okafor']]), 'Wendell Okafor', 'Wendell', 100)).toBe(true);
    // Two people of that first name: no one.
    expect(samePerson(article([[0, 'Wendell Okafor'], [50, 'Wendell Pryce']]), 'Wendell Okafor', 'Wendell', 100)).toBe(false);
  });

  it('is the one person whose name opens with it when the surname is written first', () => {
    expect(samePerson(article([[0, 'Tan Weiming']]), 'Tan Weiming', 'Mr. Tan', 100)).toBe(true);
    // "Tan" is someone's surname in the article: the rule does not apply.
    expect(samePerson(article([[0, 'Tan Weiming'], [50, 'Lisa Tan']]), 'Tan Weiming', 'Mr. Tan', 100)).toBe(false);
  });
});

describe('a piece of a sentence is no speaker', () => {
  it('counts "for Blick" wrong for Blick', () => {
    expect(isJunkName('for Blick')).toBe(true);
    expect(isJunkName('Nora Blick')).toBe(false);
    const a = article([[0, 'Nora Blick']]);
    expect(samePerson(a, 'for Blick', 'Blick', 100)).toBe(false);
    expect(samePerson(a, 'Nora Blick', 'Blick', 100)).toBe(true);
    // Even where the article never names a Blick in full, and the surname is all there is to compare.
    expect(samePerson(article([]), 'for Blick', 'Blick', 100)).toBe(false);
    expect(samePerson(article([]), 'Blick', 'Mr. Blick', 100)).toBe(true);
  });
});

describe('a source span cut inside a word or after an initial', () => {
  it('is widened to whole words and through the surname after an initial', () => {
    const t = 'Yesterday Jebediah Moss said so.';
    const [s, e] = wholeWords(t, [11, 23]);
    expect(t.slice(s, e)).toBe('Jebediah Moss');
    const u = 'He met Alma R. Fenwick today.';
    const [s2, e2] = wholeWords(u, [7, 13]);
    expect(u.slice(s2, e2)).toBe('Alma R. Fenwick');
    const [s3, e3] = wholeWords(u, [7, 11]);
    expect(u.slice(s3, e3)).toBe('Alma');
  });
});

describe('a party tag cut before its parenthesis closes', () => {
  it('is no part of the name', () => {
    expect(nameKey('Sen. Jo Marsh (D-Vt.')).toEqual(['jo', 'marsh']);
    expect(samePerson(article([[0, 'Jo Marsh']]), 'Jo Marsh', 'Sen. Jo Marsh (D-Vt.', 100)).toBe(true);
    expect(samePerson(article([[0, 'Jo Marsh']]), 'Al Marsh', 'Sen. Jo Marsh (D-Vt.', 100)).toBe(false);
  });
});

// Names written for these tests: a gold name the coreference span runs on past.
describe('headName ends a name before the lowercase words a span runs on into', () => {
  it('cuts "at the ...", "(party) on <day>", "in a ... interview" and "also <verb>" after a name', async () => {
    const { headName } = await import('../eval/polnear.ts');
    expect(headName('Dan Roe at the Lind Review')).toBe('Dan Roe');
    expect(headName('Sen. Jo Marsh (D-Vt.) on Wednesday')).toBe('Sen. Jo Marsh (D-Vt.)');
    expect(headName('Harbour City Mayor Omar Kask in a telephone interview')).toBe('Harbour City Mayor Omar Kask');
    expect(headName('Ann Vos also spoke out sharply against the plan')).toBe('Ann Vos');
  });
  it('leaves a description its words', async () => {
    const { headName } = await import('../eval/polnear.ts');
    expect(headName('the spokesman in Tartu')).toBe('the spokesman in Tartu');
    expect(headName('Ivo Tamm')).toBe('Ivo Tamm');
    expect(headName('Officials at the Lind Harbour Agency')).toBe('Officials at the Lind Harbour Agency');
    expect(headName('The Council on Harbour Relations Director Ann Vos')).toBe('The Council on Harbour Relations Director Ann Vos');
  });
  it('takes the name a description gives, a role set off after it', async () => {
    const { headName } = await import('../eval/polnear.ts');
    expect(headName('the harbour spokesman, Ivo Tamm,')).toBe('Ivo Tamm');
    expect(headName('One early supporter, Representative Jo Marsh, Republican of Vermont,')).toBe('Representative Jo Marsh');
    expect(headName('the harbour spokesman, Ivo Tamm, and Ann Vos')).not.toBe('Ivo Tamm');
  });
  it('with a nickname in quotation marks inside the name and a party tag in brackets after it', async () => {
    const { headName } = await import('../eval/polnear.ts');
    expect(headName('Tamm\'s niece, state Del. Anja "Nan" Vos (D-Harbor Point),')).toBe('state Del. Anja "Nan" Vos');
  });
});

// Sources written for these tests: what the judge reads as the name a source gives, and when it reads a source
// the tagger files as a name as a description.
describe('headName reads no lowercase words as a name, nor title words before "of" as one', () => {
  it('takes no lowercase clause set off after a description as its name', async () => {
    const { headName } = await import('../eval/polnear.ts');
    expect(headName('The veteran organiser and party activist, who backs Roe')).toBe('The veteran organiser and party activist');
    expect(headName('The prize-winning Norland poet Ada Velk, one of the signers,')).toBe('The prize-winning Norland poet Ada Velk');
    // (One lowercase word of trade before the name set off is still the name's.)
    expect(headName("Marsh's introducer, actress Ada Jo Velk")).toBe('actress Ada Jo Velk');
  });
  it('keeps the name after a title of office with "of"', async () => {
    const { headName } = await import('../eval/polnear.ts');
    expect(headName('Former Secretary of State Jo Marsh')).toBe('Former Secretary of State Jo Marsh');
    expect(headName('Sen. Jo Marsh of Vermont')).toBe('Sen. Jo Marsh');
  });
  it("reads \"in NAME's words\" as NAME", async () => {
    const { headName } = await import('../eval/polnear.ts');
    expect(headName("in Jo Marsh's words")).toBe('Jo Marsh');
    expect(headName('Tidewaters’ words')).toBe('Tidewaters');
  });
});

describe('describedName', () => {
  it('is a determiner and a lowercase head, with no name given after it', async () => {
    const { describedName } = await import('../eval/polnear.ts');
    expect(describedName('The Vermont senator')).toBe(true);
    expect(describedName('the senior Roe adviser')).toBe(true);
    expect(describedName('the campaign of the former mayor from Norland')).toBe(true);
    expect(describedName('the harbour spokesman, Ivo Tamm,')).toBe(false);
    expect(describedName('The Norland Harbour Board')).toBe(false);
    expect(describedName('Jo Marsh')).toBe(false);
  });
});
