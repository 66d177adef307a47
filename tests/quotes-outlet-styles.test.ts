import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { isKindOf } from '../src/text/wordnet.ts';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Passages written for these tests: constructions of wire, agency, analysis and live-page styles (summit
// reports held out in tests/fixtures/corpora/summit-quotes-heldout3 missed them; these sentences are new).
describe('a place after a fronted preposition is no speaker', () => {
  it('"In Oslo, a Norwegian official, speaking on condition of anonymity, said ..." is the official\'s', () => {
    const paras = ['In Oslo, a Norwegian official, speaking on condition of anonymity because he was not cleared to talk, said the cabinet would "act quickly" on the port.'];
    expect(speakerOf(paras, 'act quickly')).toBe('a Norwegian official');
  });
  it('with a relative clause between the commas too', () => {
    const paras = ['At Riga, a Latvian diplomat, who asked not to be named, said the deal was "dead on arrival".'];
    expect(speakerOf(paras, 'dead on arrival')).toBe('a Latvian diplomat');
  });
  it('"Of Kask, Vos, who backed his rival, said ..." is Vos\'s, not Kask\'s', () => {
    const paras = ['Of Kask, Lena Vos, who has backed his rival, said, "He knows the port better than anyone."'];
    expect(speakerOf(paras, 'He knows the port')).toBe('Lena Vos');
  });
  it('"As Jane Roe, the No. 2 in the party, put it: ..." stays Jane Roe\'s', () => {
    const paras = ['As Jane Roe, the No. 2 in the party, put it: "This plan will not pass."'];
    expect(speakerOf(paras, 'This plan will not pass')).toBe('Jane Roe');
  });
  it('a name with its role after the fronted phrase still speaks', () => {
    const paras = ['In Oslo, Jane Roe, a Norwegian official, said the deal was "dead on arrival".'];
    expect(speakerOf(paras, 'dead on arrival')).toBe('Jane Roe');
  });
});

describe('a paragraph ending "Here\'s what she said:" introduces the quote paragraph after it', () => {
  it('even when the paragraph holds a quote of its own before that sentence', () => {
    const paras = ['Arno Kask has told Lena Vos that his country will back the port plan "to the end". Here’s what he said after the meeting, via an interpreter:', '“We have waited long enough. The port will be built.”'];
    expect(speakerOf(paras, 'We have waited long enough')).toBe('Arno Kask');
    expect(speakerOf(paras, 'to the end')).toBe('Arno Kask');
  });
  it('a paragraph whose last sentence is a quote introduces nothing', () => {
    const paras = ['Arno Kask spoke first. Then he said: "We have waited."', '“The port will be built,” Lena Vos replied.'];
    expect(speakerOf(paras, 'The port will be built')).toBe('Lena Vos');
  });
});

describe('a description with "to" before the name it gives', () => {
  it('"The Dutch envoy to the OSCE, Jane Roe, wrote on X, formerly Twitter:" then the post as a paragraph', () => {
    const paras = ['The Dutch envoy to the OSCE, Marta de Wit, wrote on X, formerly Twitter:', '“No port deal can ignore the treaty. We are watching.”'];
    expect(speakerOf(paras, 'No port deal can ignore the treaty')).toBe('Marta de Wit');
  });
});

describe('a live page\'s heading "Name: \'fragment\' ..."', () => {
  it('credits the fragment to a person the page names in its prose', () => {
    const paras = ['11.20 CET', 'Kask: ‘no rush’ on a treaty', 'Prime Minister Arno Kask told reporters the treaty could wait.'];
    expect(speakerOf(paras, 'no rush')).toBe('Arno Kask');
  });
  it('a word the page never gives as a name credits nothing', () => {
    const paras = ['Summary: ‘talks’ of a treaty', 'Prime Minister Arno Kask met Lena Vos.'];
    expect(speakerOf(paras, 'talks')).toBeNull();
  });
});

describe('a description with a people\'s word reaches the one person it fits in a short report', () => {
  const paras = [
    'RIGA, May 2. /Agency/. Talks between Estonian President Arno Kask and Latvian Prime Minister Lena Vos have ended, the press office said.',
    '"The talks lasted three hours," a spokesman told reporters.',
    'According to the spokesman, the two sides "agreed on the port".',
    'The Estonian head of state noted that the meeting fell in a "special year" for both countries.',
    '"We are glad to be here," the Estonian leader said at the start.',
  ];
  it('"the Estonian head of state" is the Estonian president named four paragraphs before', () => {
    expect(speakerOf(paras, 'special year')).toBe('Arno Kask');
  });
  it('"the Estonian leader" after it is the same man', () => {
    expect(speakerOf(paras, 'We are glad to be here')).toBe('Arno Kask');
  });
  it('a bare "the head of state" ties no one', () => {
    const bare = [...paras.slice(0, 3), 'The head of state noted that the meeting fell in a "special year" for both countries.'];
    expect(speakerOf(bare, 'special year')).not.toBe('Arno Kask');
  });
  it('two people it fits: no one', () => {
    const two = ['Talks between Estonian President Arno Kask and Estonian Prime Minister Mari Tamm have ended, the office said.', 'A second paragraph.', 'A third paragraph.', 'The Estonian leader said the port was "a priority".'];
    expect(speakerOf(two, 'a priority')).toBe('the Estonian leader');
  });
});

describe('a bare description ties the one person its paragraph has just given that role', () => {
  it('"For X, a historian of ..., the summit ... "...," the historian said." is X\'s', () => {
    const paras = ['For Marta Kallas, a historian of the Baltic ports at the University of Lund, the deal recalls the 1920s. "Every treaty here began with a port," the historian said.'];
    expect(speakerOf(paras, 'Every treaty here began')).toBe('Marta Kallas');
  });
  it('another person named in full in the paragraph leaves it open', () => {
    const paras = ['For Marta Kallas, a historian of the Baltic ports, the deal recalls the 1920s, and Jonas Berg agrees. "Every treaty here began with a port," the historian said.'];
    expect(speakerOf(paras, 'Every treaty here began')).not.toBe('Marta Kallas');
  });
  it('a role given in an earlier paragraph ties no bare description', () => {
    const paras = ['For Marta Kallas, a historian of the Baltic ports, the deal recalls the 1920s.', 'The port opened in May.', '"Every treaty here began with a port," the historian said.'];
    expect(speakerOf(paras, 'Every treaty here began')).not.toBe('Marta Kallas');
  });
});

describe('a bare description may be a kind of the role its paragraph has just given (WordNet)', () => {
  it('"Deputy Foreign Minister X said ... "...," the diplomat said" is X\'s', () => {
    const paras = ['Earlier, Latvian Deputy Foreign Minister Ilze Ozola said that Riga "does not rule out" a treaty. "We are neighbours, and neighbours talk," the diplomat said.'];
    expect(speakerOf(paras, 'We are neighbours, and neighbours talk')).toBe('Ilze Ozola');
  });
  it('a role that is no kind of diplomat ties nothing', () => {
    const paras = ['Earlier, the port director, Ilze Ozola, said that Riga "does not rule out" a treaty. "We are neighbours, and neighbours talk," the diplomat said.'];
    expect(speakerOf(paras, 'We are neighbours, and neighbours talk')).not.toBe('Ilze Ozola');
  });
});

describe('isKindOf (WordNet hypernyms)', () => {
  it('a minister and an envoy are kinds of diplomat; a researcher is no kind of expert; a diplomat no kind of minister', () => {
    expect(isKindOf('minister', 'diplomat')).toBe(true);
    expect(isKindOf('envoy', 'diplomat')).toBe(true);
    expect(isKindOf('researcher', 'expert')).toBe(false);
    expect(isKindOf('diplomat', 'minister')).toBe(false);
    expect(isKindOf('', 'diplomat')).toBe(false);
  });
});

// Passages written for these tests: constructions of a Japanese agency, a Kyiv outlet and Chinese state media
// (summit reports held out in tests/fixtures/corpora/summit-quotes-heldout4 missed them; these sentences are new).
describe('"According to <source>, <name> said that ..." is the named speaker\'s', () => {
  it('the source only carries the words: every fragment of the clause goes to the name', () => {
    const paras = ['According to the Baltic News Service (BNS), Arno Kask said that Estonia "will not wait" for Brussels and that the port would "open on time."'];
    expect(speakerOf(paras, 'will not wait')).toBe('Arno Kask');
    expect(speakerOf(paras, 'open on time')).toBe('Arno Kask');
  });
  it('with no named subject after it, the quote stays the source\'s', () => {
    const paras = ['According to the Baltic News Service, the port would "open on time."'];
    expect(speakerOf(paras, 'open on time')).toBe('the Baltic News Service');
  });
  it('a definite description or a pronoun after the comma points back to the person named before: the source only carries it', () => {
    const paras = ['Arno Kask, the Estonian government spokesman, said the talks were over.', 'According to the Baltic News Service, the government spokesman also said: "We will not reopen the file."'];
    expect(speakerOf(paras, 'reopen the file')).not.toBe('the Baltic News Service');
    const pron = ['Lena Vos spoke to the Baltic News Service on Monday.', 'According to the agency, she said: "The berth is ready."'];
    expect(speakerOf(pron, 'berth is ready')).toBe('Lena Vos');
  });
  it('a described person after the comma, the subject of the verb of saying, speaks: the source only carries it', () => {
    const paras = ['According to the Baltic News Service, a port official said the berth was "ready."'];
    expect(speakerOf(paras, 'ready')).toBe('a port official');
  });
});

describe('a long title, a name and a phrase of time before the verb', () => {
  it('"Port Authority spokeswoman Ilze Ozola on Monday claimed that ..." is hers', () => {
    const paras = ['Baltic Port Authority spokeswoman Ilze Ozola on Monday claimed that the new berth "would not be ready" before winter.'];
    expect(speakerOf(paras, 'would not be ready')).toBe('Ilze Ozola');
  });
  it('a thing before the phrase of time is no speaker', () => {
    const paras = ['The Baltic port plan on Monday appeared to stall, with officials calling it "not ready" for a vote.'];
    expect(speakerOf(paras, 'not ready')).not.toBe('The Baltic port plan');
  });
});

describe('"<agency> quoted <name> as saying" is the quoted one\'s', () => {
  it('after the quote: `"...," BNS quoted Arno Kask as saying` is Kask\'s, not the agency\'s', () => {
    const paras = ['"The port will open on time," BNS quoted Arno Kask as saying.'];
    expect(speakerOf(paras, 'The port will open')).toBe('Arno Kask');
  });
  it('"quoted him as saying" never goes to the agency', () => {
    const paras = ['"The port will open on time," BNS quoted him as saying.'];
    expect(speakerOf(paras, 'The port will open')).not.toBe('BNS');
  });
  it('"reported" and "cited" too: `"...," BNS reported Lena Vos as saying`', () => {
    expect(speakerOf(['"The berth is ready," BNS reported Lena Vos as saying.'], 'The berth is ready')).toBe('Lena Vos');
    expect(speakerOf(['"The berth is ready," the agency cited Lena Vos as saying.'], 'The berth is ready')).toBe('Lena Vos');
  });
  it('"BNS quoted the spokeswoman as saying" is the spokeswoman\'s, the one named before, not the agency\'s', () => {
    const paras = ['Port spokeswoman Lena Vos said on Monday that the berth was ready.', 'The news agency BNS quoted the spokeswoman as saying the talks had been "long and useful".'];
    expect(speakerOf(paras, 'long and useful')).toBe('Lena Vos');
  });
  it('before the quote, with "that"', () => {
    const paras = ['The agency quoted Lena Vos as saying that the berth would "never close."'];
    expect(speakerOf(paras, 'never close')).toBe('Lena Vos');
  });
});

// Passages written for these tests: constructions of a magazine long-read, an interview and a Seoul daily
// (summit reports held out in tests/fixtures/corpora/summit-quotes-heldout5 missed them; these sentences are new).
describe('"agreed to <verb>" is a deed, not words', () => {
  it('the agency that said it keeps the fragment, not "the two ministers"', () => {
    const paras = ['The Baltic News Agency quoted Arno Kask as telling Lena Vos that Estonia would "back the port" fully, and said the two ministers had agreed to widen trade "in every sector."'];
    expect(speakerOf(paras, 'in every sector')).toBe('the Baltic News Agency');
    expect(speakerOf(paras, 'back the port')).toBe('Arno Kask');
  });
  it('"the two sides agreed to cooperate" gives the fragment to the one reporting it', () => {
    expect(speakerOf(['The ministry said the two sides agreed to cooperate "in all fields."'], 'in all fields')).toBe('the ministry');
  });
});

describe('the one the writer puts a question to answers with a pronoun', () => {
  const paras = ['I asked Lena Vos, the harbour master, whether the port would open. "We are ready when they are," she replied. "Nobody is rushing."'];
  it('"I asked X whether ... \'...,\' she replied" is X\'s', () => {
    expect(speakerOf(paras, 'We are ready')).toBe('Lena Vos');
  });
  it('and the bare quote after it too', () => {
    expect(speakerOf(paras, 'Nobody is rushing')).toBe('Lena Vos');
  });
  it('someone else asking is no writer: "Kask asked Vos ... he replied" stays unresolved to Vos', () => {
    const other = ['Arno Kask asked Lena Vos whether the port would open. "We are ready," he replied.'];
    expect(speakerOf(other, 'We are ready')).not.toBe('Lena Vos');
  });
});

describe('a pronoun subject after a lead-in or a fronted phrase keeps its person at hand', () => {
  it('"Later he raised his glass. The port, he declared, was \'...\'"', () => {
    const paras = ['Arno Kask arrived at noon. Later he raised his glass. The port, he declared, was "a gift to the nation".'];
    expect(speakerOf(paras, 'a gift to the nation')).toBe('Arno Kask');
  });
  it('"Later, over lunch, he ..." after "Inside, Arno Kask ..."', () => {
    const paras = ['Inside, Arno Kask lingered over the cranes and asked his engineers to take notes. Later, over a lunch of smoked eel, he raised his glass. The port, he declared, was "a gift to the nation".'];
    expect(speakerOf(paras, 'a gift to the nation')).toBe('Arno Kask');
  });
  it('a woman named between still leaves "he" unresolved to her', () => {
    const paras = ['Arno Kask arrived at noon. Later, over lunch, Lena Vos raised her glass. The port, he declared, was "a gift to the nation".'];
    expect(speakerOf(paras, 'a gift to the nation')).not.toBe('Lena Vos');
  });
});

describe('"X spoke of ..." and an emphatic reflexive', () => {
  it('"Arno Kask himself spoke of backing the port\'s \'...\'" is Kask\'s', () => {
    expect(speakerOf(['Arno Kask himself spoke of backing the port\'s "long fight".'], 'long fight')).toBe('Arno Kask');
  });
  it('"Kask himself said" keeps Kask', () => {
    expect(speakerOf(['Arno Kask met Lena Vos. Kask himself said the port was in a "long fight".'], 'long fight')).toBe('Arno Kask');
  });
});

describe('an interview\'s introduction: "we spoke to X ... she told us"', () => {
  it('after a fronted clause, the one the writer spoke to answers', () => {
    const paras = ['To learn more, we spoke to Lena Vos, a fellow at the Baltic Institute. "This is a bargain, not a gift," she told us.'];
    expect(speakerOf(paras, 'This is a bargain')).toBe('Lena Vos');
  });
});

describe('a name inside a relative clause is not the speaker', () => {
  it('"\'...,\' one Riga-based diplomat who has met Kask twice said, \'...\'" is never Kask\'s', () => {
    const paras = ['"The port," one Riga-based diplomat who has met Kask twice said, "is a trap."'];
    expect(speakerOf(paras, 'is a trap')).not.toBe('Kask');
  });
  it('"agreed to \'keep talking\'": what was agreed goes to the one reporting it', () => {
    const paras = ['Ministry spokesperson Lena Vos told a regular briefing on Monday that Tallinn would "never accept" the plan, and said the two governments had agreed to "keep talking".'];
    expect(speakerOf(paras, 'keep talking')).toBe('Lena Vos');
    expect(speakerOf(paras, 'never accept')).toBe('Lena Vos');
  });
});

describe('a quote inside an opening "Asked about <Name>\'s remark ..." phrase', () => {
  const paras = ['Asked about Kask\'s remark that the port was "a gift to the nation", Lena Vos said: "Gifts come with strings."'];
  it('is the named one\'s, not the one answering', () => {
    expect(speakerOf(paras, 'a gift to the nation')).toBe('Kask');
  });
  it('the answer after the comma stays the answerer\'s', () => {
    expect(speakerOf(paras, 'Gifts come with strings')).toBe('Lena Vos');
  });
  it('with no possessive name the answerer keeps the quote', () => {
    expect(speakerOf(['Asked whether the port was "a gift to the nation", Lena Vos said no.'], 'a gift to the nation')).not.toBe('Kask');
  });
});

describe('a participle after a name a verb takes as object speaks for that name', () => {
  it('"Vos recalled Kask telling her: \'...\'" is Kask\'s', () => {
    expect(speakerOf(['Lena Vos, who was at the table, recalled Arno Kask telling her: "We will build it anyway."'], 'We will build it anyway')).toBe('Arno Kask');
  });
  it('"Vos recalled telling Kask: \'...\'" stays Vos\'s', () => {
    expect(speakerOf(['Lena Vos recalled telling Arno Kask: "We will build it anyway."'], 'We will build it anyway')).toBe('Lena Vos');
  });
});

// Passages written for these tests: constructions of an explainer with experts (summit reports held out in
// tests/fixtures/corpora/summit-quotes-heldout6 missed them; these sentences are new).
describe('a speech act foretold under a modal reports no words', () => {
  it('"X said the minister would ask for "..."" is X\'s, not the minister\'s', () => {
    const paras = ['Harbour analyst Lena Vos said the minister would most likely ask for "cranes, dredgers and patience" in Riga.'];
    expect(speakerOf(paras, 'cranes, dredgers')).toBe('Lena Vos');
  });
  it('a verb that took place still credits its own subject', () => {
    const paras = ['Lena Vos said the minister then asked for "cranes, dredgers and patience" in Riga.'];
    expect(speakerOf(paras, 'cranes, dredgers')).not.toBe('Lena Vos');
  });
});

describe('speech foretold on both sides of "and"', () => {
  it('"X will label you a cynic and Y will accuse you of a "..."" stays with the second verb\'s subject', () => {
    const paras = ['If you doubt the port plan, the Harbour Gazette will brand you a pessimist and Radio Talvik will accuse you of a "loss of nerve."'];
    expect(speakerOf(paras, 'loss of nerve')).toBe('Radio Talvik');
  });
});

describe('a colon after a clause with no reporting verb', () => {
  it('"Asked by reporters whether ..., X gave a short answer: "..."" is X\'s', () => {
    const paras = ['Asked by reporters whether the port would open this year, Lena Vos gave a short answer: "That is why we are here."'];
    expect(speakerOf(paras, 'That is why we are here')).toBe('Lena Vos');
  });
  it('"X, an analyst, was blunter: "..."" is X\'s, and "The answer was no: ..." is nobody\'s', () => {
    expect(speakerOf(['Ivo Tamm, a port analyst in Talvik, was blunter: "The port is buying time with borrowed money."'], 'buying time')).toBe('Ivo Tamm');
    expect(speakerOf(['The answer was no: "The port is buying time with borrowed money."'], 'buying time')).toBeNull();
  });
});

describe('a live page\'s heading after its time label', () => {
  const paras = ['Harbour minister Lena Vos opened the new quay on Monday.', "09:40 BST: Vos: 'The quay is open to every ship'", "10:05 BST: Vos: 'no delay' on the second quay"];
  it('"09:40 BST: Name: \'...\'" credits the quote to the name the prose gives', () => {
    expect(speakerOf(paras, 'The quay is open')).toBe('Lena Vos');
    expect(speakerOf(paras, 'no delay')).toBe('Lena Vos');
  });
});

describe('the writer asks someone described, not named', () => {
  const paras = ['When I asked a harbour official what Talvik wanted from the talks, he smiled. "Ships," he said. "We want ships, and we want cranes."'];
  it('"When I asked a harbour official ..., he smiled. \'...,\' he said" is the official\'s, under his description', () => {
    expect(speakerOf(paras, 'We want ships')).toBe('a harbour official');
  });
  it('a clause with a pronoun in it is never taken as a description', () => {
    expect(parseSpeakerPhrase('I asked a harbour official')).toBeNull();
  });
});

// Passages written for this test (a translated report held out in summit-quotes-heldout9 gave "declared the
// North Korean" to a body; these sentences are new).
describe('"the" and a people\'s adjective alone is a person described, not a body', () => {
  it('"declared the Latvian" after a quote is one Latvian, a person, never an organisation', () => {
    expect(parseSpeakerPhrase('the Latvian')).toMatchObject({ type: 'description', kind: 'unnamed', plural: false });
    const { quotes, speakers } = extractQuotes(passagesOf(doc('p', '2024-05-02', ['The Latvian premier Aina Berzina met the Finnish president Pekka Rinne in Turku.', '"We will hold the line on the border," declared the Latvian.'])));
    const q = quotes.find((x) => x.quote.includes('hold the line'));
    expect(q?.speakerId).toBeTruthy();
    const kind = speakers.find((s) => s.id === q!.speakerId)?.kind;
    expect(kind).not.toBe('organisation');
    expect(q?.speaker).not.toBe('Pekka Rinne');
  });
  it('a body\'s name after "the" and a people that is also the whole people stay as they were', () => {
    expect(parseSpeakerPhrase('the Guardian')).toMatchObject({ type: 'name', kind: 'organisation' });
    expect(parseSpeakerPhrase('the Chinese')).toMatchObject({ type: 'name', kind: 'organisation' });
  });
});
