import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { firstNameGender } from '../src/quotes/first-names.ts';
import { scanNameMentions } from '../src/quotes/name-mentions.ts';
import { doc, passagesOf } from './helpers/docs.ts';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: who "he", "it" and "the president" are, and when the text leaves it open.
describe('pronouns and descriptions point back to a clear antecedent, or to no one', () => {
  it('"it" is a body at hand, never one named paragraphs back', () => {
    expect(speakerOf(['The foreign ministry said on Monday that talks would go on.', '"We remain open to dialogue," it said.'], 'open to dialogue')).toBe('the foreign ministry');
    const far = [
      'The foreign ministry said on Monday that talks would go on.',
      'Farmers in the north reported a poor harvest.',
      'Prices of rice rose for a third month.',
      'Dry weather is forecast for the rest of the season.',
      'The report says the drought "underscores the need for new wells," and it adds that "the rains came too late."',
    ];
    expect(speakerOf(far, 'rains came too late')).not.toBe('the foreign ministry');
  });

  it('a subject read in a subordinate clause is no antecedent when the sentence names someone else', () => {
    const paras = ['While Mark Ellison drew large crowds in the spring, the thin turnout now worries Peter Crane, chairman of the county party.', '"We need more volunteers at the door," he said.'];
    expect(speakerOf(paras, 'more volunteers')).toBeNull();
  });

  it('a name followed by its verb in the sentence before competes with the subject read there', () => {
    const paras = ['Whatever Ellison’s critics believe, his pollster, Douglas Green, says the numbers are moving.', '"Voters are coming back to us," he says.'];
    expect([null, 'Douglas Green']).toContain(speakerOf(paras, 'coming back'));
  });

  it('someone named by title and surname since the last speaker leaves "he" open', () => {
    const paras = ['The two men "actually had chemistry," said Ben Rhodes, a deputy adviser.', 'Mr. Halevi was impressed.', '"He can win this," he told his aides afterward.'];
    expect(speakerOf(paras, 'can win this')).not.toBe('Ben Rhodes');
  });

  it('a long title before a name does not hide the name from a later pronoun', () => {
    const paras = [
      'One party spokesman called the report "a partisan smear."',
      'House Intelligence Committee Republican Mike Dorsey, who has read the messages, agreed with the report.',
      '"This is a risk to our national security," he said.',
    ];
    expect(speakerOf(paras, 'national security')).not.toBe('one party spokesman');
  });

  it('a subject named before the quote in the pronoun\'s own sentence is likelier meant than the speaker before', () => {
    const paras = [
      'The candidate\'s campaign "will not change course," said Paul Ferris, his spokesman.',
      'Anne Blake\'s old friend, Victor Hale, who served as counsel under her father, listed the rules the family lives by: "Good manners were assumed," he said.',
    ];
    expect(speakerOf(paras, 'manners were assumed')).not.toBe('Paul Ferris');
  });

  it('a name talked about ("said of Mr. Cruz") does not take "he" from the one who spoke', () => {
    const paras = ['Bryan Walsh, the campaign\'s state director, spoke after the rally.', 'Mr. Walsh said of Mr. Crane that he was "one of us."', '"We are calling every pastor in the county," he said.'];
    expect(speakerOf(paras, 'every pastor')).toBe('Bryan Walsh');
  });

  it('the last fitting name is still found when nothing competes', () => {
    expect(speakerOf(['Jane Doe, a nurse in Leeds, spoke to the press on Monday.', '"We were never told," she said.'], 'never told')).toBe('Jane Doe');
    expect(speakerOf(['General Carter Hume made it plain he had doubts about serving under President Alden Pryce.', '"It was disheartening," he said.'], 'disheartening')).toBe('Carter Hume');
  });

  it('"the official" after two officials goes to neither, unless its words or "the same" tell which', () => {
    const two = ['Japan protested on Monday. "We will not accept any intrusion," a Japanese official told reporters.', '"The islands have always been ours," a Chinese official said in Beijing.'];
    expect(speakerOf([...two, '"Talks will go on," the official added.'], 'Talks will go on')).toBe('the official');
    expect(speakerOf([...two, '"Talks will go on," the Japanese official added.'], 'Talks will go on')).toBe('a Japanese official');
    expect(speakerOf([...two, '"Talks will go on," the same official added.'], 'Talks will go on')).toBe('a Chinese official');
    expect(speakerOf([two[0]!, '"Talks will go on," the official added.'], 'Talks will go on')).toBe('a Japanese official');
  });

  it('one sentence between keeps the thread when the gender tells, unless it names someone else', () => {
    const won = 'Senator Paul Morrow won the primary in Vermont on Tuesday.';
    expect(speakerOf([`${won} It was his first win of the season. "The folks who have known me longest handed me this win," he told the crowd.`], 'known me longest')).toBe('Paul Morrow');
    expect(speakerOf([`${won} Garza freely conceded that his choice was tactical. "With an eye to February," he said.`], 'eye to February')).toBeNull();
  });

  it('the one subject named before the quote in its own sentence is "she" when no one came before', () => {
    expect(speakerOf(['The mayor opened the session.', 'Asked about the old rules, Margaret Olsen, who served as counsel under two governors, was blunt: "Good manners were assumed," she said.'], 'manners')).toBe('Margaret Olsen');
    expect(speakerOf(['The mayor opened the session.', 'Gone are the days when he claimed that only men such as Otto Fenwick wanted "free ports."'], 'free ports')).toBeNull();
  });
  it('a surname, a first name or a dash appositive in a sentence passed over takes "he" or "she" from the speaker before', () => {
    const rally = ['Karl Brenner spoke in Tarnby on Monday.', '"It will be a trap," said Pavel Okonjo, a councillor in Vessland.', 'At a fair in Tarnby, Oster County, on Friday evening, Brenner named the rivals.', '"Our ports have been too generous," he said.'];
    // (Not the lawmaker who spoke before: the subject the sentence just before opens on, past its fronted place
    // and time, is who "he" means.)
    expect(speakerOf(rally, 'too generous')).toBe('Karl Brenner');
    const wife = ['"It will help," said Governor Jan Breslin.', "On the opening night, Varga's wife, Susan, is among the speakers.", 'At a rally this spring, she described him as "kind."'];
    // Not the governor: the wife the sentence between brings in by her first name, the one "she" means.
    expect(speakerOf(wife, 'kind')).toBe('Susan');
    const feud = ['"We are holding up," said Mayor Don Ostrand.', 'Gov. Rick Halvorsen — who is being weighed as a running mate — made the port a priority, and he has feuded with Ostrand, once calling the mayor a "fraud."'];
    expect(speakerOf(feud, 'fraud')).toBe('Rick Halvorsen');
  });
});

describe('"the ministry" after a ministry named', () => {
  it('"Estonia\'s Harbour Ministry said ... "...," the ministry said" is the named ministry\'s', () => {
    const paras = ['Estonia\'s Harbour Ministry said any closure of the strait would break the treaty. "We urge all sides to keep the lanes open," the ministry said in a statement.'];
    expect(speakerOf(paras, 'keep the lanes open')).toBe("Estonia's Harbour Ministry");
  });
  it('two ministries named lately leave "the ministry" to neither', () => {
    const paras = ['Estonia\'s Harbour Ministry and Latvia\'s Transport Ministry both spoke on Monday.', 'Estonia\'s Harbour Ministry said the lanes were open. Latvia\'s Transport Ministry said they were not. "We will check again," the ministry said.'];
    expect(speakerOf(paras, 'check again')).not.toBe("Estonia's Harbour Ministry");
    expect(speakerOf(paras, 'check again')).not.toBe("Latvia's Transport Ministry");
  });
});

describe('a quote continuing one whose own credit could not be told', () => {
  it('\'"...," she said. "..."\' with no sure "she" leaves the second part with no one, not with a man quoted earlier', () => {
    // Written for the test: the pronoun's antecedent is hidden behind a long title with "to the ...".
    const paras = ['Port director Arno Kask said last week that talks were "moving fast". Baltic Envoy to the Nordic Council Lena Vos, who spoke after Kask, said the port looked busy. "They are loading day and night," she said. "That tells you how trade is going."'];
    expect(speakerOf(paras, 'how trade is going')).not.toBe('Arno Kask');
  });
  it('a quote after one credited to a clear speaker still continues it', () => {
    const paras = ['Port director Arno Kask spoke on Monday. "They are loading day and night," Kask said. "That tells you how trade is going."'];
    expect(speakerOf(paras, 'how trade is going')).toBe('Arno Kask');
  });
});

describe('a long title holding "to the <body>" before a name', () => {
  it('"Baltic Envoy to the Nordic Council Lena Vos, who spoke after Kask, said ..." makes her the "she" after it', () => {
    const paras = ['Port director Arno Kask said last week that talks were "moving fast". Baltic Envoy to the Nordic Council Lena Vos, who spoke after Kask, said the port looked busy. "They are loading day and night," she said. "That tells you how trade is going."'];
    expect(speakerOf(paras, 'loading day and night')).toBe('Lena Vos');
    expect(speakerOf(paras, 'how trade is going')).toBe('Lena Vos');
  });
  it('the body\'s name in the title is no part of her name: "Envoy to the Nordic Council Lena Vos said: ..."', () => {
    expect(speakerOf(['Baltic Envoy to the Nordic Council Lena Vos said: "The port is open."'], 'port is open')).toBe('Lena Vos');
  });
});

describe('unnamed speakers and people of one surname are merged only when the text ties them', () => {
  const read = (paragraphs: string[]) => extractQuotes(passagesOf(doc('m', '2024-05-02', paragraphs)));

  it('"the GOP leaders" are not "Democratic leaders", and "the officials" are not "a senior official"', () => {
    const { quotes } = read(['"We will vote no," Democratic leaders in Congress said on Monday.', '"We have the votes," the GOP leaders said.', '"It is over," a senior official said.', '"We disagree," the officials said.']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Democratic leaders in Congress', 'the GOP leaders', 'a senior official', 'the officials']);
  });

  it('a bare surname read as a newly mentioned relative does not give that relative\'s name to the person found', () => {
    const { quotes, speakers } = read([
      'The foundation grew under Margaret Quinlan and her family.',
      '"We are ready," Mrs. Quinlan said.',
      'Her husband, Frank Quinlan, was in Dunmore.',
      'Mr. Quinlan spoke at a school there.',
      'An envoy wrote about a trip by Clara Quinlan and her husband.',
      '"The trip went fine," Mrs. Quinlan said.',
      "Clara Quinlan, the foundation's vice chairwoman, would stay on.",
      '"I am not leaving," she said.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Margaret Quinlan', 'Margaret Quinlan', 'Clara Quinlan']);
    expect(speakers.find((s) => s.name === 'Margaret Quinlan')?.aliases).not.toContain('Clara Quinlan');
  });
});

describe('the people a document names, for pointing back', () => {
  const names = (text: string): string[] => scanNameMentions([text]).map((m) => m.name);

  it('finds a name after a title, before a place, or at the end of a long run of capitals', () => {
    expect(names('Senator Marco Rivera of Florida is running a fresh ad.')).toEqual(['Marco Rivera']);
    expect(names('Mr. Halevi was impressed.')).toEqual(['Halevi']);
    expect(names('House Intelligence Committee Republican Mike Dorsey agreed.')).toEqual(['Mike Dorsey']);
    expect(names('Secretary of State John Kerry said so.')).toEqual(['John Kerry']);
  });

  it('takes no title, book or office for a person', () => {
    expect(names('The Justice Department returned the weapon.')).toEqual([]);
    expect(names('She wrote The Conservative Case for Trump last year.')).toEqual([]);
    expect(names('The Governor of Ohio spoke.')).toEqual([]);
  });
});

describe('sixth pass: pronouns and descriptions resolve only to someone the text fits', () => {
  it('a title picks the person of its gender among people of one surname, and "he" follows', () => {
    const paras = ['Dominic J. Varga bought the yacht in 1991.', 'Helen Varga said the family still sails on it.', 'Mr. Varga said a smaller yacht would have cost more. "It was a bit more boat than I needed," he wrote.'];
    expect(speakerOf(paras, 'more boat')).toBe('Dominic J. Varga');
    // With no one of the title's gender known, the surname still goes to the one person of that name.
    expect(speakerOf(['Helen Varga spoke first.', '"We are proud," Mrs. Varga said.'], 'We are proud')).toBe('Helen Varga');
  });
});

describe('sixth pass: a description and a former role', () => {
  it('"the governor" is not someone the text made only a former governor; "the former governor" is', () => {
    const paras = ['Marian Lowe Pettibone, the former Delaware governor, said she would vote for Ashby.', 'Halvorsen defended his endorsement this week.'];
    expect(speakerOf([...paras, '"I have known him for 14 years," the governor said.'], '14 years')).not.toBe('Marian Lowe Pettibone');
    expect(speakerOf([...paras, '"I have known him for 14 years," the former governor said.'], '14 years')).toBe('Marian Lowe Pettibone');
  });
});

describe('sixth pass: a person named before the pronoun in its own sentence', () => {
  it('leaves "he" open rather than give it to the subject of a sentence before', () => {
    const paras = [
      'On Monday, Ed Brannock went after remarks by Republican candidate Dominic Varga on Norland.',
      'In a radio chat in March, Varga was discussing trade when he told a host, “Perhaps they would do better to pay their own way.”',
    ];
    expect(speakerOf(paras, 'do better')).not.toBe('Ed Brannock');
  });

  it('still gives "he" to the one person when the names before it are his own, a woman\'s or a show\'s', () => {
    expect(speakerOf(['Margaret Quinlan spoke on Monday.', 'On WXR‘ Morning Desk the day before, she stated, “It was the proper call.”'], 'proper call')).toBe('Margaret Quinlan');
    expect(speakerOf(['Leonard Ashcombe runs the Levy Research Office.', 'Plans so far from the front-runner, Margaret Ruth Quinlan, are modest, he said, “mere fiddling.”'], 'mere fiddling')).toBe('Leonard Ashcombe');
  });
});

describe('sixth pass: the simple cases still resolve', () => {
  it('"he" after a named speaker with a role, and after a narration sentence whose subject is the one person', () => {
    expect(speakerOf(['"We will sign the accord," said John Smith, a former diplomat. "It is a good deal," he said.'], 'good deal')).toBe('John Smith');
    expect(speakerOf(['John Smith, a former diplomat, arrived in Geneva on Monday.', 'Smith said the deal was fair. "It is a good deal," he added.'], 'good deal')).toBe('John Smith');
    expect(speakerOf(['Smith said the deal was fair. "It is a good deal," he added.'], 'good deal')).toBe('Smith');
  });

  it('"the Russian president" and "the Russian leader" after "Russian President Vladimir Putin"', () => {
    const paras = ['Russian President Vladimir Putin met Kim Jong Un at the cosmodrome on Wednesday.'];
    expect(speakerOf([...paras, '"We will help," the Russian president said.'], 'We will help')).toBe('Vladimir Putin');
    expect(speakerOf([...paras, '"We will help," the Russian leader said.'], 'We will help')).toBe('Vladimir Putin');
  });
});

describe('sixth pass: the one spoken to', () => {
  it('"he told Pellew" is not Pellew', () => {
    const paras = ['Sean Pellew asked the candidate how tall the tower would be.', '"It could be 60 to 80 feet," he told Pellew, to applause from the hall.'];
    expect(speakerOf(paras, '60 to 80')).not.toBe('Sean Pellew');
    const told = ['Sean Pellew asked the candidate how tall the tower would be.', '"It could be 60 to 80 feet," he told the crowd.'];
    expect(speakerOf(told, '60 to 80')).toBe('Sean Pellew');
  });
});

describe('sixth pass: a first name after a role written into a name', () => {
  it('"Navy SEAL Ty Penner" is a man, so "she" is not him', () => {
    const paras = ['Dorothy Penner, whose husband, Navy SEAL Ty Penner, was killed in 2009, discussed the dispute on Thursday.', 'Penner said she does not trust the critics.', '“I was upset that he was blamed,” she said.'];
    expect(speakerOf(paras, 'upset')).not.toBe('Navy SEAL Ty Penner');
  });
});

describe('people of one surname stay two speakers, and a thing named after a person is not that person', () => {
  it('a title\'s gender keeps "Mr. Varga" from a woman the text named by her first name and surname', () => {
    expect(firstNameGender('Ivanka')).toBe('f');
    expect(firstNameGender('Jeb')).toBe('m');
    // A first name given to men and women alike tells no gender.
    expect(firstNameGender('Pat')).toBeNull();
    const alone = speakerOf(['Helen Varga spoke first.', '"We are proud of our father," Mr. Varga said.'], 'proud of our father');
    expect(alone).not.toBe('Helen Varga');
    expect(alone).toMatch(/Varga/u);
    const both = ['Dominic Varga arrived late.', 'Helen Varga spoke first.', '"We are proud of our father," Mr. Varga said.'];
    expect(speakerOf(both, 'proud of our father')).toBe('Dominic Varga');
    // A first name for either gender leaves the title free to name him.
    expect(speakerOf(['Pat Hollis spoke in 1994.', '"There is a war of values," Mr. Hollis said.'], 'war of values')).toBe('Pat Hollis');
  });

  it('a bare surname is not the first word of "the Varga Express", nor "Team Varga" beside a person of that name', () => {
    const train = ['For anyone not yet aboard the Varga Express, listen.', 'To wit, Varga told a radio host that a rival "had a foolish plan," adding, "He lost every county."'];
    expect(speakerOf(train, 'foolish plan')).toBe('Varga');
    const team = ['Team Varga sees the fair as a fresh opening for Dominic Varga to win over doubters.', 'In grave remarks, Varga called the fire "a blow to our whole town."'];
    expect(speakerOf(team, 'blow to our')).toBe('Dominic Varga');
  });

  it('"Quinlan herself" is the Quinlan who is a woman, though Frank Quinlan spoke last', () => {
    const paras = [
      'Margaret Quinlan campaigned in Dunmore.',
      'Frank Quinlan joined in on Monday. "He is running against me," the former president said.',
      'Quinlan herself also hinted that she is bracing for a battle. "Sen. Brennick has struggled to answer questions," she said.',
    ];
    expect(speakerOf(paras, 'struggled to answer')).toBe('Margaret Quinlan');
  });

  it('a bare surname above a report naming two people of it goes to neither, and "Mrs." then picks her', () => {
    const paras = [
      "Quinlan hints at husband's role;",
      "In a campaign season when Frank Quinlan's record has drawn questions, Margaret Quinlan is defining the part her husband would take.",
      "Mrs. Quinlan told voters on Sunday that Mr. Quinlan would be ''in charge of rebuilding the harbor.''",
      "Asked on Monday whether Mr. Quinlan would take a ministry, Mrs. Quinlan shook her head and said, ''No, he would not.''",
    ];
    expect(speakerOf(paras, 'rebuilding the harbor')).toBe('Margaret Quinlan');
    expect(speakerOf(paras, 'he would not')).toBe('Margaret Quinlan');
  });
});

describe('abstaining where the resolution is a guess: no speaker rather than a wrong one', () => {
  it('"he" after someone only described, who never spoke, stays "he"', () => {
    expect(speakerOf(['The former president showed restraint on Monday.', '"The louder this race grows, the more I miss my garden," he said.'], 'louder this race')).toBeNull();
  });

  it('"he" after someone described whom the writer asked goes to them: the text sets them up to answer', () => {
    const asked = ['When we spoke to a customs officer about the queue at the border, he shrugged. "Trucks," he said. "Too many trucks, and too few lanes."'];
    expect(speakerOf(asked, 'too few lanes')).toBe('a customs officer');
    // Only described and not asked: still no answer.
    const seen = ['A customs officer stood by the queue at the border all morning.', '"Too many trucks, and too few lanes," he said.'];
    expect(speakerOf(seen, 'too few lanes')).toBeNull();
  });

  it('"he" after a described speaker still goes to that speaker', () => {
    expect(speakerOf(['"It is hardly a wild notion," the senator said at the rally.', '"Nobody who works should be poor," he said.'], 'Nobody who works')).toBe('the senator');
  });

  it('"he" after two men named as the subjects of the sentence before stays "he"', () => {
    const paras = ['"We will talk again," Jim Ward said after the meeting.', 'Ward and Tom Berry, the union leader, met again in Ohio on Friday.', '"We agreed on nothing," he said.'];
    expect(speakerOf(paras, 'agreed on nothing')).toBeNull();
    // A name the sentence passed over only as an object leaves the subject the one most likely meant: measured
    // on PolNeAR's train split, abstaining there would drop 47 right answers for 17 judged wrong, most of them
    // right on reading (the gold's pronoun chains are a machine's coreference).
    expect(speakerOf(['"We will talk again," Jim Ward said after the meeting.', 'Ward later met Tom Berry in Ohio on Friday.', '"We agreed on nothing," he said.'], 'agreed on nothing')).toBe('Jim Ward');
  });

  it('a quote credited to a described crowd right after it is not the speaker before\'s next words', () => {
    const paras = ['"Who is going to pay for the dam?" Jane Roe asked the rally.', '"Norland!" the audience screamed back.'];
    expect(speakerOf(paras, 'Norland')).toBeNull();
    expect(speakerOf(['"Who is going to pay for it?" Jane Roe asked.', '"The people," she said.'], 'The people')).toBe('Jane Roe');
  });
});

// Passages written for these tests: a description reaches the one person whose title holds its words, the
// place of a people's adjective matched through another name WordNet gives the place the title names.
describe('a description and a title naming the same place by different names', () => {
  it('"the Korean leader" is the one person titled "DPRK leader"; "the Korean leader" is no one when two Korean leaders are titled', () => {
    const one = ['President Ana Lopes hosted a dinner for the visiting DPRK leader Ri Song Chol on Monday.', 'Ri Song Chol, in his turn, raised a toast. "Our peoples have stood together," the Korean leader said.'];
    expect(speakerOf(one, 'stood together')).toBe('Ri Song Chol');
    const two = [
      'South Korean President Lee Min Ho and DPRK leader Ri Song Chol met at the border on Monday.',
      'Ri Song Chol and Lee Min Ho raised a toast together. "Our peoples have stood together," the Korean leader said.',
    ];
    expect(speakerOf(two, 'stood together')).not.toBe('Ri Song Chol');
    expect(speakerOf(two, 'stood together')).not.toBe('Lee Min Ho');
  });

  it('"the Russian leader" is not a president whose title names another place', () => {
    const paras = ['President Ana Lopes hosted a dinner for the visiting DPRK leader Ri Song Chol on Monday.', 'Ana Lopes, in her turn, raised a toast. "Our peoples have stood together," the Russian leader said.'];
    expect(speakerOf(paras, 'stood together')).not.toBe('Ana Lopes');
    expect(speakerOf(paras, 'stood together')).not.toBe('Ri Song Chol');
  });
});

describe('a people named in two words', () => {
  it('"the North Korean leader" is the one person titled "DPRK leader" or "North Korean leader", not a South Korean one', () => {
    const abbreviated = ['President Ana Lopes hosted a dinner for the visiting DPRK leader Kim Song Chol on Monday.', 'Kim Song Chol, in his turn, raised a toast. "Our peoples have stood together," the North Korean leader said.'];
    expect(speakerOf(abbreviated, 'stood together')).toBe('Kim Song Chol');
    const spelt = ['President Ana Lopes hosted a dinner for the visiting North Korean leader Kim Song Chol on Monday.', 'Kim Song Chol, in his turn, raised a toast. "Our peoples have stood together," the North Korean leader said.'];
    expect(speakerOf(spelt, 'stood together')).toBe('Kim Song Chol');
    const south = ['President Ana Lopes hosted a dinner for the visiting South Korean President Lee Min Ho on Monday.', 'Lee Min Ho, in his turn, raised a toast. "Our peoples have stood together," the North Korean leader said.'];
    expect(speakerOf(south, 'stood together')).not.toBe('Lee Min Ho');
  });
});
