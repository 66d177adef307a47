import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';
import { speakersByWholeQuote } from './helpers/quotes.ts';

// Sentences written for these tests (session 39, helper H); people and places invented.
const speakers = (paras: string[]) => speakersByWholeQuote(paras, 'p', '2025-05-01');

describe('a place name opening with a word in "-ing" is whole as a subject', () => {
  it('"Downing Street insisted ..." and "Barking Council said ..." keep their first word', () => {
    const got = speakers([
      'The ferry plan was discussed again on Monday.',
      'Downing Street insisted that the minister was "fully on top of the brief".',
      'Barking Council said the timetable was "simply not workable".',
    ]);
    expect(got.get('fully on top of the brief')).toBe('Downing Street');
    expect(got.get('simply not workable')).toBe('Barking Council');
  });
});

describe('"Mr Speaker", "Madam President": an office addressed, not a person surnamed Speaker', () => {
  it('credits the officeholder by office, unnamed', () => {
    const { quotes, speakers: people } = extractQuotes(passagesOf(doc('p', '2025-05-01', [
      'Members argued for an hour over the harbour bill on Wednesday.',
      '"Order. The honourable member will resume his seat," said Mr Speaker.',
      '"We will take one more question," said Madam Deputy Speaker.',
    ])));
    const byId = new Map(people.map((s) => [s.id, s]));
    for (const text of ['Order. The honourable member will resume his seat', 'We will take one more question']) {
      const q = quotes.find((x) => x.quote.includes(text));
      expect(q?.speaker).toMatch(/^the (?:Deputy )?Speaker$/u);
      expect(byId.get(q!.speakerId!)?.kind).toBe('unnamed');
    }
  });
});

describe('"According to X, the elder Roe had boasted that ... "..."": the generation word points back to a named Roe', () => {
  it('credits the family member the clause\'s own verb has for subject, not the source', () => {
    const got = speakers([
      'The trial of a shipping agent, Paul Denner, and his son Mark Denner entered its third day on Tuesday.',
      'According to Ms Hartley, the elder Denner had boasted to a friend that he was "the best fixer on the whole coast".',
      'According to the prosecutor, the younger Denner told a colleague that the cargo was "nothing to worry about".',
    ]);
    expect(got.get('the best fixer on the whole coast')).toBe('Paul Denner');
    expect(got.get('nothing to worry about')).toBe('Mark Denner');
  });
});

describe('"... emails in which X discussed .... In one, he wrote: "..."": the writer may be meant as well as the subject', () => {
  it('credits no one rather than the subject of the sentence before', () => {
    const got = speakers([
      'The fraud trial of a haulier, Victor Brand, opened at the crown court on Monday.',
      'Mr Okonjo said the jury would read letters in which Mr Brand described the deliveries. In one, sent in May, he wrote: "The trucks must leave before the inspection."',
      'Mr Okonjo told the jury: "These were not innocent words."',
    ]);
    expect(got.get('The trucks must leave before the inspection.')).not.toBe('Okonjo');
    expect(got.get('These were not innocent words.')).toBe('Okonjo');
  });
});

describe('a member named with seat and party in parentheses is the subject of the verb after them', () => {
  it('"Mr Tobias Wrenfield (Marlow Vale) (Con) asked .... Opening, he said: "..."" is his', () => {
    const got = speakers([
      'This digest offers a short account of the exchanges on the harbour bill.',
      'Mr Tobias Wrenfield (Marlow Vale) (Con) asked the minister to make a statement. Opening, he said: "The harbour is silting up and nobody seems to care."',
      'Sir Alan Gessop (Hurley) (Con) rose from the back bench.',
      '"Will the honourable gentleman give way?" he asked.',
    ]);
    expect(got.get('The harbour is silting up and nobody seems to care.')).toBe('Tobias Wrenfield');
    expect(got.get('Will the honourable gentleman give way?')).toBe('Sir Alan Gessop');
  });
});

describe('"Ana Roe asked about the ferries. "Does the minister know ...?"": a question quoted alone after its asking is the asker\'s', () => {
  it('credits the asker of the sentence before when the quote is a question, not otherwise', () => {
    const got = speakers([
      'The committee met on Thursday to discuss the port.',
      'Mrs Ann Pryor asked about the ferries. "Does the minister know how many crews were laid off?"',
      'Mr Ivo Dane asked the minister about the quay. "It is falling into the sea."',
    ]);
    expect(got.get('Does the minister know how many crews were laid off?')).toBe('Ann Pryor');
    expect(got.get('It is falling into the sea.')).not.toBe('Ivo Dane');
  });
});

describe('"At the close of the sitting Judge Tom Harwell warned ...": a fronted phrase without its comma ends at a title', () => {
  it('makes the titled name the subject a later "he told them" means', () => {
    const got = speakers([
      'The trial continued on Tuesday with evidence from the harbour master.',
      'At the close of the sitting Judge Tom Harwell warned the jurors not to watch the news. "You will decide this case on the facts," he told them.',
    ]);
    expect(got.get('You will decide this case on the facts')).toBe('Tom Harwell');
  });
});

describe('a body whose name joins capitalised words with "and" is one speaker', () => {
  it('"HM Revenue and Customs, which ..., said" and "the Forestry, Canals and Waterways Office ... saying"', () => {
    const got = speakers([
      'The haulage firm was fined on Friday after a two-year inquiry.',
      'HM Revenue and Customs, which led the inquiry, said in a statement that it would "follow the money wherever it goes".',
      'Later the Forestry, Canals and Waterways Office issued a note saying the fine was "a clear signal to exporters".',
      'The Food and Drug Administration said the recall was "purely precautionary".',
    ]);
    expect(got.get('follow the money wherever it goes')).toBe('HM Revenue and Customs');
    expect(got.get('a clear signal to exporters')).toMatch(/Forestry, Canals and Waterways Office$/u);
    expect(got.get('purely precautionary')).toMatch(/Food and Drug Administration$/u);
  });
});

describe('"Kestrel Analytics, a consultancy based in Leeds, said ...": a role with a participle of how a body is set up', () => {
  it('leaves the name before the commas the subject', () => {
    const got = speakers([
      'The ferry market has been weak for a year.',
      'Kestrel Analytics, a consultancy based in Leeds, said in a note that the fares pointed to "a slow decline".',
      'Harbour Aid, a charity founded by two nurses in 1990, said the closures were "a disgrace".',
    ]);
    expect(got.get('a slow decline')).toBe('Kestrel Analytics');
    expect(got.get('a disgrace')).toBe('Harbour Aid');
  });
});

describe('"the ex-soldier": "ex-" before a noun of a person reads as "former"', () => {
  it('makes a description the quote can be credited to', () => {
    const { quotes, speakers: people } = extractQuotes(passagesOf(doc('p', '2025-05-01', [
      'The harbour plan was published on Monday.',
      'The ex-soldier, who served in Cyprus, said the plan was "the worst idea in a generation".',
    ])));
    const q = quotes.find((x) => x.quote === 'the worst idea in a generation');
    expect(q?.speaker).toBe('the ex-soldier');
    expect(people.find((s) => s.id === q?.speakerId)?.kind).toBe('unnamed');
  });
});

describe('quotes inside quotes: "my old X used to say" and a "she said" back to a newcomer of the outer quote', () => {
  it('credits the inner words to the speaker\'s own relation, and to the one person brought in by "a"', () => {
    const got = speakers([
      'The harbour plan was debated on Monday.',
      '"My old teacher used to say, \'Never sail on a promise,\'" said Rhys Tallow, a ferry captain.',
      '"A woman who lost her job at the cannery wrote to me last week. She said, \'Nobody in the ministry has ever gutted a fish.\' I agree with her," said Ana Brell, the local member.',
    ]);
    expect(got.get('Never sail on a promise')).toBe("Rhys Tallow's old teacher");
  });
  it('gives a "she said" inside the outer quote to the one woman it brought in by "a"', () => {
    const got = speakers([
      'The harbour plan was debated on Monday.',
      '"A woman who lost her job at the cannery wrote to me last week. She said, \'Nobody in the ministry has ever gutted a fish.\' I agree with her," said Ana Brell, the local member.',
    ]);
    expect(got.get('Nobody in the ministry has ever gutted a fish.')).toBe('a woman');
  });
});

describe('"Another, Sir Tom Baird, was less kind. He said ...": a name set off after "Another" is the subject', () => {
  it('gives the "he" after it to the named one', () => {
    const got = speakers([
      'The harbour bill was debated for three hours.',
      'One councillor said the minister had "lost the room". Another, Sir Tom Baird, was less kind. He said the replies had been "thin and late".',
    ]);
    expect(got.get('thin and late')).toBe('Sir Tom Baird');
  });
});

describe('"the honourable member for Ashfield" is the member the document named with that seat', () => {
  it('resolves the seat to the name given before it in parentheses', () => {
    const got = speakers([
      'This digest offers a short account of the exchanges on the harbour bill.',
      'Mr Tobias Wrenfield (Marlow Vale) (Con) asked the minister to give an update on the ferries.',
      'Ms Ruth Odell (Kinbrook) (Lab) asked about the pier.',
      'The honourable member for Marlow Vale returned to the ferries. "Who will pay for the new boats?" he asked.',
    ]);
    expect(got.get('Who will pay for the new boats?')).toBe('Tobias Wrenfield');
  });
});

describe('"Opening the prosecution case, Jane Roe KC ..." and "Roe KC, prosecuting,": she is "the prosecutor" later', () => {
  it('credits "the prosecutor said" to the one the court report said prosecutes', () => {
    const got = speakers([
      'A haulier accused of smuggling cigarettes went on trial at the crown court on Monday.',
      'Opening the prosecution case, Miriam Castell KC told the jury that every lorry had a false floor.',
      '"The floors were built for one purpose," the prosecutor said.',
    ]);
    expect(got.get('The floors were built for one purpose')).toBe('Miriam Castell');
    const got2 = speakers([
      'A haulier accused of smuggling cigarettes went on trial at the crown court on Monday.',
      'Simon Arkwright KC, prosecuting, said the lorries had been seen at the port twice.',
      '"They came and went like ferries," the prosecutor told the jury.',
    ]);
    expect(got2.get('They came and went like ferries')).toBe('Simon Arkwright');
  });
});
