import { describe, expect, it } from 'vitest';
import { askedThingKinds, suppositionOnly } from '../src/search/rank-top.ts';
import { isKindOfAny } from '../src/text/wordnet.ts';
import { normalizeTerm } from '../src/text/terms.ts';
import { firstPassage } from './helpers/towns.ts';

// Invented reports. In the first, the second paragraph meets the question only inside an "if"; the third says what
// is thought to be going on.
const TIMBER = [
  'The mayors of Eastburg and Westfield met on Friday at the old mill.',
  'Before the talks, the county warned it would cut grants if Westfield agrees to provide timber to Eastburg.',
  "They are highly likely to have discussed Westfield's provision of oak planks and pine boards to Eastburg.",
  'Westfield needs more buses for its schools.',
];
// In the second, two paragraphs alike but for what is shipped: goods, or a kind of fruit.
const BARGES = [
  'The mayors of Eastburg and Westfield met on Friday at the old mill.',
  'Westfield ships its goods to Eastburg by barge, the county said.',
  'Westfield ships its apples to Eastburg by barge, the county said.',
  'Westfield needs more buses for its schools.',
];

const t = (w: string): string => normalizeTerm(w)!;

describe('a question of what is so, not answered by a supposition', () => {
  it('tells a passage meeting the question only inside an "if" or an "any"', () => {
    const groups = [[t('provide')], [t('timber')], [t('eastburg')]];
    expect(suppositionOnly('The county warned it would cut grants if Westfield agrees to provide timber to Eastburg.', groups)).toBe(true);
    expect(suppositionOnly('Westfield provides timber to Eastburg, and if it stops, the mill closes.', groups)).toBe(false);
    expect(suppositionOnly('The mayors met on Friday.', groups)).toBe(false);
  });

  it('answers "so westfield is supplying eastburg?" with what is thought, not the warning of what would follow if', () => {
    expect(firstPassage(TIMBER, 'so westfield is supplying eastburg?')).toBe('towns#p3');
  });
});

describe('a thing of a kind asked for ("what fruit ...")', () => {
  it('reads the kind asked, with its synonyms, and no kind another rule reads', () => {
    expect(askedThingKinds('what fruit does westfield ship to eastburg?')).toContain('fruit');
    expect(askedThingKinds('What weapons is the town thought to be buying?')).toContain('weapon');
    expect(askedThingKinds('what year did the mill close')).toBe(null);
    expect(askedThingKinds('what does westfield ship')).toBe(null);
    expect(askedThingKinds('what type of homes does westfield build?')).toBe(null);
  });

  it('knows a word naming a kind of it in WordNet', () => {
    expect(isKindOfAny('apples', new Set(['fruit']))).toBe(true);
    expect(isKindOfAny('shells', new Set(['weapon', 'arm']))).toBe(true);
    expect(isKindOfAny('barges', new Set(['fruit']))).toBe(false);
  });

  it('answers with the paragraph naming a kind of fruit over its twin naming goods', () => {
    expect(firstPassage(BARGES, 'what fruit does westfield ship to eastburg?')).toBe('towns#p3');
  });
});
