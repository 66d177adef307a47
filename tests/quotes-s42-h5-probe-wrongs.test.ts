import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): constructions the session-42 probes (s42-h5) gave a wrong speaker.
describe('a correction notice in the next paragraph', () => {
  it('gives the words to the one "The words were in fact spoken by" names', () => {
    const paras = ['A report on Friday said Alderman Pim Varley called the levy "a tax on breathing".', 'The words were in fact spoken by Alderman Nell Ostrow. We apologise for the error.'];
    expect(speakerOf(paras, 'a tax on breathing')).toBe('Nell Ostrow');
  });
  it('leaves words alone when the next paragraph only says who else used them, without "in fact"', () => {
    const paras = ['Councillor Pim Varley called the levy "a tax on breathing".', 'The same words were used by protesters outside.'];
    expect(speakerOf(paras, 'a tax on breathing')).toBe('Pim Varley');
  });
});

describe('"..., the crowd sang, according to NAME"', () => {
  it('is the subject\'s after the quote, not the source\'s', () => {
    const paras = ['Author Tilde Marsh has written about the dockers of 1920.', '"No ships without bread," the dockers chanted at the gate, according to Marsh.'];
    expect(speakerOf(paras, 'No ships without bread')).not.toBe('Tilde Marsh');
  });
});

describe('a quote in a "who" clause set off before the main subject', () => {
  it('is the antecedent\'s, not that of the subject named after it', () => {
    const paras = ['Coach Ilse Varga and her rival Doreen Pask met on Sunday.', 'Unlike Pask, who called the ground "a swamp", Varga said the grass was "fine".'];
    expect(speakerOf(paras, 'a swamp')).toBe('Doreen Pask');
    expect(speakerOf(paras, 'fine')).toBe('Ilse Varga');
  });
});

describe('"..." NAME was asked', () => {
  it('is not the one asked', () => {
    const paras = ['Sprinter Odile Brun is back at 38.', '"Why race again?" Brun was asked at the track. "Because I miss it," she replied.'];
    expect(speakerOf(paras, 'Why race again?')).toBeNull();
    expect(speakerOf(paras, 'Because I miss it')).toBe('Odile Brun');
  });
  it('nor the one told', () => {
    const paras = ['Driver Kit Ambler stopped at the barrier.', '"You cannot park here," Ambler was told by a guard.'];
    expect(speakerOf(paras, 'You cannot park here')).not.toBe('Kit Ambler');
  });
});

describe('"X\'s comments were echoed by NAME: ..."', () => {
  it('is the agent\'s before the colon', () => {
    const paras = ['Steward Hal Corrie said the stand was unsafe.', 'Corrie\'s warning was echoed by groundsman Piet Olander: "It should have closed years ago."'];
    expect(speakerOf(paras, 'It should have closed')).toBe('Piet Olander');
  });
});

describe('"X said Y had told the HEARER: ..."', () => {
  it('is the teller\'s, a hearer described as well as one named', () => {
    const paras = ['Prosecutor Ulla Brenner described the robbery.', 'Brenner said Teo Vandal had told the cashier: "Empty the drawer."'];
    expect(speakerOf(paras, 'Empty the drawer')).toBe('Teo Vandal');
  });
  it('still so for a pronoun hearer', () => {
    const paras = ['Prosecutor Ulla Brenner described the robbery.', 'Brenner said Teo Vandal had told her: "Empty the drawer."'];
    expect(speakerOf(paras, 'Empty the drawer')).toBe('Teo Vandal');
  });
});

describe('a post or letter possessed by someone else, before the colon', () => {
  it('is not the words of the one who shares it', () => {
    const paras = ['Blogger Ines Farrow has been criticised online.', 'Farrow reposted a follower\'s message: "Ignore the trolls!"'];
    expect(speakerOf(paras, 'Ignore the trolls')).not.toBe('Ines Farrow');
  });
  it('is the owner\'s when named', () => {
    const paras = ['Blogger Ines Farrow argued with chef Bram Tolley.', 'Farrow shared Tolley\'s reply: "You know nothing about bread."'];
    expect(speakerOf(paras, 'You know nothing')).toBe('Bram Tolley');
  });
});

describe('"X, paraphrasing Y, said ..."', () => {
  it('is not Y\'s', () => {
    const paras = ['Director Oona Kell spoke about her mentor, Lise Brandvold.', 'Kell, paraphrasing Brandvold, said films were "mostly waiting".'];
    expect(speakerOf(paras, 'mostly waiting')).not.toBe('Lise Brandvold');
  });
  it('while "quoting Y" still is Y\'s', () => {
    const paras = ['Director Oona Kell spoke about her mentor, Lise Brandvold.', 'Kell, quoting Brandvold, said: "Films are mostly waiting."'];
    expect(speakerOf(paras, 'Films are mostly')).toBe('Lise Brandvold');
  });
});

describe('two clauses joined by ", and" with two men as subjects, then "he said"', () => {
  it('tells neither', () => {
    const paras = ['Rider Anselm Toft won the hill stage for his coach, Bartholomew Rusk.', 'Toft attacked on the last climb, and Rusk was the first to hug him. "I knew he had it in him," he said.'];
    expect(speakerOf(paras, 'I knew he had it')).toBeNull();
  });
  it('nor after a semicolon and a clause of "was"', () => {
    const paras = ['Rider Anselm Toft won the hill stage for his coach, Bartholomew Rusk.', 'Toft attacked on the last climb; Rusk was the first to hug him. "I knew he had it in him," he said.'];
    expect(speakerOf(paras, 'I knew he had it')).toBeNull();
  });
  it('but a woman in the second clause leaves "he" to the man', () => {
    const paras = ['Rider Peter Toft won the hill stage for his coach, Greta Vail.', 'Toft attacked on the last climb, and Vail was the first to hug him. "I had it in me," he said.'];
    expect(speakerOf(paras, 'I had it in me')).toBe('Peter Toft');
  });
});

describe('"Y was interrupted again by NAME: ..."', () => {
  it('is the agent\'s, an adverb before "by" or not', () => {
    const paras = ['Councillor Amos Tern was reading his report.', 'Tern was interrupted again by resident Hedda Lusk: "Answer the question!"'];
    expect(speakerOf(paras, 'Answer the question')).toBe('Hedda Lusk');
  });
});

describe('"X remembers Y\'s last words over the radio: ..."', () => {
  it('is Y\'s, with where the words came between them and the colon', () => {
    const paras = ['Sailor Maren Holt remembers her brother Anders Holt\'s last words over the radio: "The sea is calm tonight."'];
    expect(speakerOf(paras, 'The sea is calm')).toBe('Anders Holt');
  });
});
