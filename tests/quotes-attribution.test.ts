import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { findQuoteSpans } from '../src/quotes/attribution.ts';
import type { Quote } from '../src/types.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Every passage here was written for these tests, in the constructions news writing uses.

function read(...paragraphs: string[]): { quotes: Quote[]; speakers: ReturnType<typeof extractQuotes>['speakers'] } {
  return extractQuotes(passagesOf(doc('t', '2023-09-13', paragraphs)));
}

function speakerOf(paragraphs: string[], contains: string): string | null {
  const q = read(...paragraphs).quotes.find((x) => x.quote.includes(contains));
  if (!q) throw new Error(`no quote containing "${contains}"`);
  return q.speaker;
}

describe('attribution by the grammar of the sentence', () => {
  it('a name, its role with a place, and a second role between commas before the verb', () => {
    expect(speakerOf(['Pierre-Luc Vantour, the foreign minister of Veldoria, a founding member of the Harbor Council, said the launch "cannot go unanswered."'], 'unanswered')).toBe('Pierre-Luc Vantour');
  });

  it('the subject of a sentence holding a quote is the antecedent of a pronoun inside it', () => {
    const said = speakerOf(['"It cannot go unanswered," Pierre-Luc Vantour said.', 'Secretary General Oku Tae-min denounced what he called a "reckless affront" to the treaties. "I trust the Council to stand together," he told reporters.'], 'stand together');
    expect(said).toBe('Oku Tae-min');
  });

  it('a full sentence quoted after a colon is the words of the clause\'s subject, whatever its verb', () => {
    expect(speakerOf(['Walt Brennick offered a curt reply: "Nobody is scrapping this. We are pressing on."'], 'scrapping')).toBe('Walt Brennick');
    expect(speakerOf(['The snarky headline reads: "Repeat after me: nobody is admitting refugees."'], 'Repeat')).toBeNull();
  });

  it('a full name after the quote with her age, role and town between commas before the verb', () => {
    expect(speakerOf(['"I just do not think she has been truthful," Cecelia Purner, 67, a retired clerk in Allentown, Pa., said in an interview.'], 'truthful')).toBe('Cecelia Purner');
  });

  it('a credit closing the sentence after more words of it: "..." about X, said Jane Doe, a role', () => {
    expect(speakerOf(['"Plenty would call that a letdown" if she did not win by more, said Tobias Quell, a polling analyst at the Brenner Election Letter.'], 'letdown')).toBe('Tobias Quell');
  });

  it('a quote with a credit the engine cannot read is not handed the speaker of the quote before', () => {
    const said = speakerOf(['"It is holding up," said Lionel Farrow, the chief economist.', '"We had real trouble with the tariff section," said the union leader and two of his aides.'], 'tariff section');
    expect(said).not.toBe('Lionel Farrow');
  });

  it('a paragraph ending in a colon after any clause credits the quote that opens the next paragraph', () => {
    expect(speakerOf(['The paper made the same claims in February, and Acme News responded:', '"If people are so prone to attacks, so be it."'], 'so be it')).toBe('Acme News');
  });

  it('a paragraph ending "He said:" credits the quote that opens the next paragraph', () => {
    expect(speakerOf(['Gordon Vail answered with the example of Marlow.', 'He said:', '"We have a situation where our old mill towns are struggling. You drive through, every shop is shut."'], 'mill towns')).toBe('Gordon Vail');
  });

  it('"He\'s claiming": the contracted auxiliary is skipped to the subject', () => {
    expect(speakerOf(['Gordon Vail questioned the ballot count again. He’s claiming that miscounting is “a huge, huge scandal in this state.”'], 'scandal in this')).toBe('Gordon Vail');
  });

  it('an infinitive or a second verb speaks for the subject of its clause', () => {
    expect(speakerOf(['Gordon Vail went on the radio overnight to blame the agency for being “fooled” by the memo.'], 'fooled')).toBe('Gordon Vail');
    expect(speakerOf(['Marta Quinlan is pledging cheaper bread and “homes, homes, homes,” but the plan is thin.'], 'homes')).toBe('Marta Quinlan');
  });

  it('a place after "of" is where the speaker is from; a title with an organisation\'s word is still a title', () => {
    expect(speakerOf(['Chancellor Angela Merkel of Germany said the attack was "a crime against us all."'], 'crime')).toBe('Angela Merkel');
    expect(speakerOf(['House Speaker Colin T. Marsh of Wisconsin also went on the radio to call it "a disgrace."'], 'disgrace')).toBe('Colin T. Marsh');
    expect(speakerOf(['"We stand with the workers," the Association of Flight Attendants said.'], 'workers')).not.toBe('the Association');
  });

  const cases: [string, string[], string, string][] = [
    ['participle and colon', ['The minister then turned to the border, saying: "We will not give an inch."'], 'give an inch', 'the minister'],
    ['dubbed', ['The president dubbed the treaty "a turning point" for the region.'], 'a turning point', 'the president'],
    ['called', ['The Kremlin called the talks "useful and frank."'], 'useful and frank', 'the Kremlin'],
    ['calling, with a participle of its own', ['Both ministers praised the deal, with the host calling it "the best outcome we could hope for".'], 'best outcome', 'the host'],
    ['described ... as', ['Jane Doe described the plan as "a disaster for the region."'], 'a disaster', 'Jane Doe'],
    ['the subject of the clause speaks through its participle', ['The general addressed the rally, predicting victory for his ally in its "long struggle".'], 'long struggle', 'the general'],
    ['thanked ... for', ["The envoy's interpreter thanked the hosts for their welcome despite them \"being so busy.\""], 'being so busy', "the envoy's interpreter"],
    ['present tense in a bullet with no full stop', ['The premier also says there are "openings" for trade'], 'openings', 'the premier'],
    ['told', ['"We are ready," Jane Doe told reporters on Monday.'], 'We are ready', 'Jane Doe'],
    ['added', ['"We will fight on," Jane Doe added.'], 'fight on', 'Jane Doe'],
    ['warned that', ['Jane Doe warned that "the risk is real."'], 'the risk is real', 'Jane Doe'],
    ['vowed to', ['Jane Doe vowed to "fight until the end."'], 'fight until the end', 'Jane Doe'],
    ['insisted with a colon', ['Jane Doe insisted: "No deal is possible."'], 'No deal', 'Jane Doe'],
    ['inverted: said Name', ['"It was a good meeting," said John Smith.'], 'good meeting', 'John Smith'],
    ['according to, after', ['"The talks were useful," according to the Kremlin.'], 'talks were useful', 'the Kremlin'],
    ['according to, before', ['According to the Kremlin, "the talks were useful."'], 'talks were useful', 'the Kremlin'],
    ['was quoted as saying', ['The senator was quoted as saying "no deal" was possible.'], 'no deal', 'the senator'],
    ['in a statement', ['"We welcome the visit," the ministry said in a statement.'], 'welcome the visit', 'the ministry'],
    ['speaker before the quote with a colon', ['As Jane Doe acknowledges: "We were wrong."'], 'We were wrong', 'Jane Doe'],
    ['verb outside any short list', ['"We will win this," Jane Doe gushed.'], 'win this', 'Jane Doe'],
    ['a question credited in the next sentence', ['"Why is this not clear?" Jane Doe demanded. The hearing went on.'], 'not clear', 'Jane Doe'],
    ['a sentence ending in its attribution', ['A clerk who "pockets a few pennies" is jailed, Jane Doe said.'], 'pockets a few', 'Jane Doe'],
    ['a job title before the name', ['"It hurts," said psychotherapist Jane Doe.'], 'It hurts', 'Jane Doe'],
    ['a title and a name after the verb', ['"Never again," said 9/11 widow Mary Major.'], 'Never again', 'Mary Major'],
    ['a party tag after the name', ['"It is a dog whistle," Rep. Nell Arbery (D-Wis.) said.'], 'dog whistle', 'Nell Arbery'],
    ['a party tag before the verb', ['Mike Lee (R-Utah) said "no deal" was possible.'], 'no deal', 'Mike Lee'],
    ['an age between commas', ['"We are ready," Putin, 70, told reporters.'], 'We are ready', 'Putin'],
    ['a country as speaker', ['China said "it is the matter of the two nations."'], 'matter of the two nations', 'China'],
    ['an organisation as speaker', ['"We deny it," the foreign ministry said.'], 'We deny it', 'the foreign ministry'],
    ['a pronoun back to the last fitting name', ['Jane Doe spoke to the press on Monday.', '"We were wrong," she said.'], 'We were wrong', 'Jane Doe'],
    ['a reporting verb inside a relative clause is skipped', ['Jane Doe had scoffed at the grumbling, saying anyone who blames the lighting "is just having a bad day."'], 'bad day', 'Jane Doe'],
    ['a second reporting verb after "but"', ['Jane Doe said Tuesday that she believes the ledger ought to be published but said "the issue is when."'], 'the issue is when', 'Jane Doe'],
    ['"and added" after a clause about someone else', ['John Roe said he accepted transfer to the coastal court and added, "I will confess, gladly."'], 'confess', 'John Roe'],
    ['a participle after an attribution that follows a clause', ['Jane Doe intends to speak in Ohio this month, John Roe said, adding that she would hold "similar events" in the fall.'], 'similar events', 'John Roe'],
    ['inverted at the head of the sentence: Said Name:', ['Said John Roe: "I do not get the sense she is interested in tax reform."'], 'tax reform', 'John Roe'],
    ['a participle after a name it hangs on: footage of X asking', ['The ad uses footage of Jane Doe asking, "Why am I not fifty points ahead?"'], 'fifty points', 'Jane Doe'],
    ['a noun the tagger may read as a verb is no subject', ['Jane Doe quickly posted a short comment of her own, saying, "We cannot wait to meet the puppy!"'], 'the puppy', 'Jane Doe'],
    ['a long role between commas after a name with a party tag', ['"If they wanted the laptops, they would just go get them," Rep. John Roe (R-Ohio), a member of the oversight panel and a former prosecutor in the state capital of Ohio, said in a phone interview.'], 'laptops', 'John Roe'],
    ['a description, then the name between commas, after the quote', ['"That would have been fair," the Vatican spokesman, Marco Bianchi, told a radio station.'], 'been fair', 'Marco Bianchi'],
    ['an owner\'s description, then the name between commas, before the quote', ["Acme's chief executive, Jane Doe, called the ruling \"total political nonsense\" on Monday."], 'political nonsense', 'Jane Doe'],
    ['a name the tagger reads as a verb, after the quote', ['"The clerks were very fine," Jane Doe said on Monday.', '"He had many friends across the county," Blunt, after a brief silence, said of the mayor.'], 'many friends', 'Blunt'],
    ['a surname then a relative clause between commas', ['"I do not buy it," Warren, who has not backed anyone yet, told reporters in Dunmore.'], 'buy it', 'Warren'],
    ['a party tag written with commas after the name', ['"Let me be very plain about this," Senate Majority Leader John Roe, R-Neb., said.'], 'very plain', 'John Roe'],
    ['a first name that is also an auxiliary, and a role with a place after the name', ['"It is a rather costly way to run things," said May Gordon, a professor of education at a university in Nashville, Tennessee.'], 'costly way', 'May Gordon'],
    ['a present-tense verb the tagger reads as a noun', ['"Look at the statement he put out after the shootings," Conway notes.'], 'the shootings', 'Conway'],
    ['a participle right after the quote is no credit: the verb before it is', ['Jane Doe has praised the ruling as "superb," telling reporters on a tour on Thursday that it was "a fine result."'], 'superb', 'Jane Doe'],
    ['a name, "of" an organisation, and its role between commas', ["Hans Weber of Lindqvist, Norland's oldest savings bank, warned that the strikes \"may spark a hasty response.\""], 'hasty response', 'Hans Weber'],
    ['a titled name "of" a state, and a role between commas', ['"That is exactly what people want," Rep. John Roe of Oklahoma, an ally of the leadership, said.'], 'exactly what people want', 'John Roe'],
    ['a place inside a phrase between commas is no subject', ['Jane Doe, during a school board forum in Dunmore, Ohio, said she was "going to shut half the mills down."'], 'mills down', 'Jane Doe'],
    ['"the head of X, Name," gives the name', ['The head of the guild, Jonathan Green, cautioned that any such levy would be "unfair and contrary to our charter."'], 'unfair', 'Jonathan Green'],
    ['a description whose head comes before "from"', ['The senator from Montana said the lending system was "broken and crooked."'], 'broken and crooked', 'the senator from Montana'],
    ['a fronted phrase before the subject of a colon', ['Remarking on the merger, Jane Doe hit back sharply: "If they take us to court, they will lose."'], 'take us to court', 'Jane Doe'],
    ['names with their own participles', ['The two issued a statement – John Roe saying he felt "deeply hopeful" and Jane Doe calling it a "great meeting."'], 'great meeting', 'Jane Doe'],
    ['a participle with its own subject after the quote is no credit', ['Jane Doe called John Roe "quite nimble," a jab at the favorite suggesting that he has shifted his stance.'], 'quite nimble', 'Jane Doe'],
    ['a fragment after a verb that reports no speech, in a clause whose subject is a name', ['Jane Doe blamed the new law on "knuckleheaded politicians in the capital."'], 'knuckleheaded', 'Jane Doe'],
    ['a fragment in a clause whose subject is a name with a relative clause', ['Jane Doe, who has surged in the polls, attacked the "reckless spending" of the council.'], 'reckless spending', 'Jane Doe'],
    ['a name, its role and a relative clause about the role between commas', ['John Roe, president of the nurses\' union, which represents the county\'s clinic staff, said he hopes the strike shows that "neighbors are standing up for their clinics."'], 'standing up', 'John Roe'],
    ['any verb crediting the quote before a name', ['"This is fantastic!" beamed Jane Doe of Madison, Alabama, who came onto the floor.'], 'fantastic', 'Jane Doe'],
    ['any verb crediting the quote after a name, ending the sentence', ['"Would it be negotiable?" Hannity pressed.'], 'negotiable', 'Hannity'],
    ['a verb and its particle after a name', ["''The stock has not done well,'' John Roe pointed out."], 'done well', 'John Roe'],
    ['a member of a party, unnamed', ['"She is too far back," said a Nevada Democrat.'], 'far back', 'a Nevada Democrat'],
    ['the rest of a quote after an inverted credit', ['"She is too far back," said Jane Doe, "and Nevada was no clear victory."'], 'clear victory', 'Jane Doe'],
    ['a quote credited after a hyphen', ['Jane Doe spoke in Ohio.', '"Boeing and other companies pay zero taxes." - John Roe. This is a complex issue.'], 'zero taxes', 'John Roe'],
    ['a quote credited after a hyphen, with a participle', ['"Great speech. She is ready." -President John Roe, tweeting after the speech.'], 'Great speech', 'John Roe'],
    ['a participle used as an adjective in the role between commas', ['John Roe, New Jersey\'s sitting governor, repeated accusations that Jane Doe recites the same points, calling her a "talented speaker" on Monday.'], 'talented speaker', 'John Roe'],
    ['a participle after a relative clause hangs on the main clause', ['John Roe, the former governor, also attacked Jane Doe, with whom he clashed at the debate, calling her a "loser."'], 'loser', 'John Roe'],
    ['a place joined by a hyphen to a role before the name', ['"It is shortsighted," explained Los Angeles-based attorney John Roe.'], 'shortsighted', 'John Roe'],
    ['an organisation ending a description before the name between commas', ['The director of the Federal Bureau of Prisons, John Roe, said the letters were "personal, sealed letters."'], 'sealed letters', 'John Roe'],
    ['"an angry X": the adjective is the moment, not the name', ['"Veldoria will always be Veldoria," an angry Marchetti retaliated.'], 'always be Veldoria', 'Marchetti'],
    ['a name after the dash of a heading, before a colon', ['POLLS NOT WRONG, JUST TOO EARLY - Jane Doe: "Although the surveys missed the result, they were not wrong."'], 'not wrong', 'Jane Doe'],
    ['a party tag before the colon of a transcript', ['Rep. John Roe (R-N.M.):"I have not heard anybody else quote that number."'], 'quote that number', 'John Roe'],
    ['as X, a role, put it:', ["Or, as John Roe, a former secretary of agriculture, put it: ''The wolves are already inside the fold.''"], 'wolves', 'John Roe'],
    ['a fronted phrase, then a description and the name between commas', ['In a statement to the paper, her senior policy adviser, John Roe, said: "She believes that cooperation is essential."'], 'cooperation', 'John Roe'],
    ['a lone participle between commas after the name', ['Jane Doe, exasperated, famously replied: "Why does that matter now?"'], 'Why does that', 'Jane Doe'],
    ['a conjunction opening the sentence before the subject of a colon', ["And Mr. Roe gloated: ''I told you he would not be ready.''"], 'not be ready', 'Roe'],
    ['a clause of its own after "and" before a colon', ['The paper made the same claims in February, and Acme News responded: "If people are so prone to attacks, so be it."'], 'so be it', 'Acme News'],
    ['a fronted adverbial clause before the subject of a colon', ['When the governor died in 1998, President John Roe released the following statement: "We offer our condolences to the family."'], 'condolences', 'John Roe'],
    ['an inverted credit with another reporting verb', ['Jane Doe spoke on the radio on Monday.', 'Stated Roe: "I believe the risks are very great."'], 'risks', 'Roe'],
    ['said a description, then the name it gives', ["''We are anxious,'' said another social media user, Johanna Bayer."], 'anxious', 'Johanna Bayer'],
    ['a title abbreviation the sentence splitter does not know', ['"This is a waste of time," said Del. Stacey Vandermolen (D-V.I.).'], 'waste of time', 'Stacey Vandermolen'],
    ['a noun the tagger reads as a verb inside the words between commas', ['Democratic nominee Jane Doe, at an evening press gaggle, remarked, "I have been briefed about the floods."'], 'briefed', 'Jane Doe'],
    ['a reporting verb the tagger reads as an adjective after a name', ['Veldoria branded Norland a "rogue state on our border."'], 'rogue state', 'Veldoria'],
    ['a phrase of time or place between the name and its verb', ['John Roe in his announcement speech called the plan "a disaster" and left.'], 'a disaster', 'John Roe'],
    ['a party tag and a phrase of time between the name and its verb', ['Sen. Jane Doe (D-Va.) on Saturday said the harbour plan was "a costly mistake."'], 'costly mistake', 'Jane Doe'],
    ['a participial phrase between commas after the name', ["Mr. Roe, showing his courteous upbringing, replied by first offering ''a few kind words'' about the mayor."], 'kind words', 'Roe'],
    ['a name after a heading\'s dash before the colon, whatever verb the heading has', ['Pollsters agree - Jane Doe: "The main lesson was an easy one."'], 'main lesson', 'Jane Doe'],
    ['a credit after a quote that opens its sentence with no comma', ['"The Nevada primary is a contest of factions" John Roe said.'], 'contest of factions', 'John Roe'],
    ['a participle before the title after the verb', ['"I strongly object," said retired Army Lt. Gen. John Roe, who served as the senior planner.'], 'strongly object', 'John Roe'],
    ['said a description, then the name and where the person works', ["''The chances look better than even,'' said another prominent appeals lawyer, Jane Doe of the law firm Roe Brown."], 'chances look', 'Jane Doe'],
    ['a lowercase role before a titled name "of" a state', ["''There is no place for racism,'' former Gov. John Roe of Florida said on Twitter."], 'no place for racism', 'John Roe'],
    ['an organisation named with "of"', ['Unions were early backers, with the American Federation of Bakers calling her "the ally bakers have waited for" in May.'], 'ally bakers', 'the American Federation of Bakers'],
  ];
  for (const [name, paragraphs, contains, speaker] of cases) {
    it(`${name}: ${speaker}`, () => {
      expect(speakerOf(paragraphs, contains)).toBe(speaker);
    });
  }

  it('a speaker named in an earlier sentence: "he" finds him, "she" skips him', () => {
    const { quotes } = read('Donald Trump spoke in Michigan.', 'Hillary Clinton answered him in Florida.', '"He is unfit," she said.');
    expect(quotes[0]?.speaker).toBe('Hillary Clinton');
  });

  it('a group speaks only when no single speaker governs the quote', () => {
    expect(speakerOf(['Both ministers praised the deal, with the host calling it "the best outcome we could hope for".'], 'best outcome')).toBe('the host');
    expect(speakerOf(['Officials said "talks will go on."'], 'talks will go on')).toBe('officials');
  });

  it('a name between commas after another name\'s role is no speaker: it is part of the role', () => {
    expect(speakerOf(['Mario Rossi, the editor in chief of the city\'s official newspaper, La Voce Romana, said every mayor was "both civic and political."'], 'both civic')).not.toBe('La Voce Romana');
  });

  it('a common noun capitalised at the head of a sentence before a first name is no part of the name', () => {
    const { quotes, speakers } = read('Billionaire Donald Trump spoke in Ohio on Monday.', '"We will win," Trump said.');
    expect(quotes[0]?.speaker).toBe('Donald Trump');
    expect(speakers.map((s) => s.name)).not.toContain('Billionaire Donald Trump');
  });

  it('a description keeps no relative clause in the speaker\'s name', () => {
    expect(speakerOf(['"If I was a donor, I would want answers," said a prominent committee member who supports the bill, asking for anonymity.'], 'donor')).toBe('a prominent committee member');
  });

  it('a fragment after another name or an owner before it is nobody\'s when no verb reports speech', () => {
    // Not the subject's: the remark the possessive owns is its owner's words (`possessed-words.ts`).
    expect(speakerOf(['Jane Doe attacked John Roe\'s "basket of deplorables" remark at the rally.'], 'basket')).toBe('John Roe');
    expect(speakerOf(['Jane Doe attacked John Roe\'s "basket of deplorables" at the rally.'], 'basket')).toBeNull();
    expect(speakerOf(['Jane Doe blamed John Roe for the "worst deal ever made."'], 'worst deal')).toBeNull();
    expect(speakerOf(['He blamed the new law on "knuckleheaded politicians in the capital."'], 'knuckleheaded')).toBeNull();
  });

  it('"the younger Mr. X" keeps the words that tell him apart; a plural name alone is a group', () => {
    expect(speakerOf(['"It is a movement," said the younger Mr. Roe, surrounded by his siblings.'], 'movement')).not.toBe('Roe');
    expect(speakerOf(['Whigs soon found that the "Iron Valley" no longer handed them a sure win.'], 'Iron Valley')).toBeNull();
  });

  it('the object of a preposition inside a role between commas is no speaker', () => {
    expect(speakerOf(['John Roe, a pollster who is advising Forward Harbor, a fundraising committee, said the contests have made her look "tough, sharp and steady."'], 'steady')).not.toBe('Forward Harbor');
  });

  it('a title in the plural before names is no part of a name', () => {
    const { speakers } = read('Senators Rubio and Cruz spoke in Miami on Monday.', "''We will win,'' Mr. Rubio said.");
    expect(speakers.map((s) => s.name)).toEqual(['Rubio']);
  });

  it('a name and a verb after a quote ending in a full stop credit the next quote, not that one', () => {
    const { quotes } = read("''We are farmers,'' Ms. Doe said. ''We are not smugglers.'' Mr. Roe said: ''The raid was the work of smugglers.''");
    expect(quotes.find((q) => q.quote.includes('not smugglers'))?.speaker).not.toBe('Roe');
    expect(quotes.find((q) => q.quote.includes('work of smugglers'))?.speaker).toBe('Roe');
  });

  it('a phrase after "said" that is the subject of what was said is no inverted credit', () => {
    expect(speakerOf(["Mr. Roe, citing ''the unique magic of the brand,'' said the senator could be very competitive."], 'unique magic')).not.toBe('the senator');
  });

  it('a participle in a subordinate clause hangs on that clause, not on the sentence\'s subject', () => {
    expect(speakerOf(['The first disruption came during a rally in Ohio, when hecklers drowned out her remarks, chanting "she eats, we starve!"'], 'she eats')).not.toBe('the first incident');
  });

  it('labels and scare quotes stay unattributed', () => {
    const { quotes } = read('The leaders of the two nations, which some call "pariah states," met on Wednesday.', 'Russia calls the war a "special military operation."');
    const label = quotes.find((q) => q.quote.includes('pariah'));
    expect(label?.speaker).toBeNull();
    expect(label?.speech).toBe(false);
  });
});

describe('quotation marks of every style', () => {
  const styles: [string, string][] = [
    ['straight double', '"We will win," Jane Doe said.'],
    ['curly double', '“We will win,” Jane Doe said.'],
    ['curly single', '‘We will win,’ Jane Doe said.'],
    ['straight single', "'We will win,' Jane Doe said."],
    ['two apostrophes', "''We will win,'' Jane Doe said."],
    ['backticks and apostrophes', "``We will win,'' Jane Doe said."],
    ['guillemets', '«We will win», Jane Doe said.'],
  ];
  for (const [name, text] of styles) {
    it(`${name}: ${text}`, () => {
      const { quotes } = read(text);
      expect(quotes).toHaveLength(1);
      expect(quotes[0]).toMatchObject({ quote: 'We will win', speaker: 'Jane Doe' });
    });
  }

  it('a quote credited after a dash, alone or in a list', () => {
    const { quotes } = read('“He stands for all we regret.” ― Sonya Major “He does not listen.” ― Pamela Minor');
    expect(quotes.map((q) => q.speaker)).toEqual(['Sonya Major', 'Pamela Minor']);
  });

  it('three apostrophes close a quote within the quote and the quote', () => {
    const spans = findQuoteSpans("''They tell us, 'Tarnland is an exception,''' John Roe said. ''It is all lies.''");
    expect(spans).toHaveLength(2);
    expect(speakerOf(["''They tell us, 'Tarnland is an exception,''' John Roe said. ''It is all lies.''"], 'an exception')).toBe('John Roe');
  });

  it('two apostrophes inside words are no quotation mark', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ]{0,30}$/), (words) => {
        // An apostrophe between letters (Kim's, Russians') never opens a quote, whatever surrounds it.
        expect(findQuoteSpans(`Kim's ${words} Russians' plans`)).toEqual([]);
      }),
    );
  });
});

describe('speakers kept apart', () => {
  it('Donald and Melania Trump are two speakers; a bare surname goes to the one last named', () => {
    const { quotes, speakers } = read(
      'Donald Trump spoke first. "We will win," Donald Trump said.',
      'Melania Trump also spoke. "I love this country," Melania Trump said.',
      '"It was a great night," Trump said.',
    );
    expect(speakers.filter((s) => s.kind === 'person').map((s) => s.name).sort()).toEqual(['Donald Trump', 'Melania Trump']);
    expect(quotes[2]?.speaker).toBe('Melania Trump');
  });

  it('Bill and Hillary Clinton are two speakers across documents', () => {
    const { speakers } = extractQuotes(
      passagesOf(
        doc('a', '2016-10-01', ['"It is a crazy system," Bill Clinton said.']),
        doc('b', '2016-10-02', ['"We need a public option," Hillary Clinton said.']),
      ),
    );
    expect(speakers.map((s) => s.name).sort()).toEqual(['Bill Clinton', 'Hillary Clinton']);
  });

  it('a bare surname in two reports does not tie the two people of that surname together', () => {
    const { quotes } = extractQuotes(
      passagesOf(
        // The bare surname first: each report's speaker holds "Clinton" as one of its names.
        doc('a', '2016-10-01', ['"It is a crazy system," Clinton said.', '"It is crazy," Bill Clinton said in Flint.']),
        doc('b', '2016-10-02', ['"We need a public option," Clinton said.', '"We can win," Hillary Clinton said in Ohio.']),
      ),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Bill Clinton', 'Bill Clinton', 'Hillary Clinton', 'Hillary Clinton']);
  });

  it('a name in a headline ends before its function words', () => {
    const { quotes, speakers } = extractQuotes(
      passagesOf(
        doc('a', '2016-01-29', ['The column was headlined “Mr. Brennick Is Not an Honest Broker.”', '"I am not afraid," Brennick said.']),
        doc('b', '2016-01-30', ['"We will win," Walt Brennick said.']),
      ),
    );
    expect(quotes.find((q) => q.quote.includes('afraid'))?.speaker).toBe('Walt Brennick');
    expect(speakers.map((s) => s.name)).toEqual(['Walt Brennick']);
  });

  it('quotes credited after a dash on lines of one paragraph each get their own name', () => {
    const { quotes } = read('“He scares me. I am afraid.” ― Krystal Correa\n“He cannot answer a question.” ― Esther Tapia\n“He promotes ignorance.”― Carla Sanchez.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Krystal Correa', 'Esther Tapia', 'Carla Sanchez']);
  });

  it('a party tag after the subject of a narration sentence leaves him the antecedent of "he"', () => {
    expect(speakerOf(['Sen. Dale Pruett (R-Ga.) said he did not accept those figures. "It is not what won us 2012," he said.'], '2012')).toBe('Dale Pruett');
  });

  it('"Mr." before a bare surname is never a woman of that surname', () => {
    const said = speakerOf(['Delia Harwick spoke first at the dinner.', '"My name is not on any ballot this year," Mr. Harwick said.'], 'ballot');
    expect(said).not.toBe('Delia Harwick');
  });

  it('a headline in title case names no one by its capitalised run', () => {
    const { speakers } = read("Harwick Calls It 'A Betrayal' if Voters Don't Turn Out for Her.", 'The governor spoke on Saturday. "Decency is what we vote on," Mr. Harwick said.');
    expect(speakers.map((s) => s.name)).toEqual(['Harwick']);
  });

  it('an owner or a function word opening a mentioned name is no part of it', () => {
    const { speakers } = extractQuotes(
      passagesOf(
        doc('a', '2016-06-22', ['New Jersey’s Steve Marrow leads the group.', '"Nobody rich is funding us," said Marrow.']),
        doc('b', '2016-06-23', ['"We will go on," Steve Marrow said.', 'More Marta Quinlan letters were released. "So far so good," Quinlan replied.']),
      ),
    );
    expect(speakers.map((s) => s.name).sort()).toEqual(['Marta Quinlan', 'Steve Marrow']);
  });

  it('a description with a preposition is headed by its first noun', () => {
    expect(speakerOf(['A spokesman for the developer noted a pledge "to turning this into a jewel for the harbor."'], 'jewel')).toBe('a spokesman for the developer');
  });

  it('a day after a mentioned name is no part of it', () => {
    const { speakers } = extractQuotes(
      passagesOf(
        doc('a', '2016-01-23', ['Public Radio asked Quinlan Friday about her fees.', '"I talked to all sorts of audiences," said Quinlan.']),
        doc('b', '2016-01-24', ['"We will win," Marta Quinlan said.']),
      ),
    );
    expect(speakers.map((s) => s.name)).toEqual(['Marta Quinlan']);
  });

  it('a place or a clause between commas after a name is never the speaker', () => {
    expect(speakerOf(['"I am wary of every one of them," Harry Bond, 30, of Durham, N.C., who was among those surveyed, said.'], 'wary')).not.toBe('North Carolina');
  });

  it('an organisation named after a person is not that person', () => {
    const { speakers } = read('Donald Trump spoke at the Trump International Hotel.', '"We are open," Trump International Hotel said.', '"We help people," the Clinton Foundation said.');
    const hotel = speakers.find((s) => s.name.includes('Hotel'));
    expect(hotel?.kind).toBe('organisation');
    expect(speakers.find((s) => s.kind === 'person' && s.name.includes('Hotel'))).toBeUndefined();
    expect(speakers.find((s) => s.name.includes('Foundation'))?.kind).toBe('organisation');
  });

  it('titles, party tags and ages are not part of a name', () => {
    const { speakers } = read('"It is a dog whistle," Rep. Nell Arbery (D-Wis.) said.', '"We are ready," Putin, 70, told reporters.', '"It hurts," said psychotherapist Jane Doe.');
    expect(speakers.map((s) => s.name).sort()).toEqual(['Jane Doe', 'Nell Arbery', 'Putin']);
  });

  it('words that are not names never become speakers', () => {
    const { speakers } = read('After Trump left, "the room cheered," When said.', 'After Trump spoke, "nothing" changed.', 'Neither Clinton nor her aides spoke. "No comment," he said.');
    for (const s of speakers) expect(s.name).not.toMatch(/^(?:After|When|Neither)\b/u);
  });
});

describe('unnamed speakers', () => {
  it('"a Japanese official" and then "a Chinese official" stay apart', () => {
    const { quotes, speakers } = read(
      '"We are watching closely," a Japanese official said on Thursday.',
      '"We will not accept any intrusion," a Chinese official told reporters.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['a Japanese official', 'a Chinese official']);
    const chinese = speakers.find((s) => s.name === 'a Chinese official');
    expect(chinese?.aliases ?? []).not.toContain('a Japanese official');
  });

  it('a description the text repeats or shortens is the same person', () => {
    const { quotes } = read(
      '"Talks will go on," a senior official at the unification ministry said.',
      'Another diplomat disagreed.',
      '"There is no hurry," the ministry official added.',
    );
    expect(quotes[1]?.speakerId).toBe(quotes[0]?.speakerId);
  });

  it('"the same official" points back to the official', () => {
    const { quotes } = read('"Talks will go on," a senior official said.', '"There is no hurry," the same official said later.');
    expect(quotes[1]?.speakerId).toBe(quotes[0]?.speakerId);
  });

  it('an unnamed speaker after an unnamed mention of the same kind is someone new unless the text ties them', () => {
    const { quotes } = read('But a ranking Seoul official remained doubtful about the plan.', '"We will see," a high-ranking official at the ministry told reporters.');
    expect(quotes[0]?.speaker).toBe('a high-ranking official at the ministry');
  });
});
