import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { bodyParagraphs } from '../src/corpus/frontmatter.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Passages written for these tests: conventions of news reports (sources named with "according to", pronouns
// and descriptions pointing back, continued quote paragraphs, transcripts) that the engine must read by
// general rules, never by a list of names.
function quotesOf(paragraphs: string[]): ReturnType<typeof extractQuotes>['quotes'] {
  return extractQuotes(passagesOf(doc('p', '2024-05-02', paragraphs))).quotes;
}
function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = quotesOf(paragraphs).find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote holds "${contains}"`);
  return q.speaker;
}

describe('"according to" after a quote whose clause has its own speaker', () => {
  it('"Jane Roe said that ... "...", according to the agency" is Jane Roe\'s', () => {
    const paras = ['OSLO (Wire) -- Foreign Minister Jane Roe said on Monday that her country saw "real openings" for trade, according to the Nordic news agency.'];
    expect(speakerOf(paras, 'real openings')).toBe('Jane Roe');
  });
  it('"X told Y that ... "...", according to state media" is X\'s', () => {
    const paras = ['Prime Minister Arno Kask told President Lena Vos that his country would "never forget" the help, according to state media.'];
    expect(speakerOf(paras, 'never forget')).toBe('Arno Kask');
  });
  it('a person described as the subject keeps the source from speaking: "The Estonian leader raised a toast to "...", according to state television"', () => {
    const paras = ['Prime Minister Arno Kask met President Lena Vos on Monday.', 'The Estonian leader raised a toast to "the health of our friends," according to state television.'];
    expect(speakerOf(paras, 'health of our friends')).not.toBe('state television');
  });
  it('"according to X," set off before a named subject who wished/thanked: the source only reports', () => {
    const paras = ['Prime Minister Arno Kask met President Lena Vos on Monday.', 'At the banquet, according to the state news agency, Kask wished Vos "many happy years" in office.'];
    expect(speakerOf(paras, 'many happy years')).not.toBe('the state news agency');
    expect(speakerOf(paras, 'many happy years')).not.toBe('state news agency');
    const plain = ['According to the state news agency, the talks ran "long into the night."'];
    expect(speakerOf(plain, 'long into the night')).not.toBeNull();
  });
  it('a named subject keeps a fragment with no reporting verb: "Arno Kask raised a glass to "...", according to state television"', () => {
    const paras = ['Arno Kask raised a glass to "the health of our friends" at a banquet, according to state television.'];
    expect(speakerOf(paras, 'health of our friends')).toBe('Arno Kask');
  });
  it('a definite description as the subject of a fragment with no reporting verb: "The Estonian president raised a toast to "...""', () => {
    const paras = ['Estonian President Arno Kask met Latvian Prime Minister Lena Vos on Monday.', 'The Estonian president raised a toast to "the health of our friends," according to state television.'];
    expect(speakerOf(paras, 'health of our friends')).toBe('Arno Kask');
  });
  it('with no speaker of its own, the quote stays with "according to"', () => {
    const paras = ['The talks were "constructive and frank," according to the Nordic news agency.'];
    expect(speakerOf(paras, 'constructive and frank')).toBe('the Nordic news agency');
  });
  it('a verb in a clause opened by "After" is not the speaker: the source named by "according to" is', () => {
    const paras = ['After reporter Tom Hale asked about the trip, the couple became "agitated," according to a source at the station.'];
    expect(speakerOf(paras, 'agitated')).not.toBe('Tom Hale');
  });
});

describe('a live page\'s bullets', () => {
  const body = 'Key points\n- Talks have begun at the port\n- Kask tells Vos that the deal is "a new start"\n- The ministry says it is "concerned" about the deal\n\nMore text.';
  it('each list item is a paragraph of its own; wrapped lines are still joined', () => {
    expect(bodyParagraphs(body)).toStrictEqual(['Key points', '- Talks have begun at the port', '- Kask tells Vos that the deal is "a new start"', '- The ministry says it is "concerned" about the deal', 'More text.']);
    expect(bodyParagraphs('A line\nwrapped - here\n-not a bullet\n*Emphasis* too')).toStrictEqual(['A line wrapped - here -not a bullet *Emphasis* too']);
  });
  it('a time-stamped heading is a paragraph of its own; a sentence opening with a time is not', () => {
    expect(bodyParagraphs('08:50 GMT - Kask toasts Vos\nArno Kask raised a glass.\n10:30 - Talks end\nThey ended.')).toStrictEqual(['08:50 GMT - Kask toasts Vos', 'Arno Kask raised a glass.', '10:30 - Talks end', 'They ended.']);
    expect(bodyParagraphs('Talks began at\n10:30 - an hour late - and ended.')).toStrictEqual(['Talks began at 10:30 - an hour late - and ended.']);
  });
  it('a heading naming one person does not run into the name opening the entry', () => {
    const paras = ['- Vos says the port will see "new ships" soon', ...bodyParagraphs('08:50 GMT - Kask toasts Vos\nArno Kask raised a glass at the banquet.')];
    expect(speakerOf(paras, 'new ships')).toBe('Vos');
  });
  it('a bullet\'s subject is at hand for a "he" in the next bullet', () => {
    const paras = ['- Port spokesman Arno Kask says nothing will be signed', '- "No agreements are planned," he told reporters'];
    expect(speakerOf(paras, 'No agreements')).toBe('Arno Kask');
  });
  it('a bullet\'s marker is no part of its credit: "- Kask pledges "full support" for the port"', () => {
    expect(speakerOf(['Arno Kask met Lena Vos.', '- Kask pledges "full support" for the port'], 'full support')).toBe('Arno Kask');
  });
  it('a quote in one bullet never takes the speaker of the next', () => {
    const paras = ['Arno Kask met Lena Vos at the port on Monday.', ...bodyParagraphs(body)];
    expect(speakerOf(paras, 'a new start')).toBe('Arno Kask');
    expect(speakerOf(paras, 'concerned')).toBe('the ministry');
  });
});

describe('"he said" after a sentence whose subject is one named person', () => {
  it('an appositive that runs to the twelfth word ("..., a security analyst at the Riverside Policy Centre in Vienna,") keeps the name the subject', () => {
    const paras = ['Ivan Petrov, a security analyst at the Riverside Policy Centre in Vienna, was more blunt. "Moscow needs shells," he said. "This is a deal of convenience."'];
    expect(speakerOf(paras, 'Moscow needs shells')).toBe('Ivan Petrov');
    expect(speakerOf(paras, 'deal of convenience')).toBe('Ivan Petrov');
  });
});

describe('a description, then the name it gives, before a colon', () => {
  it('"Its spokesman, Lim Soo-suk, said: ..." goes to the hyphenated name', () => {
    const paras = ['South Korea said it was worried by the meeting. Its spokesman, Lim Soo-suk, said: "No member state should violate the sanctions."'];
    expect(speakerOf(paras, 'No member state')).toBe('Lim Soo-suk');
  });
});

describe('a description that is the role an earlier name was given', () => {
  const opening = 'Tallinn, May 2 (Agency) -- Lena Vos, minister of trade of Latvia, held talks with Arno Kask, president of the Estonian Republic, at the port.';
  it('"The Estonian president stated:" goes to the one person named with that role, paragraphs before', () => {
    const paras = [opening, 'Vos said the talks were "useful" for both.', 'Kask, for his part, noted that the visit was "a significant event" for him.', 'The talks went on into the evening.', 'The Estonian president stated: "We are always glad to receive friends."'];
    expect(speakerOf(paras, 'always glad')).toBe('Arno Kask');
  });
  it('a people\'s adjective stands for its country: "the Estonian president" is "president of Estonia"', () => {
    const paras = ['Arno Kask, president of Estonia, held talks with Lena Vos, prime minister of Latvia, at the port.', 'Kask said the visit was "a significant event" for him.', 'Vos, for her part, noted that the talks were "useful" for both.', 'The Estonian president stated: "We are always glad to receive friends."'];
    expect(speakerOf(paras, 'always glad')).toBe('Arno Kask');
  });
  it('two people given fitting roles leave the description as it is', () => {
    const paras = ['Arno Kask, president of Estonia, held talks with Lena Vos, president of Latvia, at the port.', 'Kask said the visit was "a significant event" for him.', 'Vos, for her part, noted that the talks were "useful" for both.', 'The president stated: "We are always glad to receive friends."'];
    expect(speakerOf(paras, 'always glad')).toBe('the president');
  });
});

describe('a subject given as a description, then the name', () => {
  it('"The Estonian foreign minister, Lena Vos, warned ... The minister stated:" goes to Lena Vos', () => {
    const paras = ['The Estonian foreign minister, Lena Vos, warned Moscow against any arms trade. The minister stated: "Such cooperation would be a grave violation."'];
    expect(speakerOf(paras, 'grave violation')).toBe('Lena Vos');
  });
  it('a plural description before a name is no role of hers', () => {
    const paras = ['The two ministers, Lena Vos and Arno Kask, met on Monday. The minister stated: "We agree."'];
    expect(speakerOf(paras, 'We agree')).not.toBe('Lena Vos');
  });
});

describe('"she said" inside a sentence after one whose subject she is', () => {
  it('"Vos was cautious about what comes next. The meeting, she said, ..." goes to Lena Vos', () => {
    const paras = ['"The port matters," said Lena Vos, who studies the region.', 'Oren Beck, a former officer, called the deal "a bridge too far."', 'China kept its distance.', 'Vos was cautious about what comes next. The meeting, she said, "is more show than substance for now."'];
    expect(speakerOf(paras, 'more show than substance')).toBe('Lena Vos');
  });
  it('a man as that subject is not "she"', () => {
    const paras = ['"The port matters," said Arno Kask, who studies the region.', 'Oren Beck, a former officer, called the deal "a bridge too far."', 'China kept its distance.', 'Kask was cautious about what comes next. The meeting, she said, "is more show than substance for now."'];
    expect(speakerOf(paras, 'more show than substance')).not.toBe('Arno Kask');
  });
});

describe('a quote paragraph continuing the speaker of the quote before', () => {
  it('continues after a paragraph ending in the credit', () => {
    const paras = ['Ivan Petrov is a security analyst.', '"Moscow needs shells," Petrov said.', '"This is a marriage of convenience."'];
    expect(speakerOf(paras, 'marriage of convenience')).toBe('Ivan Petrov');
  });
  it('inside a paragraph too: not across a sentence about someone else, but across one about him', () => {
    const other = ['Ivan Petrov is a security analyst.', '"Moscow needs shells," Petrov said. Lena Vos disagreed. "This is a marriage of convenience."'];
    expect(speakerOf(other, 'marriage of convenience')).not.toBe('Ivan Petrov');
    const same = ['Ivan Petrov is a security analyst.', '"Moscow needs shells," Petrov said. He paused. "This is a marriage of convenience."'];
    expect(speakerOf(same, 'marriage of convenience')).toBe('Ivan Petrov');
  });
  it('a quote credited later in its paragraph gives its speaker to a bare quote before it, unless someone else is named between', () => {
    expect(speakerOf(['Ivan Petrov and Lena Vos spoke.', '"Moscow needs shells." "This is a marriage," Petrov said.'], 'Moscow needs shells')).toBe('Ivan Petrov');
    expect(speakerOf(['Ivan Petrov and Lena Vos spoke.', '"Moscow needs shells." Vos disagreed. "This is a marriage," Petrov said.'], 'Moscow needs shells')).not.toBe('Ivan Petrov');
  });
  it('not when a sentence after the credit is about someone else', () => {
    const paras = ['Ivan Petrov is a security analyst.', '"Moscow needs shells," Petrov said. Lena Vos disagreed.', '"This is a marriage of convenience."'];
    expect(speakerOf(paras, 'marriage of convenience')).not.toBe('Ivan Petrov');
  });
});

// Passages written for these tests: a fact-check's "According to the transcript, X greeted Y with the words:".
describe('"with the words:" before a full sentence is speech, not a term named', () => {
  it('"According to the transcript, Arno Kask greeted Lena Vos with the words: "..."" is his', () => {
    const paras = ['Prime Minister Arno Kask received President Lena Vos at the port.', 'According to the official transcript, Kask greeted Vos with the words: "I am very glad to see you here."'];
    expect(speakerOf(paras, 'very glad to see you')).toBe('Arno Kask');
  });
  it('a term named with "the word" stays unattributed', () => {
    const paras = ['Prime Minister Arno Kask received President Lena Vos at the port.', 'Kask avoided the word "alliance" throughout the visit.'];
    expect(speakerOf(paras, 'alliance')).toBeNull();
  });
});

// Passages written for these tests: a broadcast script's closing item.
describe('a subject after "Finally tonight," or given as "<Name>\'s sister, <name>,"', () => {
  it('"Kask\'s sister, Mari Kask, was seen ... "...," she said" is hers', () => {
    const paras = ['Prime Minister Arno Kask met President Lena Vos.', 'Kask\'s sister, Mari Kask, was seen at his side all day. "We need no one\'s permission," she said.'];
    expect(speakerOf(paras, 'no one\'s permission')).toBe('Mari Kask');
  });
  it('"Finally tonight, his sister, Mari Kask, was seen ..." makes her the "she" after it', () => {
    const paras = ['Prime Minister Arno Kask met President Lena Vos.', 'Finally tonight, his sister, Mari Kask, was seen at his side. "We need no one\'s permission," she said.'];
    expect(speakerOf(paras, 'no one\'s permission')).toBe('Mari Kask');
  });
});

// Passage written for this test: a fact-check quoting the claim a social media post makes.
describe('words a post (or anyone) says someone told another are the claim, not that person\'s words told', () => {
  it('"A post ... says Arno Kask told Lena Vos that the port would "..."" is not credited to Kask', () => {
    const paras = ['CLAIM: A post shared thousands of times on social media says Arno Kask told Lena Vos at the port that Estonia would "give our friends every ship we have".', 'VERDICT: False.'];
    expect(speakerOf(paras, 'every ship we have')).not.toBe('Arno Kask');
  });
  it('"Arno Kask told Lena Vos that the port would "..."" alone is his', () => {
    const paras = ['Arno Kask told Lena Vos at the port that Estonia would "give our friends every ship we have".'];
    expect(speakerOf(paras, 'every ship we have')).toBe('Arno Kask');
  });
});
