import { describe, expect, it } from 'vitest';
import { asksCommonName } from '../src/search/query-plan.ts';
import { namingIn } from '../src/search/rank-top.ts';
import { firstPassage, NAMED_TOWNS } from './helpers/towns.ts';

describe('a name no one in particular gives', () => {
  it('knows a question asking what people call something', () => {
    expect(asksCommonName('what do people call the two towns')).toBe(true);
    expect(asksCommonName('what are people calling the two towns')).toBe(true);
    expect(asksCommonName('what does Eastburg call the new road')).toBe(false);
    expect(asksCommonName('who called the meeting')).toBe(false);
  });

  it('tells a name others give from a party’s own word for its doing', () => {
    expect(namingIn('The mayors of the two towns, which many call "the rust twins," met on Friday.')).toBe('common');
    expect(namingIn('Critics have dubbed the plan a land grab.')).toBe('common');
    expect(namingIn('Eastburg backed Westfield over what it calls a "trade corridor" to the coast.')).toBe('party');
    expect(namingIn('Westfield calls it a corridor.')).toBe('party');
    expect(namingIn('The ferry is called the Gull.')).toBe(null);
  });

  it('answers "what do ppl call" with the name others give, not the one a party gives its own plan', () => {
    expect(firstPassage(NAMED_TOWNS, 'what do ppl call eastburg and westfield')).toBe('towns#p2');
  });
});
