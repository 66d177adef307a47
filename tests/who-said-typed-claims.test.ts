import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readClaim } from '../src/quotes/claim.ts';
import { compareClaim } from '../src/quotes/misquote.ts';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests: claims typed as people type them in a chat.
const article = doc('canal-reopening', '2024-09-03', [
  'The canal reopened on Tuesday after two years of repairs.',
  '"I underestimated how long the locks would take," chief engineer Ruth Aldana said at the ceremony.',
  '"We will not raise the tolls this year," said Piet Maas, the canal authority chairman.',
  'Aldana added: "My team worked through three winters."',
  '"He told me the barges would be back by spring," a skipper, Joel Brand, said of Maas.',
  '"It has become a canal for tourists," a retired lock keeper said.',
  '"It should pay for itself," the harbour master replied.',
  'Maas said the repairs had "come in under budget" for once.',
]);
const ask = whoSaidOver(article);

describe('who-said: chat words around a claim', () => {
  it('"lol", "omg", laughter and emoji are not words of the claim', () => {
    for (const typed of [
      'Piet Maas said we will not raise the tolls this year lol',
      'omg did maas say "we will not raise the tolls this year"?? lmao',
      'maas said we will not raise the tolls this year 😂',
    ]) {
      const a = ask(typed);
      expect(a.claim, typed).toBe('we will not raise the tolls this year');
      expect(a.matches[0], typed).toMatchObject({ speaker: 'Piet Maas', verdict: 'same', speakerMatches: true });
    }
  });

  it('a misquote stays different with chat words around it', () => {
    const a = ask('maas said we will raise the tolls this year lol');
    expect(a.matches[0]).toMatchObject({ speaker: 'Piet Maas', verdict: 'different' });
    expect(a.matches[0]!.differences).toEqual([expect.objectContaining({ kind: 'negation', quote: 'not' })]);
  });

  it('words that only start like chat words stay ("lolita", "hahn", "free")', () => {
    expect(readClaim('Putin said lolita is free')[0]!.words).toBe('lolita is free');
    expect(readClaim('did hahn say omgs')[0]!.words).toBe('omgs');
  });

  it('property: chat words after any claim leave its readings unchanged', () => {
    const chat = fc.constantFrom(' lol', ' LOL', ' lmao', ' haha', ' 😂', '?? lol', ' xD', ' smh');
    const word = fc.stringMatching(/^[a-z]{3,8}$/u).filter((w) => !/^(?:lol+|lmf?ao+|rofl|(?:ha){2,}h?|(?:he){2,}|xd+|smh|omg|wtf|tbh|imo|imho|ngl|fr|idk)$/u.test(w));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), chat, (words, tail) => {
        const claim = `kim said ${words.join(' ')}`;
        expect(readClaim(claim + tail)).toEqual(readClaim(claim));
      }),
    );
  });
});

describe('who-said: reported speech ("she said she ...")', () => {
  it('"she" for the speaker\'s "I" and "her" ... "his" for "my" are close wording, with the right speaker', () => {
    const a = ask('ruth aldana said she underestimated how long the locks would take');
    expect(a.matches[0]).toMatchObject({ speaker: 'Ruth Aldana', verdict: 'close', speakerMatches: true });
    expect(compareClaim('he underestimated how long the locks would take', 'I underestimated how long the locks would take', true).verdict).toBe('close');
    expect(compareClaim('his team worked through three winters', 'My team worked through three winters.', true).verdict).toBe('close');
  });

  it('a misquote in reported speech is still different, with its words', () => {
    const a = ask('aldana said she underestimated how short the locks would take');
    expect(a.matches[0]).toMatchObject({ speaker: 'Ruth Aldana', verdict: 'different' });
    const c = compareClaim('his team worked through four winters', 'My team worked through three winters.', true);
    expect(c.verdict).toBe('different');
    expect(c.differences).toEqual([expect.objectContaining({ kind: 'number', quote: 'three', claim: 'four' })]);
  });

  it('a "he" of the quote itself is still matched by the claim\'s "he": only the words really changed differ', () => {
    const c = compareClaim('kim is buying technology he cannot build', 'Kim is shopping for technology he cannot build', true);
    expect(c.verdict).toBe('different');
    expect(c.differences.map((d) => d.quote)).toEqual(['shopping for']);
  });

  it('only a claim typed as speech reads "he" as "I": bare words keep their person', () => {
    expect(compareClaim('he underestimated how long the locks would take', 'I underestimated how long the locks would take').verdict).toBe('different');
    // The quote's own "He" is another person than its speaker: a claim saying "I" for it is not close.
    expect(compareClaim('I told me the barges would be back by spring', 'He told me the barges would be back by spring', true).verdict).toBe('different');
  });
});

describe('who-said: the speaker typed as a description, with other speech verbs', () => {
  it('"the lock keeper" is the speaker the text calls "a retired lock keeper"; another description is not', () => {
    const a = ask('the lock keeper said it has become a canal for tourists');
    expect(a.matches[0]).toMatchObject({ speaker: 'a retired lock keeper', verdict: 'same', speakerMatches: true });
    const b = ask('did the skipper say it has become a canal for tourists?');
    expect(b.matches[0]).toMatchObject({ speaker: 'a retired lock keeper', speakerMatches: false });
  });

  it('"replied", "noted", "argued" ... frame a claim as "said" does', () => {
    for (const typed of ['the harbour master replied it should pay for itself', 'did the harbour master argue "it should pay for itself"?', '"It should pay for itself," the harbour master noted']) {
      const a = ask(typed);
      expect(a.claim.toLowerCase(), typed).toBe('it should pay for itself');
      expect(a.claimedSpeaker, typed).toBe('the harbour master');
      expect(a.matches[0], typed).toMatchObject({ verdict: 'same', speakerMatches: true });
    }
  });
});

describe('who-said: "\'s" is "is" or "has"', () => {
  it('"it\'s become" is close to "It has become"; a negation added is still different', () => {
    expect(ask('the lock keeper said it\'s become a canal for tourists').matches[0]).toMatchObject({ verdict: 'close', speakerMatches: true });
    expect(compareClaim("it's become a canal", 'It has become a canal').verdict).toBe('close');
    expect(compareClaim("it's not become a canal", 'It has become a canal').verdict).toBe('different');
    expect(compareClaim("it's become a lake", 'It has become a canal').verdict).toBe('different');
  });
});

describe('who-said: a claim partly in the reporter\'s words', () => {
  it('is shown as the sentence holding it, not as a quote saying something different', () => {
    const a = ask('maas said the repairs had come in under budget');
    expect(a.matches.filter((m) => m.verdict === 'different')).toEqual([]);
    expect(a.acrossQuotes).toEqual([expect.objectContaining({ narrated: true, quoted: [expect.objectContaining({ quote: 'come in under budget', speaker: 'Piet Maas' })] })]);
  });

  it('a misquote of the quoted part is still different, with its words', () => {
    const a = ask('maas said the repairs had not come in under budget');
    expect(a.acrossQuotes ?? []).toEqual([]);
    expect(a.matches[0]).toMatchObject({ speaker: 'Piet Maas', verdict: 'different' });
    expect(a.matches[0]!.differences).toContainEqual(expect.objectContaining({ kind: 'negation' }));
  });
});

describe('who-said: frames as people type them', () => {
  it('lead-in words, a label, lower-case colon credits, adverbs and negative questions around the frame', () => {
    for (const typed of [
      'so did maas actually say "we will not raise the tolls this year"?',
      'wait, maas literally said we will not raise the tolls this year',
      "maas: 'we will not raise the tolls this year'",
      'didnt maas say we will not raise the tolls this year',
      'fact check: maas said we will not raise the tolls this year',
      'piet maas himself said we will not raise the tolls this year',
    ]) {
      const a = ask(typed);
      expect(a.claim, typed).toBe('we will not raise the tolls this year');
      expect(a.claimedSpeaker?.toLowerCase(), typed).toMatch(/maas$/u);
      expect(a.matches[0], typed).toMatchObject({ speaker: 'Piet Maas', verdict: 'same', speakerMatches: true });
    }
  });

  it('"X never said ..." looks for the words and shows who said them', () => {
    const a = ask("aldana never said the tolls would not be raised this year");
    expect(a.claimedSpeaker).toBe('aldana');
    expect(a.matches.every((m) => m.speaker !== 'Ruth Aldana' || m.verdict === 'different')).toBe(true);
    const b = ask("brand didn't say we will not raise the tolls this year");
    expect(b.matches[0]).toMatchObject({ speaker: 'Piet Maas', verdict: 'same', speakerMatches: false });
  });

  it('a label before a colon is not a speaker', () => {
    for (const typed of ['Quote: "We will not raise the tolls this year"', "claim: 'we will not raise the tolls this year'"]) {
      const a = ask(typed);
      expect(a.claimedSpeaker, typed).toBeNull();
      expect(a.matches[0], typed).toMatchObject({ speaker: 'Piet Maas', verdict: 'same', speakerMatches: null });
    }
  });
});

describe('who-said: "X told Y ..."', () => {
  it('the one told is not part of the claim, with or without a colon, "that" or quotation marks', () => {
    for (const typed of [
      'maas told brand: "we will not raise the tolls this year"',
      "did maas tell the skippers 'we will not raise the tolls this year'",
      'maas told joel brand that we will not raise the tolls this year',
      'did maas tell brand we will not raise the tolls this year',
    ]) {
      const a = ask(typed);
      expect(a.claim, typed).toBe('we will not raise the tolls this year');
      expect(a.matches[0], typed).toMatchObject({ speaker: 'Piet Maas', verdict: 'same', speakerMatches: true });
    }
  });

  it('a misquote told to someone is still different', () => {
    const a = ask('maas told brand we will raise the tolls this year');
    expect(a.matches[0]).toMatchObject({ speaker: 'Piet Maas', verdict: 'different' });
  });
});
