import { describe, expect, it } from 'vitest';
import { bodyNamedInSource, judgeable, judgeableName, judgeJudgeable, judgeTitled } from '../eval/judgeable.ts';
import type { GoldQuote, PolnearArticle } from '../eval/polnear.ts';

const gold = (source: string, resolved: string | null, sourceKind: GoldQuote['sourceKind'] = 'other'): GoldQuote => ({
  open: 100,
  close: 120,
  source,
  sourceStart: 10,
  sourceKind,
  resolved,
});

describe('which pronoun and description golds can judge an answer', () => {
  it('leaves out a source that is only a reporting verb, resolved or not', () => {
    expect(judgeable(gold('said', 'John Smith'))).toBe(false);
    expect(judgeable(gold('said in a statement', null))).toBe(false);
  });

  it('leaves out a pronoun the gold resolves to no one, keeps one it resolves', () => {
    expect(judgeable(gold('she', null))).toBe(false);
    expect(judgeable(gold('who', null))).toBe(false);
    expect(judgeable(gold('he', 'John Smith'))).toBe(true);
    expect(judgeableName(gold('he', 'John Smith'))).toBe('John Smith');
  });

  it('keeps a description with no name, judged by its head word (no name to compare)', () => {
    expect(judgeable(gold('the statement', null))).toBe(true);
    expect(judgeableName(gold('the statement', null))).toBeNull();
    expect(judgeableName(gold('Another', null))).toBeNull();
  });

  it('judges a capitalised source the tagger missed as the name it is', () => {
    expect(judgeable(gold('Devine', null))).toBe(true);
    expect(judgeableName(gold('Devine', null))).toBe('Devine');
  });

  it('counts no name source in the row', () => {
    expect(judgeable(gold('Jane Doe', 'Jane Doe', 'name'))).toBe(false);
  });
});

describe('a he/she the gold resolves to a name of the other gender', () => {
  it('is left out of the judgeable row, by title or first name', () => {
    expect(judgeable(gold('she', 'donald trump'))).toBe(false);
    expect(judgeable(gold('he', 'Mrs. Clinton'))).toBe(false);
    expect(judgeable(gold('she', 'Hillary Clinton'))).toBe(true);
    expect(judgeable(gold('he', 'Mr. Trump'))).toBe(true);
    expect(judgeable(gold('he', 'Trump'))).toBe(true);
  });

  it('is left out when a bare surname is one the article gives in full with a first name of the other gender', () => {
    const article = (fullNames: string[][]): PolnearArticle => ({ id: 'a', text: '', paragraphs: [], gold: [], fullNames: fullNames.map((words, i) => ({ at: i, words })) });
    // The judge reads "Vance" as the article's Mary Vance, whom "he" cannot mean.
    expect(judgeable(gold('he', 'Vance'), article([['mary', 'vance'], ['mary', 'vance']]))).toBe(false);
    expect(judgeable(gold('she', 'Vance'), article([['mary', 'vance'], ['mary', 'vance']]))).toBe(true);
    expect(judgeable(gold('he', 'Vance'), article([['john', 'vance'], ['john', 'vance']]))).toBe(true);
    // Without the article, or with no full name for the surname, nothing is known.
    expect(judgeable(gold('he', 'Vance'))).toBe(true);
    expect(judgeable(gold('he', 'Vance'), article([]))).toBe(true);
  });
});

describe('a pronoun the coreference chain leaves open', () => {
  it('is left out even when the full row credits it to the last source named before it', () => {
    expect(judgeable({ ...gold('he', 'John Smith'), resolvedBy: 'last source' })).toBe(false);
    expect(judgeable({ ...gold('he', 'John Smith'), resolvedBy: 'chain' })).toBe(true);
  });
});

describe('judging a judgeable gold', () => {
  const article = (fullNames: string[][]): PolnearArticle => ({ id: 'a', text: '', paragraphs: [], gold: [], fullNames: fullNames.map((words, i) => ({ at: i, words })) });

  it('reads a description\'s head noun before its post-modifier', () => {
    const a = article([]);
    expect(judgeJudgeable(a, gold('a source close to the campaign', null), { name: 'a source', kind: 'unnamed' })).toBe('correct');
    expect(judgeJudgeable(a, gold('one Republican involved in the planning', null), { name: 'one Republican', kind: 'unnamed' })).toBe('correct');
    expect(judgeJudgeable(a, gold('the report', null), { name: 'the witness', kind: 'unnamed' })).toBe('wrong');
    expect(judgeJudgeable(a, gold('the president', null), { name: 'Barack Obama', kind: 'person' })).toBe('wrong');
  });

  it("reads a possessor source's head without its \"'s\"", () => {
    const a = article([]);
    expect(judgeJudgeable(a, gold('The campaign’s', null), { name: 'the campaign', kind: 'organisation' })).toBe('correct');
    // (Its "'s" alone matches nothing: a body of another head stays wrong.)
    expect(judgeJudgeable(a, gold('The campaign’s', null), { name: 'the party’s statement', kind: 'unnamed' })).toBe('wrong');
  });

  it('takes a one-word name that opens a name written surname first', () => {
    expect(judgeJudgeable(article([]), gold('Ban', null), { name: 'Ban Ki-moon', kind: 'person' })).toBe('correct');
    expect(judgeJudgeable(article([]), gold('de Blasio', null), { name: 'Bill de Blasio', kind: 'person' })).toBe('correct');
    // A surname the article gives in full for someone else stays wrong.
    expect(judgeJudgeable(article([['ann', 'ban']]), gold('Ban', null), { name: 'Ban Ki-moon', kind: 'person' })).toBe('wrong');
  });
});

describe('the row that reads titles: a description with no name in the gold', () => {
  const text = (before: string): PolnearArticle => ({ id: 'a', text: before.padEnd(100, ' ') + '"Quote here."', paragraphs: [], gold: [], fullNames: [] });
  const g = (source: string): GoldQuote => ({ open: 100, close: 112, source, sourceStart: 114, sourceKind: 'other', resolved: null });

  it('counts a person right when the article titled them so before the quote, by title or appositive', () => {
    expect(judgeTitled(text('President Barack Obama spoke on Monday.'), g('the president'), { name: 'Barack Obama', kind: 'person' })).toBe('correct');
    expect(judgeTitled(text('Jane Roe, the county judge, ruled.'), g('the judge'), { name: 'Jane Roe', kind: 'person' })).toBe('correct');
    expect(judgeJudgeable(text('President Barack Obama spoke on Monday.'), g('the president'), { name: 'Barack Obama', kind: 'person' })).toBe('wrong');
  });

  it('needs every word of the description, and no lowercase words read as a name', () => {
    expect(judgeTitled(text('Vice President Ed Brannock spoke.'), g('the former president'), { name: 'Ed Brannock', kind: 'person' })).toBe('wrong');
    expect(judgeTitled(text('These rich patrons were cross after Vail spoke.'), g('These rich patrons'), { name: 'Gordon Vail', kind: 'person' })).toBe('wrong');
    expect(judgeTitled(text('President Gordon Vail spoke.'), g('the president'), { name: 'Jane Roe', kind: 'person' })).toBe('wrong');
  });
});

describe('answers that are plainly the gold speaker under another form', () => {
  const article = (fullNames: [number, string[]][]): PolnearArticle => ({ id: 'a', text: '', paragraphs: [], gold: [], fullNames: fullNames.map(([at, words]) => ({ at, words })) });

  it('counts an unnamed answer in the source\'s own description right, whatever name the chain joined it to', () => {
    const a = article([]);
    expect(judgeJudgeable(a, gold('the governor', 'Corwin'), { name: 'the governor', kind: 'unnamed' })).toBe('correct');
    expect(judgeJudgeable(a, gold('His wife', 'Tobias Marle'), { name: 'His wife', kind: 'unnamed' })).toBe('correct');
    expect(judgeJudgeable(a, gold('Her campaign', 'Ostrander'), { name: 'Her campaign', kind: 'organisation' })).toBe('correct');
    // Another head noun, a pronoun source, or a person answer stay as they were.
    expect(judgeJudgeable(a, gold('the governor', 'Corwin'), { name: 'the aide', kind: 'unnamed' })).toBe('wrong');
    expect(judgeJudgeable(a, gold('she', 'Ostrander'), { name: 'she', kind: 'unnamed' })).toBe('wrong');
  });

  it('reads the chain\'s name without the lowercase words its mention took in before it', () => {
    const a = article([[0, ['harold', 'venn']]]);
    expect(judgeableName(gold('he', 'that Venn'))).toBe('Venn');
    expect(judgeableName(gold('he', 'bare Mrs. Venn'))).toBe('Mrs. Venn');
    expect(judgeableName(gold('he', 'de Morlaix'))).toBe('de Morlaix');
    expect(judgeJudgeable(a, gold('he', 'that Venn'), { name: 'Harold Venn', kind: 'person' })).toBe('correct');
  });

  it('takes a bare surname two people hold in full as the one named in full last before the quote', () => {
    // gold() puts the quote at offset 100.
    const a = article([[5, ['gary', 'pollard']], [60, ['jeh', 'pollard']]]);
    expect(judgeJudgeable(a, gold('he', 'Pollard'), { name: 'Jeh Pollard', kind: 'person' })).toBe('correct');
    expect(judgeJudgeable(a, gold('he', 'Pollard'), { name: 'Gary Pollard', kind: 'person' })).toBe('correct');
    const b = article([[60, ['gary', 'pollard']], [150, ['jeh', 'pollard']]]);
    expect(judgeJudgeable(b, gold('he', 'Pollard'), { name: 'Jeh Pollard', kind: 'person' })).toBe('wrong');
  });

  it('reads a title before a name with a particle in the titles row', () => {
    const text = (before: string): PolnearArticle => ({ id: 'a', text: before.padEnd(100, ' ') + '"Quote here."', paragraphs: [], gold: [], fullNames: [] });
    const g: GoldQuote = { open: 100, close: 112, source: 'the mayor', sourceStart: 114, sourceKind: 'other', resolved: null };
    expect(judgeTitled(text('Mayor Anna van Drummel spoke on Monday.'), g, { name: 'Anna van Drummel', kind: 'person' })).toBe('correct');
  });
});

// Invented sources: a paper the source describes by its own name ("the populist Harbour Times tabloid").
describe('a body named inside the source that describes it', () => {
  const a: PolnearArticle = { id: 'a', text: '', paragraphs: [], gold: [], fullNames: [] };
  it('counts the body by its name of two words or more right', () => {
    expect(bodyNamedInSource({ name: 'the Harbour Times', kind: 'organisation' }, 'the populist Harbour Times tabloid')).toBe(true);
    expect(judgeJudgeable(a, gold('the Fjord Daily newspaper', 'Fjord Daily'), { name: 'the Fjord Daily', kind: 'organisation' })).toBe('correct');
  });
  it('not a person, nor a one-word name, nor a name the source does not hold', () => {
    expect(bodyNamedInSource({ name: 'Harbour Times', kind: 'person' }, 'the populist Harbour Times tabloid')).toBe(false);
    expect(bodyNamedInSource({ name: 'Lind', kind: 'organisation' }, 'the Lind campaign')).toBe(false);
    expect(bodyNamedInSource({ name: 'the Fjord Post', kind: 'organisation' }, 'the populist Harbour Times tabloid')).toBe(false);
  });
});
