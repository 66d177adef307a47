import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences written for these tests (invented names): constructions the session-33 summit sets and probes missed.
describe('a relative clause of speech after a surname alone is that person\'s', () => {
  it('"interrupted by Roe, who said the mayor was "..."" is the named Roe\'s', () => {
    const paras = [
      'Marta Kowal spoke first about the harbour plan. Piotr Lenart, a council member, listened.',
      'She was interrupted by Lenart, who said the mayor was "dreaming about money". Kowal shrugged.',
    ];
    expect(speakerOf(paras, 'dreaming about money')).toBe('Piotr Lenart');
  });
  it('a single capitalised word the document names as no one is left alone', () => {
    const paras = ['The plan was backed by Harbourside, who said the bridge was "long overdue".'];
    expect(speakerOf(paras, 'long overdue')).not.toBe('Harbourside');
  });
});

describe('a person\'s noun with a participle phrase after it describes one speaker', () => {
  it('"A man walking a dog, asked what he thought, said only: "..."" is the man\'s', () => {
    const paras = ['Few wanted to talk. A man walking a dog, asked what he thought of the ferry plan, said only: "Which ferry?"'];
    expect(speakerOf(paras, 'Which ferry')).toBe('a man walking a dog');
  });
  it('"a woman selling fish said" too', () => {
    const paras = ['A woman selling fish at the quay said: "Nobody asked us."'];
    expect(speakerOf(paras, 'Nobody asked us')).toBe('a woman selling fish at the quay');
  });
  it('a participle after a thing\'s noun makes no speaker: "A truck carrying grain said ..." is nobody', () => {
    const paras = ['A truck carrying grain said: "Slow down."'];
    expect(speakerOf(paras, 'Slow down')).toBeNull();
  });
});

describe('the object of a preposition of place before the verb is not its subject', () => {
  it('"The official speaking at the event said: "..."" is not "the event"\'s', () => {
    const paras = ['The official speaking at the event said: "We are ready to sail."'];
    expect(speakerOf(paras, 'We are ready to sail')).toBe('the official speaking at the event');
  });
  it('"At the quay a woman selling fish said" credits no place', () => {
    const paras = ['At the quay a woman selling fish said: "Nobody asked us."'];
    expect(speakerOf(paras, 'Nobody asked us') ?? '').not.toMatch(/quay/u);
  });
});

describe('a role in lowercase after a sentence-opening "The", before a full name, is that person\'s', () => {
  it('"The transport minister Jane Roe put it bluntly. "...," she said." is Jane Roe\'s', () => {
    const paras = ['The harbour minister Greta Solvik put it more bluntly on Monday. "They are dredging a channel to nowhere," she said.'];
    expect(speakerOf(paras, 'dredging a channel')).toBe('Greta Solvik');
  });
});

describe('the writer\'s own relation, then the name set off by commas, opens the sentence', () => {
  it('"My colleague at this paper, the defence correspondent NAME, put it ... "...," he told me, "..."" is NAME\'s', () => {
    const paras = [
      'By Clara Mendel',
      'My colleague at this paper, the shipping correspondent Anton Reske, put it more sharply in the newsroom on Friday. "They are selling what nobody should buy," he told me, "and the rest of us will pay for it."',
    ];
    expect(speakerOf(paras, 'selling what nobody')).toBe('Anton Reske');
    expect(speakerOf(paras, 'the rest of us will pay')).toBe('Anton Reske');
  });
  it('"Our editor, Jane Roe, was blunt. "...," she said." is Jane Roe\'s', () => {
    const paras = ['Our editor, Greta Solvik, was not convinced on Monday. "Show me the money first," she said.'];
    expect(speakerOf(paras, 'Show me the money')).toBe('Greta Solvik');
  });
});

describe('"put it" after a fronted phrase: its subject speaks, named or described', () => {
  it('"In private, one official put it to me bluntly last month, long before the vote: "..."" is the official\'s', () => {
    const paras = ['In private, one harbour official put it to me bluntly last spring, long before the vote: "We have no plan. We have a slogan."'];
    expect(speakerOf(paras, 'We have a slogan')).toBe('one harbour official');
  });
});

describe('a name, its role and a copula\'s relative clause, all set off by commas, before the verb', () => {
  it('"Jane Roe, the transport minister, who was present at the talks, stressed that "..."" is Jane Roe\'s', () => {
    const paras = ['Greta Solvik, the regional harbour minister, who was present at the signing, stressed that "the ferries will run again."'];
    expect(speakerOf(paras, 'the ferries will run again')).toBe('Greta Solvik');
  });
});

describe('a capitalised office "of" a body set off after a full name is that person\'s role', () => {
  it('"Respected Comrade NAME, General Secretary of ..., held talks. The respected General Secretary said: "..."" is NAME\'s', () => {
    const paras = [
      'Respected Comrade Ri Chol Man, General Secretary of the Harbour Workers\' Party and Chairman of the River Commission, held talks with the visiting delegation on Tuesday.',
      'The respected General Secretary said: "Our friendship will outlast the river."',
    ];
    expect(speakerOf(paras, 'outlast the river')).toBe('Ri Chol Man');
  });
});

describe('a plural noun of people and where they work, after the quote, is the subject', () => {
  it('"..., analysts at Kestrel Securities wrote in a note to clients." is the analysts\'', () => {
    const paras = ['"The cut was expected, its size was not," analysts at Ormund Securities wrote in a note to clients.'];
    expect(speakerOf(paras, 'its size was not')).toBe('analysts at Ormund Securities');
  });
  it('"..., officials at the ministry said." is the officials\'', () => {
    const paras = ['"We are reviewing the ferry contract," officials at the harbour ministry said.'];
    expect(speakerOf(paras, 'reviewing the ferry contract')).toBe('officials at the harbour ministry');
  });
});

describe('a place read into the subject by mistake is dropped, the subject kept', () => {
  it('"And in Oslo a harbour board spokesman said the port would "..."" is the spokesman\'s', () => {
    const paras = ['And in Oslo a harbour board spokesman said the port would "not hesitate to close the quay".'];
    expect(speakerOf(paras, 'not hesitate to close')).toMatch(/spokesman/u);
  });
});

describe('one described who reports in his own sentence is set up to speak next', () => {
  it('"The colonel warned that ... [paragraph] "...," he said." is the colonel\'s', () => {
    const paras = ['The colonel warned that the border posts were short of fuel and men.', '"We cannot hold the ridge with half a company," he said.'];
    expect(speakerOf(paras, 'hold the ridge')).toBe('the colonel');
  });
  it('one only described, not reporting, stays unanswered: "The colonel inspected the posts. "...," he said."', () => {
    const paras = ['The colonel inspected the border posts on Monday.', '"We cannot hold the ridge with half a company," he said.'];
    expect(speakerOf(paras, 'hold the ridge')).toBeNull();
  });
});

describe('a body of several words owning the role before a name set off by commas', () => {
  it('"Harbour Line\'s chief executive, Jane Roe, was more careful. "...," she said." is Jane Roe\'s', () => {
    const paras = ['North Sound Ferries\' rival, Blue Quay Shipping, was upbeat. Blue Quay Shipping\'s chief executive, Greta Solvik, was more careful. "We will wait for the winter numbers," she said.'];
    expect(speakerOf(paras, 'winter numbers')).toBe('Greta Solvik');
  });
});

describe('"counterpart" is a noun of a person', () => {
  it('"Her counterpart added: "..."" is the counterpart\'s, no one else\'s', () => {
    const paras = ['Harbour Minister Greta Solvik met her Finnish counterpart on Friday. Her counterpart added: "We share one sea."'];
    expect(speakerOf(paras, 'We share one sea')).toMatch(/counterpart/iu);
  });
});

describe('a described subject the pronoun may mean stops it going back to an earlier speaker', () => {
  it('"Her counterpart added: "...". [paragraph] The host thanked the governor. "...," he said." is not the counterpart\'s', () => {
    const paras = [
      'Harbour Minister Greta Solvik met her Finnish counterpart on Friday. Her counterpart added: "We share one sea."',
      'The talks ran late into the evening.',
      'The host thanked the governor. "It was an honour to welcome you," he said.',
    ];
    expect(speakerOf(paras, 'an honour to welcome') ?? '').not.toMatch(/counterpart/iu);
  });
});
