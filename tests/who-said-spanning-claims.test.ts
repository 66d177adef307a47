import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { QuoteBook } from '../src/quotes/quotes.ts';
import { compareClaim, compareJoined, ofGenitive } from '../src/quotes/misquote.ts';
import { describedLead, reportedLead } from '../src/quotes/reported-lead.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// An article written for these tests: claims that run over two quotes, reciprocal pronouns, a repeated word set
// off for emphasis, fragments in lower case after "that", and credits before the clause.
const article = doc('harbour-week', '2025-05-02', [
  'The harbour at Skarvik reopened to trawlers on Monday after a month of dredging.',
  'Port director Mara Quist said only that the harbour had been "busy and orderly" all week.',
  'Fisheries spokesman Tom Ekdahl urged calm, saying the survey showed that the cod stock "is recovering faster than expected."',
  'On Friday, Quist added that the crews had raised "safety concerns" that "must not be ignored by the owners."',
  'Quist told the council that the tugs would "run on time" and that the ferry would "always sail at dawn."',
  'As Lena Varga has put it in another context, the two harbours are "rivals by habit, not by need".',
  '"We are tired," Ekdahl says. "But we would sail again tomorrow if the fleet asked."',
  'Ekdahl called the ferry "the town\'s lifeline".',
  '"Nobody on this coast, nobody, should fish the spawning grounds," Varga said.',
  '"The two ports need each other more than they trust each other," Varga said.',
  '"Last spring we needed boats," the harbour pilot said. "This spring we need crews."',
  'The Nordic Pilots Federation later described the season as having opened "a new era" for the port.',
  '"We will sail," said Sara Ulla Eng, a trawler captain.',
]);
const passages = passagesOf(article);
const book = QuoteBook.build(passages, [article]);
const answer = (typed: string) => book.whoSaid(typed, 5, passages);
const top = (typed: string) => answer(typed).matches[0];

describe('misquote: the reciprocal pronoun', () => {
  it('"one another" is "each other", neither a number nor a quantity', () => {
    expect(compareClaim('they trust one another', 'They trust each other.').verdict).not.toBe('different');
    expect(compareClaim('we help each other', 'We help one another.').verdict).not.toBe('different');
  });

  it('another pronoun or a number in its place still differs', () => {
    expect(compareClaim('they trust two others', 'They trust each other.').verdict).toBe('different');
    expect(compareClaim('they trust themselves', 'They trust each other.').verdict).toBe('different');
    expect(compareClaim('they trust one other', 'They trust one another.').verdict).toBe('different');
  });

  it('swapping one form for the other is never different, whatever the words around', () => {
    const w = fc.constantFrom('the', 'ports', 'need', 'trust', 'boats', 'will', 'help', 'and', 'crews', 'rely', 'on');
    fc.assert(
      fc.property(fc.array(w, { maxLength: 8 }), fc.array(w, { maxLength: 8 }), fc.boolean(), (before, after, flip) => {
        const [a, b] = flip ? ['each other', 'one another'] : ['one another', 'each other'];
        const quote = [...before, 'trust', a, ...after].join(' ');
        const claim = [...before, 'trust', b, ...after].join(' ');
        expect(compareClaim(claim, quote).verdict).not.toBe('different');
      }),
      { numRuns: 200 },
    );
  });
});

describe('misquote: a repeated word set off as an aside', () => {
  it('left out, the claim says the same: a second "nobody" is emphasis, not a negation', () => {
    expect(compareClaim('nobody on this coast should fish there', 'Nobody on this coast, nobody, should fish there.').verdict).toBe('close');
    expect(compareClaim('never in my life would i sign it', 'Never in my life, never, would I sign it.').verdict).toBe('close');
  });

  it('a negation left out that is no repetition, or not set off, still differs', () => {
    expect(compareClaim('we will sign it', 'We will, not now, sign it.').verdict).toBe('different');
    expect(compareClaim('there is hope here', 'There is no hope here.').verdict).toBe('different');
    // Set off, but the word it repeats is in the sentence before: no emphasis of this one.
    expect(compareClaim('we said no. the deal stands', 'We said no. The deal, no, stands.').verdict).toBe('different');
  });

  it('a repeated negation set off may be left out, never another word set off in its place', () => {
    const w = fc.constantFrom('the', 'fleet', 'should', 'fish', 'coast', 'here', 'boats', 'in', 'world');
    fc.assert(
      fc.property(fc.array(w, { minLength: 1, maxLength: 4 }), fc.array(w, { minLength: 1, maxLength: 6 }), fc.constantFrom('nobody', 'never', 'nothing'), (mid, tail, neg) => {
        const claim = [neg, ...mid, ...tail].join(' ');
        expect(compareClaim(claim, `${neg} ${mid.join(' ')}, ${neg}, ${tail.join(' ')}.`).verdict).not.toBe('different');
        // "not" set off where the claim has nothing is a negation the claim drops.
        expect(compareClaim(claim, `${neg} ${mid.join(' ')}, not, ${tail.join(' ')}.`).verdict).toBe('different');
      }),
      { numRuns: 200 },
    );
  });
});

describe('misquote: a claim over two quotes one after the other', () => {
  it('the end of the first and the start of the second, joined, say what the two say', () => {
    expect(compareJoined('we are tired but we would sail again', 'We are tired,', 'But we would sail again tomorrow.').verdict).toBe('same');
    expect(compareJoined('safety concerns must not be ignored', 'safety concerns', 'must not be ignored').verdict).toBe('same');
    expect(compareJoined('safety concerns must be ignored', 'safety concerns', 'must not be ignored').verdict).toBe('different');
  });

  it('never joins the start of one with the end of the other over words left out', () => {
    expect(compareJoined('last spring we needed crews', 'Last spring we needed boats.', 'This spring we need crews.').verdict).toBe('different');
    // Nor what lies in one of them alone: that is the single quote's comparison.
    expect(compareJoined('we need crews', 'Last spring we needed boats.', 'This spring we need crews.').verdict).toBe('different');
  });

  it('a claim made of a stretch of the first and a stretch of the second skipping a word of weight is never confirmed', () => {
    const w = ['boats', 'crews', 'fleet', 'harbour', 'sail', 'ports', 'winter', 'nets', 'quay', 'tide'];
    fc.assert(
      fc.property(fc.shuffledSubarray(w, { minLength: 6, maxLength: 10 }), fc.nat(), fc.nat(), fc.nat(), (ws, s, i, j) => {
        // Two quotes of distinct words; the claim skips at least one word at the seam.
        const seam = 2 + (s % (ws.length - 3));
        const [a, b] = [ws.slice(0, seam), ws.slice(seam)];
        const keep = 1 + (i % (a.length - 1));
        const from = j % b.length;
        const claim = [...a.slice(0, keep), ...b.slice(from)];
        fc.pre(keep < a.length || from > 0);
        expect(compareJoined(claim.join(' '), `${a.join(' ')}.`, `${b.join(' ')}.`).verdict).toBe('different');
        // Without a word skipped it is theirs.
        expect(compareJoined([...a.slice(keep - 1), ...b.slice(0, 1)].join(' '), `${a.join(' ')}.`, `${b.join(' ')}.`).verdict).toBe('same');
      }),
      { numRuns: 300 },
    );
  });
});

describe('misquote: a possessive said with "of"', () => {
  it('"the whole region\'s security" is "the security of the whole region", either way round', () => {
    expect(ofGenitive("a threat to the whole coast's safety")).toBe('a threat to the safety of the whole coast');
    expect(compareClaim("a threat to the whole coast's safety", 'a threat to the safety of the whole coast').verdict).toBe('close');
    expect(compareClaim('a threat to the safety of the whole coast', "a threat to the whole coast's safety").verdict).toBe('close');
  });

  it('another owner or another thing owned still differs', () => {
    expect(compareClaim("a threat to the whole coast's safety", 'a threat to the safety of the whole town').verdict).toBe('different');
    expect(compareClaim("a threat to the whole coast's safety", 'a threat to the wealth of the whole coast').verdict).toBe('different');
    expect(compareClaim("the harbour's boats will not sail", 'the boats of the harbour will sail').verdict).toBe('different');
  });

  it('turned round, a possessive is never different; with its owner changed, never close', () => {
    const noun = fc.constantFrom('harbour', 'fleet', 'town', 'coast', 'union', 'council');
    const owned = fc.constantFrom('safety', 'future', 'boats', 'budget', 'rules');
    fc.assert(
      fc.property(noun, noun, owned, (owner, other, thing) => {
        const quote = `they spoke of the ${thing} of the ${owner} at length`;
        expect(compareClaim(`they spoke of the ${owner}'s ${thing} at length`, quote).verdict).not.toBe('different');
        fc.pre(other !== owner);
        expect(compareClaim(`they spoke of the ${other}'s ${thing} at length`, quote).verdict).toBe('different');
      }),
      { numRuns: 200 },
    );
  });
});

describe('misquote: "X, which is Y" said as "Y is X"', () => {
  it('the sentence turned round says the same', () => {
    expect(compareClaim('the part that worries us most is the night shift', 'The night shift, which is the part that worries us most.').verdict).toBe('close');
  });

  it('turned round with a word changed, or with the relative clause not the whole sentence, still differs', () => {
    expect(compareClaim('the part that worries us least is the night shift', 'The night shift, which is the part that worries us most.').verdict).toBe('different');
    expect(compareClaim('the part that worries us is the day shift', 'The night shift, which is the part that worries us.').verdict).toBe('different');
    expect(compareClaim('the port is the night shift', 'We fear the night shift, which is long. The port is calm.').verdict).toBe('different');
  });

  it('never confirms a claim that swaps in another noun on either side', () => {
    const noun = fc.constantFrom('night shift', 'day shift', 'harbour fee', 'new quay', 'winter fleet');
    fc.assert(
      fc.property(noun, noun, noun, (x, y, z) => {
        fc.pre(z !== x);
        const quote = `The ${x}, which is the ${y} that worries us.`;
        expect(compareClaim(`the ${y} that worries us is the ${x}`, quote).verdict).not.toBe('different');
        expect(compareClaim(`the ${y} that worries us is the ${z}`, quote).verdict).toBe('different');
      }),
      { numRuns: 200 },
    );
  });
});

describe('reportedLead: where the reported clause starts', () => {
  it('after a "that" the words before it lead to ("said only that", "told the council that")', () => {
    const s = 'Port director Mara Quist said only that the harbour had been "busy and orderly" all week.';
    expect(reportedLead(s, 'busy and orderly')!.text).toBe('the harbour had been "busy and orderly" all week');
    expect(reportedLead('Quist said not that the harbour was "safe" but that it was open.', 'safe')!.text).toMatch(/^ not that/u);
  });

  it('after "described ... as", not after "called"', () => {
    const s = 'The federation described the season as having opened "a new era" for the port.';
    expect(describedLead(s, 'a new era')!.text).toBe(' the season as having opened "a new era" for the port');
    expect(describedLead('The owners called the toll "a tax".', 'a tax')).toBeNull();
    expect(describedLead('The owners described "a tax" nobody had seen.', 'a tax')).toBeNull();
  });

  it('after a participle of saying', () => {
    const s = 'Ekdahl urged calm, saying the survey showed that the cod stock "is recovering faster than expected."';
    expect(reportedLead(s, 'is recovering faster than expected.')!.text).toContain('the cod stock "is recovering');
  });

  it('a word after a determiner is a noun, not a verb of saying; after a year in brackets it is still a verb', () => {
    const s = 'As Lena Varga has put it, the two harbours are "rivals by habit".';
    expect(reportedLead(s, 'rivals by habit')!.text).toBe('the two harbours are "rivals by habit"');
    expect(reportedLead('The two states are "rivals by habit".', 'rivals by habit')).toBeNull();
    expect(reportedLead('Varga (2021) argues that the ports are "rivals by habit".', 'rivals by habit')!.text).toContain('the ports are');
  });
});

describe('who-said: claims over the reporter\'s clause and over two quotes', () => {
  it('a claim in the reporter\'s wording is close, with the named speaker', () => {
    expect(top('quist said the harbour had been busy and orderly')).toMatchObject({ speaker: 'Mara Quist', verdict: 'close' });
    expect(top('ekdahl said the cod stock is recovering faster than expected')).toMatchObject({ speaker: 'Tom Ekdahl', verdict: 'close' });
    expect(top('varga said the two harbours are rivals by habit, not by need')).toMatchObject({ verdict: 'close', speakerMatches: true });
    expect(top('quist said the ferry would always sail at dawn')).toMatchObject({ speaker: 'Mara Quist', verdict: 'close' });
  });

  it('a claim over two fragments of one clause is close; changed, it differs', () => {
    expect(top('quist said the crews raised safety concerns that must not be ignored by the owners')).toMatchObject({ speaker: 'Mara Quist', verdict: 'close' });
    expect(top('quist said the crews raised safety concerns that must be ignored by the owners')?.verdict).toBe('different');
  });

  it('a claim over two quotes of one speaker is theirs; one over two halves that skip words is not', () => {
    expect(top('did ekdahl say we are tired but we would sail again tomorrow if the fleet asked')).toMatchObject({ speaker: 'Tom Ekdahl', verdict: 'same' });
    const skipped = answer('the harbour pilot said last spring we needed crews');
    expect(skipped.matches.every((m) => m.verdict === 'different')).toBe(true);
  });

  it('a naming claim that changes what is named is different, not only the reporter\'s sentence', () => {
    expect(top('ekdahl called the bridge the town\'s lifeline')).toMatchObject({ speaker: 'Tom Ekdahl', verdict: 'different' });
  });

  it('an organisation typed by its initials is found; a person by hers is not', () => {
    expect(top('npf said the season opened a new era')).toMatchObject({ speaker: 'the Nordic Pilots Federation', verdict: 'close', speakerMatches: true });
    expect(top('npf said the season closed a new era')?.verdict).toBe('different');
    expect(answer('sue said we will sail').matches[0]?.speakerMatches).not.toBe(true);
  });

  it('the reciprocal pronoun and a dropped repetition, read through who-said', () => {
    expect(top('varga said the two ports need each other more than they trust one another')).toMatchObject({ verdict: 'close' });
    expect(top('varga said nobody on this coast should fish the spawning grounds')).toMatchObject({ verdict: 'close' });
    expect(top('varga said everybody on this coast should fish the spawning grounds')?.verdict).toBe('different');
  });
});
