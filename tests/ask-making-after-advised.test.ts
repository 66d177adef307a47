import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search.ts';
import { standardQuestion } from '../src/search/chat-forms.ts';
import { benefitAsWanting } from '../src/search/benefit-question.ts';
import { desireAlternatives } from '../src/search/lexicon.ts';
import { advisedOnly, metOnlySupposed } from '../src/search/rank-top.ts';
import { normalizeTerm, queryTerms } from '../src/text/terms.ts';
import { doc, passagesOf } from './helpers/docs.ts';

const ids = (index: SearchIndex, q: string): string[] => index.ask(q, 3).map((r) => r.passage);
const terms = (q: string): string[] => queryTerms(q).map((w) => w.terms[0]!);

describe('spoken contractions, making verbs after wanting, "be after", advised reactions, names people give', () => {
  it('writes out "wanna" and "kinda"', () => {
    expect(standardQuestion('wat kinda boats does the navy wanna buy')).toBe('what kind of boats does the navy want to buy');
  });

  it('reads a making verb after a word of wanting as the others of its kind, the wanting kept', () => {
    const q = 'what does the city want to build';
    const alt = desireAlternatives(q, terms(q)).map((a) => a.term);
    expect(alt).toContain(normalizeTerm('develop'));
    expect(alt).toContain(normalizeTerm('eager'));
    // "make" is a light verb: no making asked for.
    const light = 'what does the city want to make sure of';
    expect(desireAlternatives(light, terms(light))).toEqual([]);
  });

  it('finds a plan said as being set on developing', () => {
    const d = doc('harbour-plan', '2024-04-03', [
      'The city built a new ferry terminal in 2019 with money from the port.',
      'The mayor is determined to develop cheap housing on the old docks, aides said.',
      'The port wants the council to pay for the dredging.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'wat kinda homes does the mayor wanna build')[0]).toBe('harbour-plan#p2');
  });

  it('reads "what is X after" as what X seeks, only where "after" closes the question or names whom from', () => {
    expect(benefitAsWanting('what kind of deal is the union after')).toBe('what kind of deal is the union seeking');
    expect(benefitAsWanting('what is the union after from the owners')).toBe('what is the union seeking from the owners');
    expect(benefitAsWanting('what happened after the strike')).toBe('what happened after the strike');
    expect(benefitAsWanting('what is the mood after lunch')).toBe('what is the mood after lunch');
  });

  it('tells a reaction recommended from one given', () => {
    expect(advisedOnly([['respond'], ['tell']], ['respond'], [true, false])).toBe(true);
    expect(advisedOnly([['respond'], ['respond']], ['respond'], [true, false])).toBe(false);
    expect(advisedOnly([['tell']], ['respond'], [true])).toBe(false);
    const d = doc('river-dam', '2024-07-19', [
      'Upstream Veland opened the new dam on Monday, cutting the river flow by a third.',
      'Analysts said Moravia should raise the matter at the regional council in order to respond to the loss of water.',
      'Moravia\'s farm minister told reporters the cut would hurt rice growers.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'any reaction from moravia')[0]).toBe('river-dam#p3');
  });

  it('keeps "call" of "what do people call X" and leaves out the people, no one in particular', () => {
    const d = doc('border-pact', '2024-09-06', [
      'Veland and Moravia signed a border treaty on Friday, ending a decade of disputes over the river.',
      'The two neighbours, which some call "the quarrelling twins," will now share the water.',
      'Veland and Moravia will hold talks on trade next month, officials in Veland said.',
      'Farmers in Moravia welcomed the treaty, while fishermen in Veland feared lower catches.',
      'Veland\'s parliament must still ratify the treaty before Moravia pays for the new dam.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    // The naming paragraph does not name the two countries: found by "call" alone, among those naming them.
    expect(ids(index, 'what do ppl call veland and moravia')).toContain('border-pact#p2');
    expect(ids(index, 'what do people call the two neighbours')[0]).toBe('border-pact#p2');
  });

  it('reads signing as an agreement or the outcome of talks', () => {
    const d = doc('port-talks', '2024-10-02', [
      'The ministers of Veland and Moravia met in the port city on Tuesday for a second day of talks.',
      'The outcome of the talks was not made public, though aides hinted at progress on fishing rights.',
      'Fishermen in Veland staged a protest outside the hall.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    // "sign" is a word the corpus lacks: the question was refused.
    expect(ids(index, 'did they sign anything')).toContain('port-talks#p2');
  });

  it('tells a deal supposed ("any deal", "if they agree") from one made, when asked whether one was made', () => {
    const deal = [normalizeTerm('deal')!, normalizeTerm('agree')!];
    expect(metOnlySupposed('Any water deal with the upstream state would need a vote in parliament.', deal)).toBe(true);
    expect(metOnlySupposed('The mayor will resign if the union agrees to the cuts.', deal)).toBe(true);
    expect(metOnlySupposed('The two sides agreed to share the river, and any dispute goes to a court.', deal)).toBe(false);
    // A question reported is no supposition: it holds what was asked about.
    expect(metOnlySupposed('Asked by reporters if a deal was near, the minister smiled.', deal)).toBe(false);
    const d = doc('water-talks', '2024-11-12', [
      'Ministers of Veland and Moravia ended two days of talks in the border town on Monday.',
      'The results of the talks were not announced, and neither side took questions.',
      'Any water deal between the two states would need the approval of both parliaments.',
      'Farmers warned they would block roads if Moravia agrees to cut the flow again.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'was a deal signed')[0]).toBe('water-talks#p2');
  });

  it('keeps "call" of "what does X call Y": a report names it with the same verb', () => {
    const d = doc('border-move', '2024-03-21', [
      'Moravia moved troops across the river on Sunday, its defence ministry said.',
      'Veland condemned the invasion and recalled its ambassador from Moravia.',
      'Moravia defended the move over what it calls a "border correction," in a statement on Monday.',
    ]);
    const index = SearchIndex.build(passagesOf(d), [d]);
    expect(ids(index, 'what does moravia call the invasion')[0]).toBe('border-move#p3');
  });
});
