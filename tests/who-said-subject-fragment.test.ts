import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { subjectsFragment } from '../src/quotes/subject-fragment.ts';
import { readAnswer, grave } from '../eval/claims.ts';
import type { AcrossQuotes, WhoSaidAnswer } from '../src/types.ts';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests: reporters' sentences around a speaker's quoted fragment.
const gala = doc('harvest-gala', '2024-09-20', [
  'Mayor Ingrid Solberg spoke first at the harvest gala on Friday. "This valley feeds the whole region," Solberg said.',
  'Solberg praised the growers\' "quiet stubbornness" before handing out the prizes.',
  'Farmers Union chair Tomas Ek warned the crowd. "Prices will fall again," Ek said.',
  'The chair doubted the prizes would last, and Ek promised growers "a fair share of every sale" in the new year.',
  'Critics mocked Solberg\'s "new dawn for the valley" as an empty slogan.',
]);
const docs = [gala];
const ask = whoSaidOver(...docs);

describe('who-said: a claim repeating the narration around its subject\'s quoted fragment', () => {
  it('reads as the subject\'s words in close wording, never the same words', () => {
    const a = ask("solberg praised the growers' quiet stubbornness");
    expect(a.matches).toHaveLength(1);
    expect(a.matches[0]).toMatchObject({ speaker: 'Ingrid Solberg', verdict: 'close', quote: 'quiet stubbornness', sentence: gala.paragraphs[1] });
    expect(a.acrossQuotes).toEqual([]);
    expect(readAnswer(a, { speaker: 'Solberg' }).got).toBe('close');
  });

  it('after a clause start too (", and Ek promised ...")', () => {
    const a = ask('ek promised growers a fair share of every sale');
    expect(a.matches[0]).toMatchObject({ speaker: 'Tomas Ek', verdict: 'close' });
  });

  it("not when the reporter's words give the fragment to another person quoted (Solberg's)", () => {
    const a = ask("critics mocked solberg's new dawn for the valley");
    expect(a.matches).toEqual([]);
    expect(readAnswer(a, {}).got).toBe('reporter');
  });

  it('not when the claim names a speaker: the name then starts no claim of theirs', () => {
    const a = ask("ek said solberg praised the growers' quiet stubbornness");
    expect(a.matches.every((m) => m.speaker !== 'Ingrid Solberg' || m.speakerMatches === false)).toBe(true);
    expect(grave('wrong-speaker', readAnswer(a, { speaker: 'Solberg' }).got)).toBe(false);
  });
});

const hitOf = (text: string, words: string, speaker: string | null): AcrossQuotes => ({
  text,
  words,
  citation: { doc: 'd', paragraph: 1, passage: 'd#p1', outlet: 'o', title: 't', published: '2024-01-01', url: null } as unknown as AcrossQuotes['citation'],
  narrated: true,
  quoted: [{ quote: words.split('"')[1] ?? '', speaker, role: null }],
});

describe('subjectsFragment', () => {
  const name = fc.constantFrom('Vale', 'Orsini', 'Nakamura');
  const verb = fc.constantFrom('hailed', 'toasted', 'praised', 'promised');
  const object = fc.constantFrom("the town's", 'a', 'their');
  const fragment = fc.constantFrom('bright future', 'lasting peace', 'new chapter');

  it('credits the subject, close, whatever the name, verb and words', () => {
    fc.assert(
      fc.property(name, verb, object, fragment, (n, v, o, f) => {
        const words = `${n} ${v} ${o} "${f}"`;
        const m = subjectsFragment(hitOf(`${words} at dinner.`, words, `Ana ${n}`));
        return m !== null && m.verdict === 'close' && m.speaker === `Ana ${n}` && m.quote === f;
      }),
    );
  });

  it('credits no one when the name is owned, coordinated, not the fragment\'s speaker, or the fragment unattributed', () => {
    fc.assert(
      fc.property(name, verb, object, fragment, (n, v, o, f) => {
        const owned = `${n}'s aide ${v} ${o} "${f}"`;
        const both = `${n} and Lee ${v} ${o} "${f}"`;
        const other = `${n} ${v} ${o} "${f}"`;
        return (
          subjectsFragment(hitOf(owned, owned, `Ana ${n}`)) === null &&
          subjectsFragment(hitOf(both, both, `Ana ${n}`)) === null &&
          subjectsFragment(hitOf(other, other, 'Bo Lindqvist')) === null &&
          subjectsFragment(hitOf(other, other, null)) === null &&
          subjectsFragment(hitOf(`Rivals said ${other}`, other, `Ana ${n}`)) === null &&
          subjectsFragment(hitOf(`${n} mocked Lee's "${f}"`, `${n} mocked Lee's "${f}"`, `Ana ${n}`), (x) => x === 'Lee') === null
        );
      }),
    );
  });
});

describe('eval:claims reading an unattributed top match', () => {
  it('reads it as unattributed, not the wrong speaker, when the claim names someone', () => {
    const a: WhoSaidAnswer = {
      kind: 'who-said',
      query: 'did ek say prices will soar',
      claim: 'prices will soar',
      claimedSpeaker: 'ek',
      matches: [
        {
          speaker: null,
          role: null,
          quote: 'prices will soar',
          partial: true,
          sentence: 'A rumour had it that "prices will soar".',
          citation: hitOf('x', 'x', null).citation,
          match: 'exact',
          verdict: 'same',
          differences: [],
          speakerMatches: null,
        },
      ],
      narration: [],
      acrossQuotes: [],
    };
    expect(readAnswer(a, {}).got).toBe('unattributed');
    expect(grave('nobody', 'unattributed')).toBe(false);
  });
});
