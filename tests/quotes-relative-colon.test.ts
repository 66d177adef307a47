import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('a relative clause of speech closing on the quote\'s colon speaks, not the main clause\'s subject', () => {
  it('"X wrote to the harbour board, which replied on Monday: "..."" is not the writer\'s', () => {
    const paras = ['Tamsin Heale wrote to the harbour board, which replied on Monday: "The wall will be rebuilt by spring."'];
    expect(speakerOf(paras, 'The wall will be rebuilt')).toBeNull();
  });
  it('"X complained to the water company, which said: "..."" is not the one who complained', () => {
    const paras = ['Dara Quill complained to the water company, which said: "We are investigating the leak."'];
    expect(speakerOf(paras, 'investigating the leak')).toBeNull();
  });
  it('"X received a letter from the council, which read: "..."" is not the one who received it', () => {
    const paras = ['Colm Rusk received a letter from the council, which read: "Your licence has been revoked."'];
    expect(speakerOf(paras, 'licence has been revoked')).toBeNull();
  });
  it('"X phoned the Tern Clinic, whose director said: "..."" is not the caller\'s', () => {
    const paras = ['Dov Arnett phoned the Tern Clinic, whose director said: "We are full."'];
    expect(speakerOf(paras, 'We are full')).toBeNull();
  });
  it('"X sued the Harbour Board, which said it would fight: "..."" is not the one who sued', () => {
    const paras = ['Mara Teal sued the Harbour Board, which said it would fight: "We did nothing wrong."'];
    expect(speakerOf(paras, 'We did nothing wrong')).toBeNull();
  });
  it('a credit the clause gives stands: "..., where Sara Crane said: "...""', () => {
    const paras = ['The protest moved to Hollins Bridge, where Sara Crane said: "We will not be moved."'];
    expect(speakerOf(paras, 'We will not be moved')).toBe('Sara Crane');
  });
  it('a clause closed by its comma leaves the main verb\'s subject: "NAME, who chairs the board, said: "...""', () => {
    const paras = ['Mayor Rita Kell, who chairs the board, said: "The wall will be rebuilt."'];
    expect(speakerOf(paras, 'The wall will be rebuilt')).toBe('Rita Kell');
  });
  it('"X sent an email to Y, who replied on Monday: "..."" is Y\'s', () => {
    const paras = ['Kit Orme sent an email to Sela Dunn, who replied on Monday: "I have nothing to add."'];
    expect(speakerOf(paras, 'nothing to add')).toBe('Sela Dunn');
  });
});

describe('a relative "that" after a document in a phrase of "in" or "with"', () => {
  it('"X rebutted Y\'s claims in posts that called them "..."" is not Y\'s', () => {
    const paras = ['Orla Venn rebutted Piet Dunmore\'s claims in posts that called them "fantasy".'];
    expect(speakerOf(paras, 'fantasy')).not.toBe('Piet Dunmore');
  });
  it('but "Y\'s remarks on Monday that called the wall "..."" are still Y\'s', () => {
    const paras = ['Orla Venn mocked Piet Dunmore\'s remarks on Monday that called the wall "a fortress".'];
    expect(speakerOf(paras, 'a fortress')).toBe('Piet Dunmore');
  });
});

describe('"X was quoting Y when she said: "...""', () => {
  it('the words are the one quoted\'s, not the one who quoted them', () => {
    const paras = ['Ingrid Berg spoke at the harbour dinner.', 'Berg was quoting Ana Holm when she said: "The sea gives nothing back."'];
    expect(speakerOf(paras, 'The sea gives nothing back')).toBe('Ana Holm');
  });
  it('"was citing Y when she wrote: "..."" gives nobody: the words may be her own', () => {
    const paras = ['Ruth Amsel was citing Gerd Lom when she wrote: "A harbour is a promise to the sea."'];
    expect(speakerOf(paras, 'promise to the sea')).toBeNull();
  });
});

describe('more relative clauses closing on the colon', () => {
  it('"X took her complaint to the Ports Board, whose reply was short: "..."" is not hers', () => {
    const paras = ['Tilda Moss took her complaint to the Ports Board, whose reply was short: "No."'];
    expect(speakerOf(paras, 'No.')).toBeNull();
  });
  it('"X arrived at Velden Pier, where a crowd chanted: "..."" is not his', () => {
    const paras = ['Jonas Pell arrived at Velden Pier, where a crowd chanted: "Save our pier."'];
    expect(speakerOf(paras, 'Save our pier')).toBeNull();
  });
});

describe('a scene or a place before the colon', () => {
  it('"X took the ferry to Port Arden, at noon: "..."" tells no one speaking', () => {
    const paras = ['Orla Venn took the ferry to Port Arden, at noon: "The fleet is ready."'];
    expect(speakerOf(paras, 'The fleet is ready')).toBeNull();
  });
  it('a place\'s name as a label, "Velden Pier: "..."", is no speaker', () => {
    const paras = ['Velden Pier: "The fleet is ready."'];
    expect(speakerOf(paras, 'The fleet is ready')).toBeNull();
  });
  it('but a person\'s name on "Hall" stays a label\'s speaker ("Annie Hall: ...")', () => {
    const paras = ['Annie Hall: "The hall is closed."'];
    expect(speakerOf(paras, 'The hall is closed')).toBe('Annie Hall');
  });
});

describe('a relative clause of a ruling, or with a name set off inside it', () => {
  it('"X lodged an appeal with the Kessel Board, which ruled on Friday: "..."" is not hers', () => {
    const paras = ['Nora Bell lodged an appeal with the Kessel Board, which ruled on Friday: "The appeal fails."'];
    expect(speakerOf(paras, 'The appeal fails')).toBeNull();
  });
  it('"X emailed the Marsh Trust, whose chairman, NAME, said: "..."" is not hers', () => {
    const paras = ['Nora Bell emailed the Marsh Trust, whose chairman, Leo Vant, said: "We will look into it."'];
    expect(speakerOf(paras, 'look into it')).not.toBe('Nora Bell');
  });
  it('a place opening the sentence before the speaker is no label: "At Kessel Quay, NAME said: "...""', () => {
    const paras = ['At Kessel Quay, Nora Bell said: "The sea takes what it wants."'];
    expect(speakerOf(paras, 'The sea takes')).toBe('Nora Bell');
  });
});

describe('a relative clause of speech holding the quote, its verb right after "which"', () => {
  it('"X cited the Marsh Trust, which estimates that "..." are gone" is not X\'s', () => {
    const paras = ['Greta Lind cited the Marsh Trust, which estimates that "half the dunes" are gone.'];
    expect(speakerOf(paras, 'half the dunes')).not.toBe('Greta Lind');
  });
  it('"X answered the Ports Board, which had written: "..."" is not X\'s', () => {
    const paras = ['Greta Lind answered the Ports Board, which had written: "Your plan is late."'];
    expect(speakerOf(paras, 'Your plan is late')).not.toBe('Greta Lind');
  });
  it('but a subject of its own inside the clause speaks: "the board, which she said had been "...""', () => {
    const paras = ['Greta Lind praised the Kessel Board, which she said had been "brave".'];
    expect(speakerOf(paras, 'brave')).toBe('Greta Lind');
  });
});

describe('"was quoting" with the one quoted described, or with an aside before the colon', () => {
  it('"He was quoting his predecessor, NAME, when he said: "..."" is not his', () => {
    const paras = ['Hugo Brand, the harbour master, resigned on Monday.', 'He was quoting his predecessor, Vera Lusk, when he said: "A port is only as good as its tides."'];
    expect(speakerOf(paras, 'A port is only')).not.toBe('Hugo Brand');
  });
  it('"X was quoting Y, as he often does: "..."" is not X\'s', () => {
    const paras = ['Hugo Brand was quoting Vera Lusk, as he often does: "A port is only as good as its tides."'];
    expect(speakerOf(paras, 'A port is only')).not.toBe('Hugo Brand');
  });
});
