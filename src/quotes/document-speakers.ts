/**
 * Following the speakers through one document in reading order: who "he", "Putin" and "the official" are at
 * each point, with their roles and genders as the text tells them.
 */
import { kinBackgroundAfter } from './kin-background.ts';
import { bodyReportedName, pronounMediumQuotes } from './medium-quoting-pronoun.ts';
import { titleWordHolder } from './title-word-holder.ts';
import { authorOfYear } from './cited-author.ts';
import { writerClauseEnd } from './writer-clause-object.ts';
import { callingInText } from './calling-in-text.ts';
import { givenNameBesideArticleSurname } from './article-surname-given.ts';
import { firstNameGender, inWordNet, isKnownFirstName, listsLeanSex } from './first-names.ts';
import { surnameOrderUnsure } from './family-first-unsure.ts';
import { FUNCTION_WORDS } from '../text/stop-words.ts';
import { frontedAskerWords } from './asked-by.ts';
import { bylineWriter } from './byline-writer.ts';
import { describedMedium, PAPER_HEADS } from './medium-description.ts';
import { describedAgency, isAgencyDescription, namesNewsAgency } from './agency-description.ts';
import { nameOfKind } from './body-kind.ts';
import { describedFirm, isFirmDescription, openingFirm } from './firm-description.ts';
import { setOffAsPerson } from './person-set-off.ts';
import { isCourtOnlyVoice, isCourtVoice, namedCourt } from './court-voice.ts';
import { describedBody } from './body-description.ts';
import { mediumNames } from './medium-names.ts';
import { bodyNames } from './body-names.ts';
import { withFullBodyName } from './short-body-name.ts';
import { namesApposedWith } from './apposed-body.ts';
import { nameHeadedBy, namesHeadedBy } from './head-named-body.ts';
import { isMediumName, lastMediumBefore, ownedVoiceIn } from './medium-voice.ts';
import { fullNameForAddress } from './address-forms.ts';
import { fullNameForInnerName } from './inner-given-name.ts';
import { higherRankOnly, lowerRankOnly, otherPortfolio } from './office-rank.ts';
import { introducesHolderOf, lastHolderIntroduction } from './indefinite-holder.ts';
import { newcomerDescription } from './newcomer-description.ts';
import { nameCalledAfter } from './called-name.ts';
import { headOnlyServed } from './role-served.ts';
import { headOnlyTaught } from './field-taught.ts';
import { practisesField } from './field-practitioner.ts';
import { pronounLeadBefore } from './pronoun-lead.ts';
import { type NameMention, scanNameMentions } from './name-mentions.ts';
import { bearsSurname } from './established-surname.ts';
import { fitsWanted, KIN_NAMESAKES, PARTICLE, SPOUSE_BY_FIRST_NAME, type SurnameContext, SurnameHolders } from './surname-holders.ts';
import { scanOfficeMentions, withOfficeMentions } from './office-mentions.ts';
import { bracketedAcronymAfter, spelledOutBefore } from './acronym-expansion.ts';
import { unreadNameSubject } from './unread-name-subject.ts';
import { descriptionOwner, ownerHeldTwice } from './description-owner.ts';
import { manTitleTellsMan } from './woman-form-used.ts';
import { titledHolderSex } from './titled-holder-sex.ts';
import { surnameAndGivenName } from './label-given-name.ts';
import { acronymOf, classifyProperName, compactName, givenBeforeFamilyName, lexTags, nameWords, normaliseName, PEERAGE_TITLE, PERSON_TAGS, remembered, sameFullName, surnameOf } from './names.ts';
import {
  contentWords,
  isPersonNoun,
  isRoleNoun,
  wordNetPerson,
  wordNetPersonOnly,
  singular,
  parseSpeakerPhrase,
  parseSubjectPhrase,
  type ParsedSpeaker,
  ORG_NOUNS,
  PERSON_NOUNS,
  type SpeakerKind,
  TITLES,
} from './speaker-phrases.ts';
import { audienceOnly, describedApposition } from './described-apposition.ts';
import { otherPersonOpensSince } from './other-person-opens-since.ts';
import { toldGenderBeside } from './told-gender-beside.ts';
import { fellowEducators, HEAD_OF_STATE, holdsWord, isOfficeHead, joinPeoples, leads, leftCallingOnly, namesPastHolder, onlyFormer, onlyPresent, PAST_ROLE, researchFellow, roleFits, roleHoldsHead, roleInCategory, presentCategoryOnly } from './role-fit.ts';
import { habitOfPronoun, possessedPersonIn } from './recalled-habit.ts';
import { subjectPastFrontedPhrase } from './fronted-phrase-subject.ts';
import { ownedKinSubject } from './owned-kin-subject.ts';
import { kinIntroducedBefore, nameOwnedKin } from './name-owned-kin.ts';
import { issuerToldAfter } from './issued-by-after.ts';
import { describedBetween, describedSpeakerBetween, otherSpeakersDescriptionOpens, displaced, talkedAboutBetween, talkedAboutIn, TALKED_ABOUT_BETWEEN, namesSomeoneElse, otherBeside, SAME_GENDER_BESIDE, sameGenderBeside, type PeopleKnown, rivalIn, surnameBeforePronoun, describedSubjectOver, describedOwnerOver, opensWithOtherPerson, unknownWordMayBePerson, VERB_LIKE, aideOpening, genderedNewcomerBeside, possessedSubjectBetween, actsOnOtherOfGender, ACTS_ON_OTHER  } from './pronoun-rivals.ts';
import { ageEpithet, personOfAge, statedAges } from './stated-ages.ts';
import { type GenerationEpithet, generationEpithet, kinOfGenerationBefore, personOfGeneration } from './generation-epithet.ts';
import { SentencesRead } from './sentences-read.ts';
import { commonNoun, isKindOf, isLemma } from '../text/wordnet.ts';
import { thingHead } from './thing-head.ts';
import { givenNameOfBothSexes, listedGender } from './name-gender.ts';
import { definedPerson } from './defined-people.ts';
import { definedTerms } from './defined-term.ts';
import { otherBodyOpens, describedBodyOpens } from './own-subject-body.ts';
import { otherGroupAtBodyOpens } from './group-at-body-opens.ts';
import { contactRelativeSubject, SECOND_IN_SET_OFF_CLAUSE } from './contact-relative-subject.ts';
import { formerOrLatter, memberOfSentence, pairMember, parallelMember, type SentenceName, unnamedCompanion } from './former-latter.ts';
import { askedColonThen, askedInClause, askedJustBefore, askedOne } from './asked-one.ts';
import { actsOnPronoun, pronounSubject } from './pronoun-subject.ts';
import { saidNothingIn } from './no-comment-subject.ts';
import { participleAsideGender } from './participle-aside-gender.ts';
import { selfReportingSubject } from './self-report-before.ts';
import { reportedSelfGender } from './reported-self-gender.ts';
import { officialHolder } from './official-title.ts';
import { isRelationDescription } from './couple-subject.ts';
import { honorificSex, kinSex, nounSex, SEXLESS_MAN_TITLES } from './gendered-nouns.ts';
import { surnameOnlyRival } from './surname-only-rival.ts';
import { otherPossessor } from './possessed-owner.ts';
import { possessedGestureOfSex } from './possessed-gesture.ts';
import { obituarySubject } from './obituary-subject.ts';
import { coordinatedOwners, directIntroduction, inverseIntroduction, ownedRelationIntroduction, ownerIntroduction, possessiveIntroduction } from './kin-description.ts';
import { ISSUED_HEADS, issuerOf } from './issued-statement.ts';
import { personByLearnedTitle, personByTitle } from './titled-surname.ts';
import { reporterAroundAside, splitClauseSubject } from './split-clause-subject.ts';
import { type FittingPerson, namedInParagraph } from './named-in-paragraph.ts';
import { cityIsNamedSurname } from './surname-city.ts';
import { mainClauseSubject, NOT_A_SUBJECT } from './main-clause-subject.ts';
import { describedSubject } from './described-subject.ts';
import { kinPossessive, possessiveKin, possessiveOwnerOfRelation } from './kin-possessive.ts';
import { apposedKin, introducedKin } from './kin-apposed-surname.ts';
import { kinSubjectBetween } from './kin-subject-between.ts';
import { kinAppositivesIn, kinNamedIn } from './kin-named-before.ts';
import { relationOwnedBefore } from './kin-before-name.ts';
import { namesNoCalling } from './calling-epithet.ts';
import { surnameOwnGender } from './surname-own-possessive.ts';
import { untoldNamesakeSince } from './ungendered-namesake.ts';
import { courtesyTitleSex, namesakeNamedAwayFrom } from './courtesy-title-kept.ts';
import { addRole, AMBIGUOUS, cleanRole, earliest, familyNameFirst, first, genderOfName, latest, type LocalSpeaker, titleGender, toldGender } from './local-speaker.ts';
import { seatLeader } from './seat-of-power.ts';
import { memberSeat } from './seat-parentheses.ts';
import { memberBySeat } from './seat-member.ts';
import { pronounWrites, relayerOpens } from './relayer-thread.ts';
import { escapeRegExp, sharedRegExp } from '../text/regexp.ts';
import { nounOnlySetsUp } from './set-up-epithet.ts';

/** Whether a title of one sex ("Mrs", "Mr") stands against a name whose given name tells the other. */
function titleAgainstName(title: string | null, name: string): boolean {
  const t = title?.trim().replace(/\.$/u, '').toLowerCase();
  const want = t === 'mrs' || t === 'ms' || t === 'miss' ? 'f' : t === 'mr' ? 'm' : null;
  if (!want || nameWords(name).length < 2) return false;
  const sex = genderOfName(name);
  return sex !== null && sex !== want;
}

// A description of one picked out of a group ("one of the sources"), as `speaker-phrases.ts` reads it.
const PARTITIVE_ONE = /^one\s+of\s/iu;
// "he said of Vell", "she wrote of her rival, Ann Roe": the pronoun's verb of saying, then the name the words are about.
const SAID_OF = /\b(?:he|she)\s+(?:said|says|remarked|added|wrote|writes|joked|told\s+[^,;:.!?_]{1,30}?)\s+of\s+(?:[^,;:.!?_]{1,30}?,\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}?((?:[\p{Lu}][\p{L}'’-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)/u;

// Kept here for the modules that import them from this one.
export { cleanRole, KIN_NAMESAKES, type LocalSpeaker, SPOUSE_BY_FIRST_NAME };

// A doctor's or professor's title right before a full name.
const LEARNED_BEFORE = /(?:^|[\s(])((?:Dr|Prof|Professor|Doctor)\.?)\s+$/u;

/**
 * The surname a person's name is filed under for a later bare surname, with the given name beside it; null for a
 * name of one word. Remembered: every mention of a speaker files all their names again.
 */
const surnameFiling = remembered((n: string): { surname: string; given: string } | null => {
  const nw = nameWords(n);
  // "Team Trump" (read as a subject) is no one a later bare "Trump" means.
  if (nw.length < 2) return null;
  // A name written family name first ("Kim Min-seo") is filed under that first word, which a bare "Kim" means.
  // Its given name is every word after it: "Min Ho" is a name though "ho" alone is a word (an interjection).
  // ("Vivian Chan Siu-ling": an English given name before such a name; its family name is the middle word.)
  if (givenBeforeFamilyName(nw)) return { surname: nw[1]!, given: nw[0]! };
  return familyNameFirst(n) ? { surname: nw[0]!, given: nw.slice(1).join(' ') } : { surname: surnameOf(nw)!, given: nw[0]! };
});

// A capitalised word opening a sentence, after a linking word, before a lower-case word: "Cruz defends ...".
const SENTENCE_SUBJECT_WORD = /(?:^|[.!?]["”’]?\s+)(?:(?:But|And|So|Then|Still|Yet|Meanwhile|First|Later|Now),?\s+)*([\p{Lu}][\p{Ll}'’-]+)\s+[\p{Ll}]/gu;

/** Tracks the speakers of one document in reading order: who "he", "Putin" and "the official" are. */
// "the Russian", "the South Korean": a people's adjective standing alone for one of them.
const PEOPLE_ALONE = /^the\s+(?:(?:north|south|east|west)(?:ern)?\s+)?[\p{L}]+an$/iu;

/** Heads of roles many people hold at once, which a bare description does not tie far back. */
// A verb of asking or telling, or a passive ("was asked", "had been warned"): someone else acted in the sentence.
const ACTED_ON = /\b(?:asks?|asked|asking|questioned|questions|told|tells|interviewed|pressed|challenged|(?:was|were|is|are|been|being|got)\s+(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+(?:ed|en))\b/u;
// A description by the trade of commenting, and the roles of learning that earn it (`subjectJustBefore`).
const LEARNED_HEADS = /^(?:expert|analyst|researcher)$/u;
// "the don", "the academic": a university teacher, and the roles that make one (`academicJustBefore`).
const ACADEMIC_EPITHET = /^the\s+(?:[\p{Ll}-]+\s+)?(?:don|academic)$/u;
const ACADEMIC_ROLE = /\b(?:professor|lecturer|reader in|don|academic|researcher|scholar|fellow)\b/iu;
const LEARNED_ROLE = /\b(?:fellow|professor|lecturer|researcher|scholar|academic|analyst|expert|specialist|scientist|economist|historian)\b/iu;
// "a fellow passenger", "her fellow senator": "fellow" before a lowercase noun is the adjective (one of the same
// kind), no fellow of a college or institute ("a fellow at X", "a research fellow", "fellow of the Royal Society").
const ADJECTIVE_FELLOW = /\b([Ff]ellow)(?=\s+(?!(?:at|of|in|with|for|and|from|on|to|who|whose|since|until)\b)[a-z])/gu;

/** A role with its adjective "fellow" ("a fellow passenger") blanked, for the tests of a role of learning. */
function learnedReading(role: string): string {
  return role.replace(ADJECTIVE_FELLOW, (w) => '_'.repeat(w.length));
}
const OFFICE_HEADS = /^(?:minister|president|official|spokesman|spokeswoman|spokesperson|officer|leader|director|chief|head|chairman|chairwoman|chair|secretary|governor|senator|ambassador|diplomat|lawmaker|member|analyst|expert|source|aide|adviser|advisor|executive|manager|lawyer|attorney|prosecutor|judge|general|colonel|commander|soldier|resident|official|economist|professor|researcher|reporter|correspondent|journalist|editor|candidate|voter|witness|man|woman|person)$/u;

// The sex a description's head tells ("a widow", "a ferryman"), by gendered-nouns.ts; the "-man" titles women
// hold too ("Jane Roe, the committee's chairman") tell none here, so "she" may still mean "the chairman".
function headSex(head: string): 'm' | 'f' | null {
  return nounSex(head, { sexlessTitles: true, plural: false });
}

// A sentence opening with a name (one to three capitalised words) and a reporting verb, then "that" and another
// name: "Dunne told the audience that Kearney had ...", "Mara Roe said that Ivo Tal ...".
const REPORTED_BY_SUBJECT = /^\s*((?:[\p{Lu}][\p{L}'’-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)\s+(?:[\p{Ll}]+\s+){1,5}?that\s+((?:[\p{Lu}][\p{L}'’-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)\b/u;

/** A subject putting a question or turning to someone: the words after are another's answer. */
const ASKING_VERB = /^\s+(?:then\s+|also\s+|later\s+)?(?:asked|asks|pressed|presses|questioned|wondered|wanted\s+to\s+know|challenged|interrupted|turned\s+to|put\s+(?:it|the|that|this)\b)/u;

// particleFullName's answer when two people named so far bear the surname.
const TWO_HOLDERS = Symbol('two holders');
// The article and words of descent that open an Arabic family name as written in English news, capitalised.
const ARABIC_PARTICLE = /^(?:Al|El|Bin|Ibn|Abu|Bint)$/u;

// A sentence that opens with the quote and credits it to a pronoun that replies: `"...," he replied.`
// A bare surname opening a sentence as the subject of its verb, a role set off after it perhaps ("Roe, the
// senator, would go further", "Roe — the senator, not the diplomat — is blunter"): the role is group 2.
// (A question put to the subject may be fronted before it: "Asked whether the sale would go ahead, Roe paused.";
// so may a phrase of place or time, "Back at the institute, Roe was unconvinced.", "On Friday, Roe ...".)
// (A linking adverb may be set off after it instead of a role: "Roe, by contrast, hears her subjects.", "Roe,
// however, was ...", "Roe, for her part, ...".)
/** A phrase of place or time fronted before a sentence's subject ("Back at the plant,", "In 2008,", "Later,"). */
const FRONTED_PLACE_OR_TIME = /^\s*(?:(?:But|And|Yet)\s+)?(?:Back\s+(?:at|in|home\s+in)|At|In|On|Later|Earlier|Afterwards)\b[^,;:"“”_]{0,60},\s+/u;
const BARE_SURNAME_SUBJECT = /^\s*(?:(?:But|And|Yet)\s+)?(?:(?:Asked|Pressed|Questioned)\s[^,;:"“”_]{1,140},\s+|(?:Back\s+(?:at|in|home\s+in)|At|In|On|Later|Earlier|Afterwards)\b[^,;:"“”_]{0,60},\s+)?([\p{Lu}][\p{Ll}'’-]+)(?:\s*(?:,|—|–)\s*the\s+([\p{Ll}][\p{Ll}\s-]{1,40}?)(?:,\s*not\s+the\s+[\p{Ll}][\p{Ll}\s-]{1,40}?)?\s*(?:,|—|–)|,\s+(?:by\s+contrast|by\s+comparison|however|meanwhile|though|too|instead|in\s+turn|for\s+(?:his|her)\s+part|on\s+the\s+other\s+hand),)?\s+(?:is|was|has|had|does|did|says|said|thinks|thought|remains|remained|seems|seemed|is not|was not|would|will|could|can|should|might|must|[\p{Ll}]+ed|[\p{Ll}]+s)\b/u;
const REPLY_CREDIT = /^(?:\s*[\p{Lu}][^,_"“”]{0,40},)?[\s_"“”'‘’,.!?…]*(?:he|she)\s+(?:[\p{Ll}]+ly\s+)?(?:replied|answered|responded|retorted|shot\s+back|wrote\s+back)\b/u;
// One who asks (a name or one described) and the named person asked, then what: `A reporter asked Tarvo Kesk
// whether`, `Lund asked Kesk about`. (After a phrase of place or time set off by a comma, the asker's article in
// lowercase: `Back at the briefing, a reporter asked Mr. Kesk whether`.)
const ASKED_NAMED = /^\s*(?:[\p{Lu}][^,_"“”]{0,40},\s+(?=[aAtTo]|(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}asked\s))?(?:(?:A|An|The|One|Another|a|an|the|one|another)\s+(?:[\p{L}'’-]+\s+){0,4}?|(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3})asked\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*),?\s+(?:whether|if|about|how|what|why|when|where|who|which)\b[^_"“”]*$/u;

// The writer, as "I", putting something to a named person: `I told Verrin as much when we spoke.`, `I put the
// question to Ada Vell.`, `I wrote to Mr. Kesk again.` A reply credited to "he" or "she" in the next sentence
// ("he wrote back", "she replied") is theirs, as the reply of one a question was put to is.
const NARRATOR_ADDRESSED = /^\s*(?:[\p{Lu}][^,_"“”]{0,40},\s+)?I\s+(?:(?:then|later|also|again)\s+)?(?:told|asked|wrote\s+to|put\s+(?:this|it|that|the\s+question)\s+to)\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)(?![\p{L}'’-])[^_"“”]*$/u;

// A person's own body by a possessive pronoun: "Her group", "His organisation", "her union".
const OWN_BODY = /^(His|Her)\s+(?:group|organisation|organization|association|council|union|charity|foundation|federation|party|firm|company)$/iu;
// A body named in capitals after "of", "at" or "for" in a role ("president of the Harbour Residents' Council").
const ROLE_BODY = /\b(?:of|at|for)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}'’&-]*\s+){1,5}[\p{Lu}][\p{L}'’-]*)/gu;

// A verb of saying with its subject before it, and an age's epithet later in the sentence.
// (Not a pronoun's: "He said ..." may be the one named a paragraph back.)
const SAID_BEFORE_EPITHET = /(?<![\p{L}])(?!(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\s)[\p{L}]\S*\s+(?:said|says|told|tells|added|adds|explained|explains)\b(?=.*\s[Tt]he\s+\d{1,3}-year-old\b)/su;

/**
 * The one fuller form "DESCRIPTION of (the) CAPITALISED BODY" a paragraph gives a body's bare definite description
 * ("the press service of the Ministry of Transport" for "the press service"), or null when it gives none or two.
 */
function ownedInParagraph(text: string, described: string): string | null {
  const words = described.replace(/^the\s+/iu, '').trim();
  if (!/^[\p{Ll}][\p{Ll}\s-]*$/u.test(words)) return null;
  const full = new RegExp(String.raw`\b[Tt]he\s+${words.replace(/\s+/gu, String.raw`\s+`)}\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?(?:the\s+)?[\p{Lu}][\p{L}'’-]*){0,5}`, 'gu');
  const found = new Set([...text.matchAll(full)].map((m) => m[0].replace(/^The\b/u, 'the')));
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * Whether a paragraph has someone speak before the age's epithet it holds ("Their daughter Bea said she .... "...,"
 * the 20-year-old said."): the epithet then means that subject, not someone named a paragraph back. (An inverted
 * credit, "said the 23-year-old", has no subject before its verb.)
 */
function ownSpeakerBeforeEpithet(sentence: string): boolean {
  const epithet = sentence.search(/\b[Tt]he\s+\d{1,3}-year-old\b/u);
  if (epithet <= 0) return false;
  const lead = sentence.slice(0, epithet).replace(/(?:said|says|told|added|adds|explained|explains)\s*$/u, '');
  return SAID_BEFORE_EPITHET.test(lead + sentence.slice(epithet));
}

/**
 * "The state arms group PGZ-Amunicja": a body's description, then its name; the name read as a body's when the
 * description's head is a body's ("group", "company"), or null.
 */
function describedBodyName(phrase: string): ParsedSpeaker | null {
  const m = /^(the\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+([\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{Lu}][\p{L}&'’.-]*){0,4})$/iu.exec(phrase.trim());
  if (!m || !/^[Tt]he\s+[\p{Ll}]/u.test(m[1]!)) return null;
  const described = parseSubjectPhrase(m[1]!.replace(/^The/u, 'the'));
  if (described?.type !== 'description' || described.kind !== 'organisation' || described.plural) return null;
  return { type: 'name', name: m[2]!, role: null, kind: 'organisation' };
}

// A sentence opening on a person described and no name set off after, its subject: "Her lawyer called ...".
const ASKING_WORD = /(?<![\p{L}])(?:asked|asks|questioned|pressed|quizzed|interviewed|cross-examined)(?![\p{L}])/u;
const DESCRIBED_PERSON_SUBJECT = /^\s*(?:(?:But|And|Then|Later|Meanwhile),?\s+)?(?:His|Her|Their|The|A|An|One)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+)(?=\s+[\p{Ll}])/u;
// "his cashier", "her lawyer": a possessive pronoun and one lowercase noun (`broughtInBy` asks the rest).
const OWNED_PERSON = /^(?:his|her|their)\s+[\p{Ll}]+$/iu;

// "the former" / "the latter" written in a sentence, where the phrase stands.
const FORMER_LATTER_PHRASE = /(?<![\p{L}])the\s+(?:former|latter)(?![\p{L}])/iu;

// A Markdown subhead paragraph ("## The uncle in Dover").
const MARKDOWN_HEADING = /^#{1,6}[ \t]/u;

export class DocumentSpeakers {
  readonly locals: LocalSpeaker[] = [];
  /** Most recent last: speakers and subjects that a pronoun or a definite description may point back to. */
  private recent: LocalSpeaker[] = [];
  /** The byline's writer once credited as the narration's "I" (`markNarrator`). */
  private readonly narrators = new Set<LocalSpeaker>();
  private readonly mentions: NameMention[];
  /** The sentences read so far, with the names their narration gives. */
  private readonly read: SentencesRead;
  /** What the checks for someone else a pronoun may mean (`pronoun-rivals.ts`) read of this document. */
  private readonly known: PeopleKnown;
  /** First and last words of the full names mentioned, made on first use. */
  private mentionEnds: Set<string | undefined> | null = null;
  /** The names the document describes as a newspaper's or broadcaster's, read on first need. */
  private media: Set<string> | null = null;
  private bodies: Set<string> | null = null;
  /** The document's holders of each surname, and the readers that settle a bare surname two of them bear. */
  private readonly surnames: SurnameHolders;
  /** What those readers ask of the reading so far. */
  private readonly surnameContext: SurnameContext;
  /** The document's defined terms ("respondent") and the parties they stand for, read on first need. */
  private terms: Map<string, string> | null = null;
  // The names of the local speakers, indexed as they are added (a scan of every name at every look-up is
  // quadratic in the document). Locals are created in key order, so "earliest" and "latest" compare keys.
  /** Compact person name → the earliest person with it. */
  private readonly personByCompact = new Map<string, LocalSpeaker>();
  /** First or last word of a person's name → the latest person with it. */
  private readonly personByEnd = new Map<string, LocalSpeaker>();
  /** "first|last" words of a person's name of two words or more → the persons with such a name. */
  private readonly personsByEnds = new Map<string, LocalSpeaker[]>();
  /** Compact organisation name → the earliest organisation with it; the same for acronyms. */
  private readonly orgByCompact = new Map<string, LocalSpeaker>();
  private readonly orgByAcronym = new Map<string, LocalSpeaker>();
  /** The paragraph where each speaker was last named or spoke. */
  private readonly paragraphOf = new Map<LocalSpeaker, number>();
  /** Where each speaker was last seen: the sentence, as `read` counts them. */
  private readonly sentenceOf = new Map<LocalSpeaker, number>();
  /** The paragraph where each speaker last spoke (not only mentioned). */
  private readonly spokeIn = new Map<LocalSpeaker, number>();
  /** The sentence where each speaker last spoke. */
  private readonly spokeAt = new Map<LocalSpeaker, number>();
  /**
   * A transcript turn's speaker and the paragraph of the turn, when the turn credits a quotation inside it to
   * someone else ('... an official said the deal was "..."'): see `noteTurnQuoting`.
   */
  private readonly turnQuotingIn = new Map<LocalSpeaker, number>();
  /**
   * How the last `resolve` found its speaker ("pronoun gender, 1 back", "description, recent speaker" ...): read
   * by the PolNeAR evaluation to measure each path's precision, never by the engine's choices.
   */
  lastPath = '';
  /** The ages the document gives its people, read on the first age epithet. */
  private ages: Map<number, string[]> | null = null;
  /**
   * Surname → the people with a full name ending in it, in the order they last spoke or were a sentence's
   * subject, each with that name's first word. Whether the first word is a common word ("Team Trump") is asked
   * only when a bare surname is looked up (`lastBySurname`): asking it at every mention read the first-name
   * lists (about 50 ms) into every build, needed or not.
   */
  private readonly bySurname = new Map<string, { s: LocalSpeaker; first: string }[]>();
  // Who the text called by a first name alone ("Freddy"), and who by a bare surname ("Mr. Trump"), by surname.
  private readonly calledByFirst = new Set<LocalSpeaker>();
  private readonly calledBySurname = new Map<string, LocalSpeaker>();
  // Everyone the text has called by a bare surname, by surname.
  private readonly everCalledBySurname = new Map<string, Set<LocalSpeaker>>();
  // Whom the text gave a courtesy title and bare surname first, by the title's sex and the surname ("f kim").
  private readonly titledBySurname = new Map<string, LocalSpeaker>();

  /** Seats of the members the document names with them ("Mr Jon Roe (Ashfield) (Con)"), seat in lowercase → name. */
  seats: ReadonlyMap<string, string> = new Map();
  /** The nicknames the document gives inside names in quotation marks, each with the name it stands for (`nickname-mark.ts`). */
  nicknames: ReadonlyMap<string, string> = new Map();

  constructor(
    readonly doc: string,
    private readonly paragraphs: readonly string[],
    private readonly nextKey: () => number,
  ) {
    this.mentions = withOfficeMentions(scanNameMentions(paragraphs), scanOfficeMentions(paragraphs));
    this.read = new SentencesRead(paragraphs, this.mentions);
    this.known = { read: this.read, mentions: this.mentions, byEnd: (w) => this.personByEnd.get(w), byCompact: (c) => this.personByCompact.get(c), seenAt: (l) => this.sentenceOf.get(l) };
    this.surnames = new SurnameHolders(paragraphs, this.mentions);
    this.surnameContext = {
      read: this.read,
      locals: this.locals,
      bySurname: this.bySurname,
      calledByFirst: this.calledByFirst,
      calledBySurname: this.calledBySurname,
      everCalledBySurname: this.everCalledBySurname,
      personByCompact: this.personByCompact,
      personByEnd: this.personByEnd,
      paragraphOf: this.paragraphOf,
      sentenceOf: this.sentenceOf,
    };
  }

  private writer: string | null | undefined;

  /** A surname the next pronoun read passes over (`passOverNext`), once. */
  private passOver: string | undefined;

  /**
   * Has the next pronoun resolved pass over the people whose name ends in the last word of `name`: the clause
   * its credit reports opens with that name (`Also, Roe is no friend of ours, he said.`), so the pronoun is
   * someone else. Read by the next `resolve` of a pronoun only.
   */
  passOverNext(name: string): void {
    this.passOver = name;
  }

  /** The single writer the document's byline names (`byline-writer.ts`), for the narration's "I"; or null. */
  bylineWriter(): string | null {
    if (this.writer === undefined) this.writer = bylineWriter(this.paragraphs);
    return this.writer;
  }

  /** Records that `s` is the byline's writer, credited with words as the narration's "I". */
  markNarrator(s: LocalSpeaker): void {
    this.narrators.add(s);
  }

  /**
   * Moves on to the document's next sentence, `masked[from, to)` of a paragraph (quotes masked): pronouns
   * look back one sentence for their antecedent, and note the people named on the way.
   */
  nextSentence(paragraph: number, masked: string, from: number, to: number): void {
    this.read.next(paragraph, masked, from, to);
  }

  /**
   * The local speaker a phrase names at this point of the document, created if new. `asSpeaker` is false for
   * a sentence subject that is only mentioned; it still counts for later pronouns and aliases.
   */
  resolve(parsed: ParsedSpeaker, paragraph: number, role: string | null, asSpeaker: boolean): LocalSpeaker | null {
    // "A Telegram channel called Harbor Signal shared ...": a body brought in by what it is, then named by "called"
    // or "named" right after, is that named body (`called-name.ts`).
    if (parsed.type === 'description' && parsed.kind === 'organisation' && !parsed.definite && !parsed.plural) {
      const at = this.read.textOf.get(this.read.sentence);
      const called = at ? nameCalledAfter(at.masked.slice(at.from, at.to), parsed.text) : null;
      if (called) parsed = { type: 'name', name: called, role: null, kind: 'organisation' };
    }
    const found = this.resolveInner(parsed, paragraph, role, asSpeaker);
    this.passOver = undefined;
    // '"...," Mrs Whitcombe said.' read to one whose name opens on a man's given name ("Mrs Gerald Whitcombe", a wife
    // styled by her husband's name, merged with the husband named in full): a title of the other sex than the name
    // tells is someone else, or a name the text gives in a form no reading tells apart; no one rather than a guess.
    if (found && found !== AMBIGUOUS && found.kind === 'person' && parsed.type === 'name' && parsed.kind === 'person' && titleAgainstName(parsed.role, found.names[0] ?? '')) return null;
    if (found && found !== AMBIGUOUS && parsed.type === 'name' && parsed.kind === 'person') this.ownerToldByPossessive(parsed.role, found);
    // "Opening the prosecution case, Jane Roe KC told ...", "Jane Roe KC, prosecuting, said": a court report's way
    // of saying who prosecutes; she is "the prosecutor" later.
    if (found && found.kind === 'person' && parsed.type === 'name') {
      const at = this.read.textOf.get(this.read.sentence);
      const text = at ? at.masked.slice(at.from, at.to) : '';
      if (text.includes('prosecut') && prosecutes(text, parsed.name)) addRole(found, 'prosecutor');
    }
    return found;
  }

  /**
   * The body a "His group"/"Her organisation" description means: the one named in the role of the person the
   * pronoun stands for ("president of the Harbour Residents' Council"), or null.
   */
  private bodyOfRole(text: string, paragraph: number): ParsedSpeaker | null {
    const m = OWN_BODY.exec(text.trim());
    if (!m) return null;
    const person = this.resolvePronoun(m[1]!.toLowerCase() === 'his' ? 'he' : 'she', paragraph);
    if (!person || person.kind !== 'person') return null;
    const bodies = new Set(person.roles.flatMap((r) => [...r.matchAll(ROLE_BODY)].map((b) => b[1]!)));
    if (bodies.size !== 1) return null;
    const [name] = bodies;
    return { type: 'name', name: name!, role: null, kind: 'organisation' };
  }

  /**
   * The full name a surname after the firm's possessive means ("says Harbor's Lind"): its one holder named so
   * far, or, when two people of the document bear it, the one the firm is named beside (within the sentence
   * that names them); null when the firm tells none of them apart, so that no namesake takes the words.
   */
  private holderAtFirm(surname: string, owner: string, paragraph: number): string | null {
    const key = surname.toLowerCase();
    const firm = owner.replace(/['’]s?$/u, '');
    const holders = new Map<string, NameMention[]>();
    for (const m of this.mentions) {
      // (Not the run the credit itself makes, "Harbor's Lind": a possessive opens no one's name.)
      if (m.paragraph > paragraph || m.words.length < 2 || !m.words.includes(key) || /['’]s?\s/u.test(m.name)) continue;
      holders.set(m.compact, [...(holders.get(m.compact) ?? []), m]);
    }
    if (holders.size === 0) return surname;
    const firmWord = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(firm)}(?![\p{L}])`, 'u');
    const beside = [...holders.values()].filter((ms) => this.paragraphs.some((text) => {
      for (let at = text.indexOf(ms[0]!.name); at >= 0; at = text.indexOf(ms[0]!.name, at + 1)) {
        const end = text.slice(at).search(/[.;!?](?:\s|$)/u);
        if (firmWord.test(text.slice(at, end < 0 ? undefined : at + end))) return true;
      }
      return false;
    }));
    const [only] = holders.values();
    if (holders.size === 1) return only![0]!.name;
    return beside.length === 1 ? beside[0]![0]!.name : null;
  }

  private resolveInner(parsed: ParsedSpeaker, paragraph: number, role: string | null, asSpeaker: boolean): LocalSpeaker | null {
    let found: LocalSpeaker | null = null;
    // "van der Brink said": a surname's lowercase particles read apart as a role are part of the name.
    if (parsed.type === 'name' && parsed.kind === 'person' && role && !/\s/u.test(parsed.name) && LOWER_PARTICLES.test(role)) {
      parsed = { ...parsed, name: `${role} ${parsed.name}` };
      role = null;
    }
    if (parsed.type === 'name' && parsed.kind === 'person' && parsed.role && !/\s/u.test(parsed.name) && FIRM_OWNER.test(parsed.role)) {
      const full = this.holderAtFirm(parsed.name, parsed.role, paragraph);
      if (full === null) return null;
      parsed = { ...parsed, name: full, role: null };
    }
    parsed = this.groupNotName(parsed);
    // "the honourable member for Ashfield" after "Mr Jon Roe (Ashfield) (Con)": the member the seat names.
    const seat = parsed.type === 'description' && this.seats.size > 0 ? memberSeat(parsed.text) : null;
    const member = seat ? this.seats.get(seat) : undefined;
    const memberName = member ? parseSpeakerPhrase(member) : null;
    if (memberName?.type === 'name' && memberName.kind === 'person') parsed = memberName;
    // "the Hollin Vale MP", "the MP for Hollin Vale" after "NAME, MP for Hollin Vale," or "Opposition MP NAME": the
    // member the seat, or the one member named just before, names (`seat-member.ts`).
    const bySeat = !member && parsed.type !== 'pronoun' ? memberBySeat(parsed.type === 'name' ? parsed.name : parsed.text, this.paragraphs, this.mentions, paragraph) : null;
    const bySeatName = bySeat ? parseSpeakerPhrase(bySeat) : null;
    if (bySeatName?.type === 'name' && bySeatName.kind === 'person') parsed = bySeatName;
    // "Birmingham said" after "Senator Simon Birmingham": the senator, not the city.
    if (parsed.type === 'name' && parsed.kind !== 'person' && cityIsNamedSurname(parsed.name, this.namedBefore(paragraph))) parsed = { ...parsed, kind: 'person' };
    // "Dagens Tidning" after "Dagens Tidning, the city's oldest daily,": the text said it is a paper.
    // (Most documents describe no medium: no compact form is made to look up in an empty set.)
    // ("the liberal Kestrel Lantern" too: adjectives before the name describe the paper, no person's role.)
    if (parsed.type === 'name' && parsed.kind === 'person' && (!parsed.role || adjectivesOnly(parsed.role)) && (this.media ??= mediumNames(this.paragraphs)).size > 0 && this.media!.has(compactName(parsed.name))) parsed = { ...parsed, kind: 'organisation', role: null };
    // "Harbour Hope" after "Harbour Hope, a local charity,": the text said it is a body.
    if (parsed.type === 'name' && parsed.kind === 'person' && !parsed.role && (this.bodies ??= bodyNames(this.paragraphs)).size > 0 && this.bodies!.has(compactName(parsed.name))) parsed = { ...parsed, kind: 'organisation' };
    this.lastPath = parsed.type;
    // "the Respondent" after "THE EXPORT CONTROL AUTHORITY (Respondent)": the party the document defined so.
    const party = parsed.type === 'pronoun' ? null : this.definedParty(parsed.type === 'name' ? parsed.name : parsed.text);
    if (party) {
      parsed = party;
      this.lastPath = 'defined term';
    }
    // "Her group said ..." after "Jane Roe, president of the Harbour Residents' Council, ...": the body the one
    // the pronoun means heads or belongs to, as her role names it.
    const ownBody = parsed.type === 'description' ? this.bodyOfRole(parsed.text, paragraph) : null;
    if (ownBody) {
      parsed = ownBody;
      this.lastPath = "body named in the role of the possessive pronoun's person";
    }
    if (parsed.type === 'pronoun') {
      // "..., and when the minister was asked whether ..., he answered: "..."": the one the clause asked (`asked-one.ts`).
      const clause = parsed.pronoun === 'he' || parsed.pronoun === 'she' ? askedInClause(this.read) : null;
      const answers = clause && clause.pronoun === parsed.pronoun ? this.askedInClauseSpeaker(clause.phrase, clause.pronoun, paragraph, clause.at) : null;
      found = clause?.several && clause.pronoun === parsed.pronoun ? null : (answers ?? this.resolvePronoun(parsed.pronoun, paragraph));
      if (parsed.pronoun === 'it') found = this.mediumForIt(found, paragraph) ?? found;
      const askedColon = parsed.pronoun === 'he' || parsed.pronoun === 'she' ? askedColonThen(this.read, parsed.pronoun) : null;
      const askedParsed = askedColon ? parseSpeakerPhrase(askedColon) : null;
      if (askedParsed?.type === 'name' && askedParsed.kind === 'person' && (/\s/u.test(askedParsed.name) || this.knowsName(askedParsed.name))) {
        const sex = genderOfName(askedParsed.name);
        found = sex && sex !== (parsed.pronoun === 'he' ? 'm' : 'f') ? null : this.resolvePerson(askedParsed.name, paragraph, askedParsed.role);
        this.lastPath = 'pronoun: the one a question set off by a colon was put to';
      }
      if (found && (parsed.pronoun === 'he' || parsed.pronoun === 'she') && this.saidOfFound(found)) {
        found = null;
        this.lastPath = 'pronoun: none, its own sentence says the words were said of the one it would mean';
      }
      if (clause?.several && clause.pronoun === parsed.pronoun) this.lastPath = 'pronoun: one of several a clause of its sentence asked';
      else if (!found) {
        found = this.leadSubject(parsed.pronoun, paragraph);
        // (A pronoun the reading left to no one because either of two may be meant keeps that path, which is final.)
        this.lastPath = found ? 'pronoun: subject of its own sentence' : this.lastPath === ACTS_ON_OTHER || this.lastPath === SECOND_IN_SET_OFF_CLAUSE ? this.lastPath : 'pronoun: none';
        const askedHere = found || (parsed.pronoun !== 'he' && parsed.pronoun !== 'she') ? null : askedOne(this.read);
        const asked = askedHere ?? (found || (parsed.pronoun !== 'he' && parsed.pronoun !== 'she') ? null : askedJustBefore(this.read, parsed.pronoun));
        if (asked && this.knowsName(asked)) {
          found = this.resolvePerson(asked, paragraph, null);
          this.lastPath = askedHere ? 'pronoun: the one its sentence asked' : 'pronoun: the one the sentence before asked';
        }
        const kin = found || (parsed.pronoun !== 'he' && parsed.pronoun !== 'she') ? null : this.kinOfGenderBefore(parsed.pronoun === 'he' ? 'm' : 'f');
        if (kin) {
          found = this.resolvePerson(kin.name, paragraph, null);
          if (found) toldGender(found, parsed.pronoun === 'he' ? 'm' : 'f');
          this.lastPath = 'pronoun: the one of its gender the sentence before names as kin';
        }
        const one = found || (parsed.pronoun !== 'he' && parsed.pronoun !== 'she') ? null : this.onlyOneOfGenderBefore(parsed.pronoun === 'he' ? 'm' : 'f', paragraph);
        if (one) {
          found = this.resolvePerson(one.name, paragraph, null);
          this.lastPath = 'pronoun: the one of its gender among a woman and a man the sentence before names';
        }
      }
    } else if (parsed.type === 'name') {
      if (parsed.kind === 'organisation' && setOffAsPerson(parsed.name, this.paragraphs)) parsed = { ...parsed, kind: 'person' };
      // A surname more than one person here bears: the table of its holders says which one it means, or none.
      // (The name's words, made once for the readers below: each would ask `nameWords` again for the same name.)
      const words = parsed.kind === 'person' ? nameWords(parsed.name) : undefined;
      // ("van der Brink": its surname's word is what the table of holders reads.)
      const particle = words && words.length === 3 ? this.particleSurname(parsed.name) : null;
      const surname = words ? (particle ? this.surnames.read(parsed.name.split(/\s+/u).at(-1)!, particle, parsed.role, paragraph, this.surnameContext) : this.surnames.read(parsed.name, words, parsed.role, paragraph, this.surnameContext)) : undefined;
      if (surname?.path) this.lastPath = surname.path;
      if (surname?.person) {
        found = this.resolvePerson(surname.person, paragraph, surname.titled ? parsed.role : null);
        if (surname.sex) toldGender(found, surname.sex);
      } else if (!surname && words && words.length === 1 && !parsed.role && this.unsettledNamesakes(words[0]!, parsed.name, paragraph)) {
        this.lastPath = 'name: none, a surname a man and a woman bear, neither at hand nor told apart';
      } else if (!surname && words && words.length === 1 && !parsed.role && !this.calledBySurname.has(words[0]!) && surnameOrderUnsure(words[0]!, this.mentions.filter((m) => m.paragraph <= paragraph).map((m) => m.words), isKnownFirstName)) {
        // "Liu Yang" beside "Emily Yang": the first may write the family name first, "Yang" then his given name
        // (`family-first-unsure.ts`).
        this.lastPath = 'name: none, a surname one namesake may bear as a given name, written family name first';
      } else if (!surname && words && words.length === 1 && givenNameBesideArticleSurname(parsed.name, this.mentions.filter((m) => m.paragraph <= paragraph).map((m) => m.name.split(/\s+/u)))) {
        // "Rashid Hamdan and Omar al-Rashid ... '...,' Rashid said": one's given name, the other's surname behind its
        // article; news style calls people by surname, so never the first, and the article dropped leaves it
        // unsure (`article-surname-given.ts`).
        this.lastPath = "name: none, one person's given name and another's surname behind an Arabic article";
      } else if (!surname && words && words.length === 1 && !parsed.role && this.opensAsLabel(parsed.name) && surnameAndGivenName(parsed.name, this.mentions.filter((m) => m.paragraph <= paragraph).map((m) => m.name.split(/\s+/u)), isKnownFirstName, familyNameFirst)) {
        // "Grace Thomas interviewed Thomas Grace. ... Thomas: '...'": a label, one's surname and the other's given
        // name (`label-given-name.ts`). (In prose, '"...," Ali said.' after "Ali Haddad and Samira Ali" is the
        // surname's, as news style calls people.)
        this.lastPath = "name: none, one person's surname and another's given name";
      } else if (!surname) {
        // "Bundeskanzler Olaf Scholz ... the Bundeskanzler said": a title word one person bore before the name, with
        // "the" alone, is that person, not a body (`title-word-holder.ts`).
        const titled = !words && !parsed.voice ? titleWordHolder(parsed.name, this.mentions, paragraph, this.paragraphs) : null;
        if (titled) this.lastPath = 'name: the title word one person named in full bore before the name, with "the"';
        found = words ? this.resolvePerson(parsed.name, paragraph, parsed.role, words) : titled ? this.resolvePerson(titled, paragraph, null) : this.resolveOrg(parsed.voice ?? parsed.name);
      }
      // "A user posting as Linden88, who said she teaches ...": the relative clause right after the name tells
      // the person's sex where the name (a handle, a name no lexicon knows) does not.
      const here = found && !found.genderSure ? this.read.textOf.get(this.read.sentence) : undefined;
      // ("Mara Holm, facing her first budget vote, was asked ...": so does a participle's clause giving her a possession.)
      const told = here ? (genderOfWhoClause(here.masked.slice(here.from, here.to), parsed.name) ?? participleAsideGender(here.masked.slice(here.from, here.to), parsed.name)) : null;
      if (found && told) toldGender(found, told);
    } else {
      const generation = generationEpithet(parsed.text);
      found = generation ? this.resolveByGeneration(generation, paragraph) : (this.resolveByAge(parsed, paragraph) ?? this.resolveChild(parsed, paragraph) ?? this.resolveEpithet(parsed) ?? this.freshEpithet(parsed, paragraph, asSpeaker) ?? this.resolveDescription(parsed, paragraph, asSpeaker));
      // "A senior official, who spoke on condition that he not be named, said": the clause of anonymity right after
      // the one described tells the sex the description does not.
      const here = found && found.kind === 'unnamed' && !found.gender && parsed.type === 'description' ? this.read.textOf.get(this.read.sentence) : undefined;
      const told = here && parsed.type === 'description' ? genderOfAnonymityClause(here.masked.slice(here.from, here.to), parsed.text) : null;
      if (found && told) toldGender(found, told);
    }
    if (!found) return null;
    if (role) addRole(found, role);
    if (parsed.type === 'name' && parsed.role) addRole(found, parsed.role);
    if (asSpeaker) {
      found.mentionOnly = false;
      this.spokeIn.set(found, paragraph);
      this.spokeAt.set(found, this.read.sentence);
    }
    this.paragraphOf.set(found, paragraph);
    this.sentenceOf.set(found, this.read.sentence);
    if (parsed.type === 'pronoun' && (parsed.pronoun === 'he' || parsed.pronoun === 'she')) {
      const g = parsed.pronoun === 'he' ? 'm' : 'f';
      if (!found.gender) found.gender = g;
      if (found.gender === g) found.genderSure = true;
    }
    this.touch(found);
    return found;
  }

  /** The party a capitalised defined term ("the Respondent") stands for in this document, read as a speaker phrase; null when the term is none. */
  private definedParty(phrase: string): ParsedSpeaker | null {
    const m = /^(?:the\s+)?([\p{Lu}][\p{Ll}]{3,})$/u.exec(phrase.trim());
    if (!m) return null;
    this.terms ??= definedTerms(this.paragraphs);
    const name = this.terms.get(m[1]!.toLowerCase());
    const parsed = name ? parseSpeakerPhrase(name) : null;
    return parsed && parsed.type === 'name' ? parsed : null;
  }

  /**
   * "the 70-year-old" after "Vladimir Putin, 70,": the one person the document gave that age, when the text
   * already named them and a noun's gender ("the 52-year-old woman") does not rule them out.
   */
  private resolveByAge(parsed: Extract<ParsedSpeaker, { type: 'description' }>, paragraph: number): LocalSpeaker | null {
    // ("the 49-year-old diplomat": any noun of a person's role or trade tells no sex, as "the 49-year-old official" does.)
    // (A past calling too, "the 70-year-old former general", "the 64-year-old retired teacher": the age ties it.)
    const role = /^the\s+(\d{1,3})-year-old\s+(?:(former|retired|ex-)\s*)?([\p{Ll}]+)$/iu.exec(parsed.text.trim());
    const epithet = ageEpithet(parsed.text) ?? (role && Number(role[1]) >= 1 && Number(role[1]) <= 120 && (isRoleNoun(role[3]!) || isPersonNoun(role[3]!)) ? { age: Number(role[1]), gender: null } : null);
    if (!epithet) return null;
    this.ages ??= statedAges(this.paragraphs.join('\n'));
    const aged = personOfAge(this.ages, epithet.age) ?? (this.ages.has(epithet.age) ? null : this.onlyNamedBefore(paragraph, epithet.age));
    // ("General Ilya Mertz, 70,": the age given with a rank or title before the name is the named person's.)
    const untitled = aged && !this.knowsName(aged) ? /^([\p{Lu}][\p{Ll}]+)\s+(\S+\s+\S.*)$/u.exec(aged) : null;
    const name = untitled && isRoleNoun(untitled[1]!.toLowerCase()) && this.knowsName(untitled[2]!) ? untitled[2]! : aged;
    if (!name || !this.knowsName(name)) return null;
    const gender = genderOfName(name);
    if (epithet.gender && gender && gender !== epithet.gender) return null;
    const found = this.resolvePerson(name, paragraph, null);
    if (epithet.gender && found.gender && found.gender !== epithet.gender) return null;
    // (A past calling must be one the text gave that person, by a title before the name or a role set off after it:
    // "General NAME, 70," or "NAME, 70, a retired general," is "the 70-year-old former general"; "NAME, 70, a baker," is not.)
    if (role?.[2] && !this.callingBesideName(found, role[3]!.toLowerCase())) return null;
    // (Nor when the text set the calling off after another person's name too: "General NAME, 70, toured the base with
    // Colonel NAME2, also 70 and a former general." — the former general may be either.)
    if (role?.[2] && this.callingBesideOther(found, role[3]!.toLowerCase())) return null;
    this.lastPath = 'description: the one person of that age';
    return found;
  }

  /**
   * Whether the text gives `s` the calling `head` beside one of its full names: the word in the sentence's stretch
   * from just before the name (a title, "General NAME") to the end of what is set off after it ("NAME, 70, a
   * retired general,").
   */
  private callingBesideName(s: LocalSpeaker, head: string): boolean {
    if (s === AMBIGUOUS || s.kind !== 'person') return false;
    const full = s.names.filter((n) => /\s/u.test(n)).map((n) => nameWords(n));
    const word = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(head)}(?![\p{L}])`, 'iu');
    return this.mentions.some((m) => {
      // (A mention holding every word of a full name, a title before it perhaps: "General Ilya Mertz".)
      const words = nameWords(m.name);
      if (!full.some((ws) => ws.every((w) => words.includes(w)))) return false;
      if (word.test(m.name) || (m.role !== null && m.role !== undefined && word.test(m.role))) return true;
      const text = this.paragraphs[m.paragraph - 1] ?? '';
      const from = Math.max(0, text.lastIndexOf('.', m.at) + 1, m.at - 40);
      // (The mention's offset may be its title's: the name's own end is where an aside opens.)
      return word.test(text.slice(from, m.at)) || word.test(this.setOffAfter(m));
    });
  }

  /** Whether a mention of someone other than `s` holds the calling `head` in its name or role or in what is set off after it. */
  private callingBesideOther(s: LocalSpeaker, head: string): boolean {
    if (s === AMBIGUOUS || s.kind !== 'person') return false;
    const full = s.names.filter((n) => /\s/u.test(n)).map((n) => nameWords(n));
    const word = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(head)}(?![\p{L}])`, 'iu');
    return this.mentions.some((m) => {
      const words = nameWords(m.name);
      if (full.some((ws) => ws.every((w) => words.includes(w))) || s.names.includes(m.name)) return false;
      return word.test(m.name) || (m.role !== null && m.role !== undefined && word.test(m.role)) || word.test(this.setOffAfter(m));
    });
  }

  /**
   * What is set off after a mention's name, comma by comma, while each piece is an age or a description ("NAME, 70,
   * a retired general, toured": ", 70, a retired general"); not the clause after it ("NAME, 70, a retired nurse,
   * lives with her husband, NAME2, 72, a former teacher" holds no "teacher" for NAME).
   */
  private setOffAfter(m: NameMention): string {
    const text = this.paragraphs[m.paragraph - 1] ?? '';
    // (The mention's offset may be its title's: the name's own end is where an aside opens.)
    const named = text.indexOf(m.name, m.at);
    const rest = named < 0 ? '' : text.slice(named + m.name.length);
    if (!/^\s*,/u.test(rest)) return '';
    const stop = rest.search(/[.;!?]\s|[.;!?]$/u);
    const span = rest.slice(0, Math.min(stop < 0 ? rest.length : stop, 100));
    const pieces = span.split(',').slice(1);
    const kept: string[] = [];
    for (const piece of pieces) {
      if (!/^\s*(?:\d{1,3}\b|(?:a|an|the|former|retired|ex-|now|once|also|both|himself|herself)\b|ex-)/iu.test(piece)) break;
      kept.push(piece);
    }
    return kept.length > 0 ? `, ${kept.join(',')}` : '';
  }

  /**
   * "NAME, a net mender, says ... '...,' says the 61-year-old.": an age no one was given is the one person the
   * paragraph named in full before the sentence being read (and whom no other age was given), as the epithet
   * always points back to someone just named.
   */
  private onlyNamedBefore(paragraph: number, age: number): string | null {
    const here = this.read.textOf.get(this.read.sentence);
    if (!here || this.read.paragraph !== paragraph) return null;
    // ("“...,” Roe said. ¶ The 58-year-old, who ..., warned ...": opening a paragraph that names no one before it,
    // the one person the paragraph before named, by any form of the name.)
    // (A name after "of", "at" or "for" is where the person works, no second candidate: "NAME, managing director of
    // Nordby Imports".)
    // (Nor a proper name after "the" alone, an adjective of a thing: "worked on the Soviet Energia programme".)
    const person = (m: NameMention): boolean => !/(?:\b(?:of|at|for|from)\s+(?:the\s+)?|(?<![\p{L}])the\s+)$/u.test((this.paragraphs[m.paragraph - 1] ?? '').slice(Math.max(0, m.at - 12), m.at));
    let before = this.mentions.filter((m) => m.paragraph === paragraph && m.at < here.from && person(m));
    // ("... Most people walked past it. Min-ji did not." then a paragraph opening '"...," said the 23-year-old':
    // the epithet opening a paragraph points back to the one person the paragraph before named, in its last
    // sentence, the one that paragraph ends on.)
    // (A paragraph's first sentence asks that last sentence alone: "Mara Olsen runs the lounge. Most walked past."
    // leaves the epithet open.)
    // (Nor, the paragraph before, when this one has a subject of its own speak before the epithet, whom no name
    // mention holds: 'Their daughter Bea, a student, said she .... "...," the 20-year-old said.' is the daughter.)
    if (before.length === 0 && ownSpeakerBeforeEpithet(here.masked.slice(0, here.to))) return null;
    if (before.length === 0 && paragraph >= 2 && here.masked.slice(0, here.from).trim() === '') return this.lastSentenceOnlyNamed(paragraph - 1, age, person) ?? this.onlySpeakerOf(paragraph - 1, age);
    if (before.length === 0) before = this.mentions.filter((m) => m.paragraph === paragraph - 1 && person(m));
    const named = new Set(before.map((m) => m.compact));
    if (named.size !== 1) return null;
    const [only] = before;
    const elsewhere = [...this.ages!].some(([a, names]) => a !== age && names.some((n) => compactName(n) === only!.compact));
    return elsewhere ? null : only!.name;
  }

  /**
   * '"...," she said.' then a paragraph opening '"...," the analyst added, "..."': a definite description of one
   * person, with a noun the document has given no one before (no word of it earlier in the text, no speaker with
   * that head), crediting a quote that opens the paragraph, points back to the one person who alone spoke in the
   * paragraph before, as a reporter varies the reference to the speaker just heard. Or, later in a paragraph, the
   * one person who alone spoke and was named in it so far: 'According to NAME, the talks showed that "..." had
   * failed. "...," the professor said.'
   */
  private freshEpithet(parsed: Extract<ParsedSpeaker, { type: 'description' }>, paragraph: number, asSpeaker: boolean): LocalSpeaker | null {
    if (!asSpeaker || !parsed.definite || parsed.plural || parsed.kind !== 'unnamed' || paragraph < 2) return null;
    // ("the ex-soldier": a noun of a former calling counts as the noun.)
    // (Or a noun after "former" or "retired" and perhaps one word of its field: "the former intelligence officer".)
    const m = /^the\s+(?:ex-|(?:former|retired)\s+(?:[\p{Ll}]+\s+)?)?([\p{Ll}]+)$/u.exec(parsed.text.trim());
    if (!m || !isKindOf(m[1]!, 'person', 5, 1)) return null;
    const head = m[1]!;
    // ("the teenager", "the boy": a noun of age tells an age the one just heard may not have, "34-year-old NAME".)
    if (/^(?:boy|girl|teen|kid)$/u.test(head) || isKindOf(head, 'juvenile', 4, 1)) return null;
    const here = this.read.textOf.get(this.read.sentence);
    if (!here || this.read.paragraph !== paragraph) return null;
    const opensParagraph = here.masked.slice(0, here.from).trim() === '';
    // (The quote opens the sentence, the epithet its credit: "Bo Lind chaired it, but the minister left, calling it
    // "..."" brings in someone new.)
    // (Or the epithet opens it, going on with a colon: "The ex-soldier added: \"...\"", more of the one just heard.)
    const sentence = here.masked.slice(here.from, here.to);
    if (!/^\s*(?:_|["“‘'])/u.test(sentence) && !new RegExp(String.raw`^\s*${escapeRegExp(parsed.text.trim())}\s+(?:added|continued|went\s+on)\s*:\s*(?:_|["“‘'])`, 'iu').test(sentence)) return null;
    // ('"...," said the woman who had taught his daughter.': a description bound by a relative clause picks someone out
    // by what the clause tells, someone new to the text (the one just heard is named in it, if anyone), not a fresh
    // word for the one just heard. Restrictive only: "the farmer, who has lived there for years," may go on with him.)
    if (new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(parsed.text.trim())}\s+(?:who|whom|whose)(?![\p{L}])`, 'iu').test(sentence)) return null;
    // ('"...," the witness replied.': a reply is another's turn, not more of the one just heard.)
    if (/(?<![\p{L}])(?:repl(?:y|ies|ied)|answer(?:s|ed)?|respond(?:s|ed)?|retort(?:s|ed)?|counter(?:s|ed)|interject(?:s|ed)|asked|asks|shot\s+back)(?![\p{L}])/u.test(here.masked.slice(here.from, here.to))) return null;
    const stem = head.replace(/(?:e|s)$/u, '');
    const before = [...this.paragraphs.slice(0, paragraph - 1), here.masked.slice(0, here.from)].join('\n');
    const used = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(stem)}`, 'u').test(before.toLowerCase());
    if (this.locals.some((l) => l !== AMBIGUOUS && l.heads.has(head))) return null;
    // (Or, no one having spoken there, the one person the paragraph before brought in by full name and alone:
    // "NAME, 62, has kept sheep near TOWN for four decades. He heard about it on the radio." then '"...," the herder
    // said.' opening the next.)
    const strict = opensParagraph ? this.onlySpeakerOf(paragraph - 1, null) : this.onlySpeakerSoFar(paragraph, here.from);
    // (Or one the text only goes on about, not heard: the one person the paragraph before brought in, no one having
    // spoken there ("NAME, 62, has kept sheep near TOWN. He heard about it on the radio." then '"...," the herder
    // said.' opening the next); or, later in a paragraph, the one it goes on with by "she said" or a bare surname.)
    const loose = strict ? null : opensParagraph ? this.onlyIntroducedIn(paragraph - 1) : this.goesOnSoFar(paragraph, here.from);
    // (An office held now, "the mayor", is not a fresh word for one the text has only been telling of: "NAME put down
    // his cup. "...," the mayor said." brings in the mayor. A past one, "the former officer", tells a calling.)
    if (!strict && loose && isOfficeHead(head) && !/^the\s+(?:ex-|former\s|retired\s)/u.test(parsed.text.trim())) return null;
    const name = strict ?? loose;
    if (!name || !this.knowsName(name)) return null;
    // (The noun used before is no bar when its only use set that very person up: "Her coach was more expansive.
    // NAME, ..., said ...", `set-up-epithet.ts`.)
    if (used && !nounOnlySetsUp(before, stem, name)) return null;
    // ("NAME, a keen amateur sailor," then '"...," the professor said': a profession's noun is someone else's when
    // the text gave the one just heard a trade or profession it neither is nor covers.)
    const held = this.locals.find((l) => l !== AMBIGUOUS && l.kind === 'person' && l.names.includes(name));
    // (One the text only told of, not heard, must not have been given a role the noun neither fits nor covers: "NAME,
    // a fellow passenger, said the heating had failed." is no "the professor" after. A past role and a past epithet,
    // "a former head of the division" and "the former intelligence officer", are one career told two ways.)
    // (Nor when the text it is read back from holds a calling the noun stands for that is no role the text gave that
    // person: "NAME, the ambassador's driver for twenty years," or "NAME, who married an envoy," before '"...," the
    // retired diplomat said.' tells of a diplomat who is someone else.)
    if (!strict) {
      const told = opensParagraph ? (this.paragraphs[paragraph - 2] ?? '') : here.masked.slice(0, here.from);
      const own = held ? [...held.roles, ...held.mentionRoles, ...this.appositiveRoles(held, paragraph)] : [];
      if (callingInText(told, head) && !own.some((r) => roleInCategory(r, head))) return null;
    }
    if (!strict && held) {
      // (A rank abbreviated before the name, "Brig. Gen.", tells no calling.)
      const given = [...held.roles, ...held.mentionRoles, ...this.appositiveRoles(held, paragraph)].filter((r) => !/^(?:[\p{Lu}][\p{L}]*\.\s*)+$/u.test(r.trim()));
      const pastEpithet = /^the\s+(?:ex-|former\s|retired\s)/u.test(parsed.text.trim());
      if (given.length > 0 && !given.some((r) => roleFits(r, head, [], true) || roleInCategory(r, head) || fellowEducators(r, head)) && !(pastEpithet && given.every((r) => PAST_ROLE.test(r)))) return null;
    }
    // (Nor when the reading of descriptions below has someone else with a role the noun fits or covers: "The Rev. NAME"
    // is "the pastor" paragraphs on, though the one just heard is his wife.)
    if (this.locals.some((l) => l !== AMBIGUOUS && l !== held && l.kind === 'person' && [...l.roles, ...l.mentionRoles].some((r) => roleFits(r, head, [], true) || roleInCategory(r, head)))) return null;
    if (held && isKindOf(head, 'professional', 4, 1)) {
      const all = [...held.roles, ...held.mentionRoles, ...this.appositiveRoles(held, paragraph)];
      // (A researcher may be "the professor"; a sailor, a trade of another kind, is not.)
      const trades = all.filter((r) => {
        const h = (r.replace(/\s+(?:of|at|for|from|in|with)\s.*$/u, '').split(/\s+/u).at(-1) ?? r).toLowerCase();
        return isKindOf(h, 'worker', 4, 1) || isKindOf(h, 'professional', 4, 1);
      });
      if (trades.length > 0 && !all.some((r) => roleFits(r, head, [], true) || roleInCategory(r, head) || fellowEducators(r, head))) return null;
    }
    // (Later in the paragraph, a role the text gave that person must fit a noun of office: "Her deputy editor, NAME,
    // ... '...,' the official said." may bring in an official the paragraph has not named.)
    if (!opensParagraph && held && (head === 'official' || isKindOf(head, 'official', 4, 1))) {
      const all = [...held.roles, ...held.mentionRoles, ...this.appositiveRoles(held, paragraph)];
      if (all.length > 0 && !all.some((r) => roleFits(r, head, [], true) || roleInCategory(r, head))) return null;
    }
    // ('"...," he said.' of Derek, then 'The widow added: "..."': a noun that tells a sex the one just heard is known
    // not to have is someone else, new to the text.)
    const sex = nounSex(head, { sexlessTitles: true, plural: false });
    const found = this.resolvePerson(name, paragraph, null);
    if (sex && found !== AMBIGUOUS && found.gender && found.gender !== sex) return null;
    this.lastPath = opensParagraph ? 'description: a fresh epithet for the one speaker of the paragraph before' : 'description: a fresh epithet for the one speaker of its paragraph so far';
    return found;
  }

  /**
   * The one person paragraph `p` brings in, when no one spoke there: a sentence of it opens on that person's full
   * name, it names no one else (every later mention is a part of that name) and the reading met no other person there; the name, else
   * null. A reporter's profile paragraph ("NAME, 62, has kept sheep near TOWN for four decades. He heard about it on
   * the radio.") before a quote credited to a fresh epithet ("the herder") opening the next.
   */
  private onlyIntroducedIn(p: number): string | null {
    if ([...this.spokeIn].some(([, k]) => k === p)) return null;
    const named = this.mentions.filter((m) => m.paragraph === p && classifyProperName(m.name) === 'person');
    const first = named[0];
    // (The full name must open a sentence, as the subject the paragraph goes on about: "In the villages, the summit
    // drew little attention. NAME, 62, has kept sheep ...".)
    const text = this.paragraphs[p - 1] ?? '';
    if (!first || first.words.length < 2 || !/(?:^|[.!?]["”’']?\s+)$/u.test(text.slice(0, first.at))) return null;
    const own = new Set(first.words);
    if (named.some((m) => !m.words.every((w) => own.has(w)))) return null;
    if (this.locals.some((l) => l !== AMBIGUOUS && l.kind !== 'organisation' && this.paragraphOf.get(l) === p && !l.names.some((n) => nameWords(n).every((w) => own.has(w))))) return null;
    return first.name;
  }

  /**
   * The one person who spoke in paragraph `p` before offset `upTo`, when everyone the paragraph names before it is
   * that person (by any form of the name) and it names them at least once, and the reading met no one else there:
   * the fullest name; else null. ('According to NAME, the talks showed that "..." had failed.' before a fresh
   * epithet's quote in the same paragraph.)
   */
  private onlySpeakerSoFar(p: number, upTo: number): string | null {
    const spoke = [...this.spokeIn].filter(([s, k]) => k === p && s.kind !== 'organisation');
    const only = spoke.length === 1 ? spoke[0]![0] : null;
    if (!only || only === AMBIGUOUS || only.kind !== 'person' || only.plural) return null;
    const own = new Set(only.names.map((n) => compactName(n)));
    const named = this.mentions.filter((m) => m.paragraph === p && m.at < upTo);
    if (named.length === 0 || named.some((m) => !own.has(m.compact))) return null;
    if (this.locals.some((l) => l !== only && l !== AMBIGUOUS && l.kind !== 'organisation' && this.paragraphOf.get(l) === p)) return null;
    return [...only.names].sort((a, b) => nameWords(b).length - nameWords(a).length)[0] ?? null;
  }

  /**
   * The one person paragraph `p` goes on with before offset `upTo`, naming no one in full there: opening on "he" or
   * "she" and a verb of saying, no one having spoken there yet, the one speaker of the paragraph before ('She said
   * her students had asked ....'); or opening on the bare surname of the one person of it, who alone spoke there so
   * far or no one did ('NAME2 was unpersuaded when the paper put it to him.'). Else null.
   */
  private goesOnSoFar(p: number, upTo: number): string | null {
    if (this.mentions.some((m) => m.paragraph === p && m.at < upTo)) return null;
    const spoke = [...this.spokeIn].filter(([s, k]) => k === p && s.kind !== 'organisation');
    if (spoke.length === 0) return this.pronounGoesOnFrom(p, upTo) ?? this.surnameOpensSoFar(p, upTo, null);
    return spoke.length === 1 && spoke[0]![0] !== AMBIGUOUS ? this.surnameOpensSoFar(p, upTo, spoke[0]![0]) : null;
  }

  /**
   * When paragraph `p`, before offset `upTo`, opens on the bare surname of one person named in full further up (the
   * only person the text has of that surname), then a verb, and holds no capitalised word after it that might bring
   * someone else in ('SURNAME was unpersuaded when the paper put it to him.'), the one who spoke there so far being
   * that person or no one, and no one else met there: the person's fullest name; else null.
   */
  private surnameOpensSoFar(p: number, upTo: number, spoke: LocalSpeaker | null): string | null {
    const before = (this.paragraphs[p - 1] ?? '').slice(0, upTo);
    const opening = /^([\p{Lu}][\p{Ll}'’-]+)\s+(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+\b/u.exec(before);
    if (!opening || /(?<!["“‘'])[\p{Lu}]/u.test(before.slice(opening[1]!.length))) return null;
    const word = nameWords(opening[1]!)[0] ?? '';
    const one = this.personByEnd.get(word);
    if (!one || one === AMBIGUOUS || one.kind !== 'person' || one.plural || (spoke && spoke !== one)) return null;
    // (The surname is that person's alone and ends a full name the text gave them.)
    const full = one.names.filter((n) => /\s/u.test(n) && nameWords(n).at(-1) === word);
    if (full.length === 0 || this.locals.some((l) => l !== one && l !== AMBIGUOUS && l.kind === 'person' && l.names.some((n) => nameWords(n).includes(word)))) return null;
    if (this.locals.some((l) => l !== one && l !== AMBIGUOUS && l.kind !== 'organisation' && this.paragraphOf.get(l) === p)) return null;
    return [...full].sort((a, b) => nameWords(b).length - nameWords(a).length)[0] ?? null;
  }

  /**
   * When paragraph `p`, before offset `upTo`, opens on "he" or "she" and a verb of saying, and holds no capitalised
   * word after that might bring someone else in ('She said her students had asked whether ...'): the one person who
   * alone spoke in the paragraph before, named in full, no other person named or met there or in `p`, when the text
   * tells that person's sex and it is the pronoun's; else null.
   */
  private pronounGoesOnFrom(p: number, upTo: number): string | null {
    const before = (this.paragraphs[p - 1] ?? '').slice(0, upTo);
    const opening = /^(He|She)\s+(?:said|says|told|tells|added|adds|recalled|recalls|explained|explains|noted|notes)\b/u.exec(before);
    // (Only the pronoun opening it is capitalised, or a word opening a quotation: no sentence of someone else.)
    if (!opening || /(?<!["“‘'])[\p{Lu}]/u.test(before.slice(1))) return null;
    const spoke = [...this.spokeIn].filter(([s, k]) => k === p - 1 && s.kind !== 'organisation');
    const only = spoke.length === 1 ? spoke[0]![0] : null;
    if (!only || only === AMBIGUOUS || only.kind !== 'person' || only.plural) return null;
    // (No other person named in the paragraph before, nor met there or in this one.)
    const own = new Set(only.names.map((n) => compactName(n)));
    if (this.mentions.some((m) => m.paragraph === p - 1 && !own.has(m.compact) && classifyProperName(m.name) === 'person')) return null;
    if (this.locals.some((l) => l !== only && l !== AMBIGUOUS && l.kind !== 'organisation' && [p - 1, p].includes(this.paragraphOf.get(l) ?? -1))) return null;
    if ((only.gender ?? listedGender(only.names)) !== (opening[1] === 'She' ? 'f' : 'm')) return null;
    return [...only.names].filter((n) => /\s/u.test(n)).sort((a, b) => nameWords(b).length - nameWords(a).length)[0] ?? null;
  }

  /**
   * The one person who spoke in paragraph `p`, and no one else there, when no other age was given them: the fullest
   * name. Either the paragraph names no one in full and that one alone spoke there ("..., Roe replied: "..."" after
   * Jane Roe was named further up), or it names no other person and the reading met no one else there ('... Vell
   * said he was sure ... "a harbour, not a fortress."', 'his wife, NAME, said .... "...," she said.'). Then a
   * paragraph opening on "the 61-year-old diplomat" (an age epithet, `age`) or on a fresh noun (`age` null) points
   * back to the speaker just heard, whether or not the paragraph ends on the name.
   */
  private onlySpeakerOf(p: number, age: number | null): string | null {
    const spoke = [...this.spokeIn].filter(([s, k]) => k === p && s.kind !== 'organisation');
    const only = spoke.length === 1 ? spoke[0]![0] : null;
    if (!only || only.kind !== 'person') return null;
    const own = new Set(only.names.map((n) => compactName(n)));
    const named = this.mentions.filter((m) => m.paragraph === p);
    // (Named by no one in full there, the one who spoke is known by the full name the text gave further up.)
    const unnamed = named.length === 0 && only.names.some((n) => /\s/u.test(n));
    if (!unnamed) {
      if (only === AMBIGUOUS || only.plural || this.paragraphOf.get(only) !== p) return null;
      if (this.locals.some((l) => l !== only && l !== AMBIGUOUS && l.kind !== 'organisation' && this.paragraphOf.get(l) === p)) return null;
      if (named.some((m) => !own.has(m.compact) && classifyProperName(m.name) === 'person')) return null;
    }
    const name = [...only.names].sort((a, b) => nameWords(b).length - nameWords(a).length)[0];
    if (!name) return null;
    // (An age epithet's person was given no other age; a fresh noun asks nothing of ages.)
    const elsewhere = age !== null && [...(this.ages ?? [])].some(([a, names]) => a !== age && names.some((n) => own.has(compactName(n))));
    return elsewhere ? null : name;
  }

  /**
   * The one person paragraph `p` names, when it names no one else and names them in its last sentence (and no
   * other age was given them); or null.
   */
  private lastSentenceOnlyNamed(p: number, age: number, keep: (m: NameMention) => boolean = () => true): string | null {
    const text = this.paragraphs[p - 1];
    const mentioned = this.mentions.filter((m) => m.paragraph === p && keep(m));
    if (text && mentioned.length === 0) return this.lastSentenceSurname(text, age);
    if (!text || new Set(mentioned.map((m) => m.compact)).size !== 1) return null;
    // (A stop inside a quotation ends no sentence of the narration: 'NAME replied: "It is checked. I know."' ends
    // on the sentence naming NAME.)
    const narration = text.trimEnd().replace(/["“][^"“”]*["”]?/gu, (q) => '_'.repeat(q.length));
    const last = Math.max(0, ...['. ', '! ', '? '].map((e) => { const k = narration.lastIndexOf(e); return k < 0 ? 0 : k + 2; }));
    const only = mentioned.at(-1)!;
    if (only.at < last) return null;
    const elsewhere = [...this.ages!].some(([a, names]) => a !== age && names.some((n) => compactName(n) === only.compact));
    return elsewhere ? null : only.name;
  }

  /**
   * '"...," the 26-year-old said.' opening a paragraph after one that is a single sentence opened by a known person's
   * bare surname as its subject ("Brill, a medical student in Vannhavn, added that ..."), naming no one else: that
   * person (whom no other age was given), the name in full. Else null.
   */
  private lastSentenceSurname(text: string, age: number): string | null {
    if (/[.!?]["”’]?\s+[\p{Lu}]/u.test(text.trim().replace(/[.!?]["”’]?$/u, ''))) return null;
    const m = /^\s*([\p{Lu}][\p{L}'’-]+)(?:,|\s+(?!(?:and|or|of)\b)[\p{Ll}])/u.exec(text);
    const s = m ? this.personByEnd.get(nameWords(m[1]!)[0] ?? '') : undefined;
    if (!s || s === AMBIGUOUS || s.kind !== 'person') return null;
    const own = new Set(s.names.flatMap((n) => nameWords(n)));
    for (const w of text.matchAll(/(?<![\p{L}'’-])[\p{Lu}][\p{L}'’-]+/gu)) if (!own.has(nameWords(w[0])[0] ?? '') && this.knowsName(w[0])) return null;
    const name = s.names.reduce((a, b) => (b.length > a.length ? b : a), '');
    const elsewhere = [...this.ages!].some(([a, names]) => a !== age && names.some((n) => s.names.some((x) => compactName(x) === compactName(n))));
    return elsewhere || !/\s/u.test(name) ? null : name;
  }

  /**
   * "Holm noted that .... '...,' the don added.": news writing calls a university teacher "the don" or "the
   * academic". The person the sentence before opens on as its subject (by a name or its surname; in the paragraph
   * before when the credit's sentence opens its own), whom the text gave a role of university learning
   * (professor, lecturer, researcher ...): of several the opening surname may mean, the one such. Else null.
   */
  private academicJustBefore(paragraph: number): LocalSpeaker | null {
    const here = this.read.textOf.get(this.read.sentence);
    const before = this.read.textOf.get(this.read.sentence - 1);
    if (!here || !before) return null;
    const sameParagraph = here.masked === before.masked;
    if (!sameParagraph && (here.masked.slice(0, here.from).trim() !== '' || this.read.paragraph !== paragraph)) return null;
    const prev = before.masked.slice(before.from, before.to);
    const m = /^\s*((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]+)(?:,|\s+(?!(?:and|or)\b)[\p{Ll}])/u.exec(prev);
    if (!m || NOT_A_SUBJECT.test(m[1]!.split(/\s+/u)[0]!)) return null;
    const last = nameWords(m[1]!).at(-1) ?? '';
    const bearers = this.locals.filter((s) => s.kind === 'person' && s.names.some((n) => nameWords(n).at(-1) === last));
    const learned = bearers.filter((s) => [...s.roles, ...s.mentionRoles, ...this.appositiveRoles(s, paragraph)].some((r) => ACADEMIC_ROLE.test(r)));
    if (learned.length !== 1) return null;
    // No one else the text knows named in that sentence, nor in the credit's before the quote's credit.
    const own = new Set(learned[0]!.names.flatMap((n) => nameWords(n)));
    for (const w of `${prev} ${here.masked.slice(here.from, here.to)}`.matchAll(/(?<![\p{L}'’-])[\p{Lu}][\p{L}'’-]+/gu)) if (!own.has(nameWords(w[0])[0] ?? '') && this.knowsName(w[0])) return null;
    return learned[0]!;
  }

  /**
   * '"...," the professor said.' after "Lena Brisk, a research fellow at the Orvin Institute, ...": writers call an
   * academic "the professor" (or "the researcher", "the scholar": `head`) loosely. Only the one person the
   * document gave a role of learning at all (a fellow, lecturer, researcher or scholar; not an analyst, economist
   * or other who may teach too), named or quoted in this paragraph or the one before, when the text wrote
   * "professor" (or "Prof"), or the head, of no one before. Else null: two learned people, or a professor spoken
   * of, leave the description to no one named.
   */
  private soleAcademic(head: string, paragraph: number): LocalSpeaker | null {
    const here = this.read.textOf.get(this.read.sentence);
    const before = [...this.paragraphs.slice(0, paragraph - 1), here ? here.masked.slice(0, here.from) : ''].join('\n');
    if (/\bprof(?:essor|essors|s?\.)?(?![\p{L}])/iu.test(before) || sharedRegExp(String.raw`\b${escapeRegExp(head)}s?\b`, 'iu').test(before)) return null;
    const learned = this.locals.filter((s) => s.kind === 'person' && !s.plural && [...s.roles, ...s.mentionRoles, ...this.appositiveRoles(s, paragraph)].some((r) => LEARNED_ROLE.test(learnedReading(r))));
    if (learned.length !== 1) return null;
    const one = learned[0]!;
    if (![...one.roles, ...one.mentionRoles, ...this.appositiveRoles(one, paragraph)].some((r) => ACADEMIC_ROLE.test(learnedReading(r)))) return null;
    // (Nor one the text described as learned without a name of theirs just before: "an economist at the bank said".)
    const words = one.names.flatMap((n) => nameWords(n));
    for (const m of learnedReading(before).matchAll(sharedRegExp(LEARNED_ROLE.source, 'giu'))) {
      const lead = before.slice(Math.max(0, m.index - 80), m.index).split(/[.!?]\s|\n/u).at(-1)!.toLowerCase();
      if (!words.some((w) => lead.includes(w))) return null;
    }
    const own = new Set(one.names.map(compactName));
    const lately = this.mentions.some((m) => own.has(m.compact) && m.paragraph >= paragraph - 1 && m.paragraph <= paragraph) || (this.spokeIn.get(one) ?? -9) >= paragraph - 1;
    return lately ? one : null;
  }

  /**
   * "the boy" after "His grandson, Artyom, 12, ...": the one child (an age under 18) the document gives an age,
   * named in this paragraph or the one before, when no other child it gives an age may be of that sex (a child
   * of untold sex counts as either; one of the other sex, by name or a word of kin, does not).
   */
  private resolveChild(parsed: Extract<ParsedSpeaker, { type: 'description' }>, paragraph: number): LocalSpeaker | null {
    const m = /^the\s+(boy|girl|teenager|teen)$/iu.exec(parsed.text.trim())
    if (!m) return null;
    // ("the teenager" tells no sex, only an age from 13 to 19.)
    const noun = m[1]!.toLowerCase();
    const want = noun === 'boy' ? 'm' : noun === 'girl' ? 'f' : null;
    this.ages ??= statedAges(this.paragraphs.join('\n'));
    const fits: string[] = [];
    for (const [age, names] of this.ages) {
      if (want ? age >= 18 : age < 13 || age > 19) continue;
      for (const name of names) {
        const kin = this.mentions.find((x) => x.compact === compactName(name) && x.kin)?.kin ?? nounBeforeSex(this.paragraphs, name);
        const sex = kin ?? genderOfName(name);
        if (want && sex && sex !== want) continue;
        fits.push(name);
      }
    }
    if (fits.length !== 1) return null;
    const name = fits[0]!;
    const named = sharedRegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}(?![\p{L}])`, 'u');
    // (A lone given name the reading has not met counts when the age set off after it is what names it: "Min-jun, 16,".)
    const agedHere = (k: number): boolean => sharedRegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)},\s+\d{1,2},`, 'u').test(this.paragraphs[k] ?? '');
    // (Paragraphs are counted from 1: the one before is `paragraphs[paragraph - 2]`.)
    if (!(this.knowsName(name) || [paragraph - 2, paragraph - 1].some(agedHere)) || ![paragraph - 2, paragraph - 1].some((k) => named.test(this.paragraphs[k] ?? ''))) return null;
    // No one else named there who may be that child: a person of that sex or of untold sex, of no adult's age.
    const adults = new Set([...this.ages].filter(([age]) => age >= 18).flatMap(([, names]) => names.map((n) => nameWords(n).at(-1))));
    const child = nameWords(name).at(-1);
    for (const x of this.mentions) {
      if (x.paragraph < paragraph - 1 || x.paragraph > paragraph) continue;
      const end = x.words[x.words.length - 1];
      if (end === child || adults.has(end) || nameWords(x.name).at(-1) === child || adults.has(nameWords(x.name).at(-1))) continue;
      if (classifyProperName(x.name) !== 'person') continue;
      const sex = x.kin ?? genderOfName(x.name);
      if (!want || !sex || sex === want) return null;
    }
    const found = this.resolvePerson(name, paragraph, null);
    if (want && found.gender && found.gender !== want) return null;
    this.lastPath = want ? 'description: the one child of that sex the text gives an age' : 'description: the one teenager the text gives an age';
    return found;
  }

  /**
   * "Kolesov shook his head. '...,' the old builder said.": an epithet of age or looks ("the old", "the veteran",
   * "the white-haired" and a noun of a person) right after a sentence of the same paragraph that opens with a
   * person's name, names no other person and has no one speak, is that person: a writer brings in someone new
   * with "a", not with "the old". Not when someone already described by that noun is at hand, when the quote's
   * own sentence names a person, or when the noun's sex is the other one.
   */
  private resolveEpithet(parsed: Extract<ParsedSpeaker, { type: 'description' }>): LocalSpeaker | null {
    const m = EPITHET_DESCRIPTION.exec(parsed.text.trim());
    if (!m) return null;
    const head = m[1]!.toLowerCase();
    if (!(PERSON_NOUNS.has(head) || isPersonNoun(head))) return null;
    const k = this.read.sentence - 1;
    const here = this.read.textOf.get(this.read.sentence);
    const before = this.read.textOf.get(k);
    if (!here || !before || here.masked !== before.masked || this.namesKnownPerson(this.read.sentence)) return null;
    const text = before.masked.slice(before.from, before.to);
    // (No quote or verb of speech in it: the thread runs from one doing something, not from one quoted.)
    if (/["“”_]/u.test(text) || /\b(?:said|says|told|asked|replied|added)\b/u.test(text)) return null;
    if (this.recent.some((s) => s.kind === 'unnamed' && s.heads.has(head))) return null;
    // The subject of that sentence: its name opens it, or the main clause after a fronted clause and its comma.
    const opensClause = (n: string): boolean => sharedRegExp(String.raw`(?:^\s*|,\s+)${escapeRegExp(n)}\s+[\p{Ll}]`, 'u').test(text);
    const subject = this.recent.filter((s) => s.kind === 'person' && s.names.some((n) => opensClause(n) || opensClause(n.split(/\s+/u).at(-1)!)));
    if (subject.length !== 1) return null;
    const s = subject[0]!;
    // No one else named in the paragraph up to the quote: every capitalised word the text knows as a name is the subject's.
    const own = new Set(s.names.flatMap((n) => [...nameWords(n), ...n.toLowerCase().split(/\s+/u)]));
    const upTo = here.masked.slice(0, here.to);
    for (const w of upTo.matchAll(/[\p{Lu}][\p{L}'’-]+/gu)) {
      if (own.has(w[0].toLowerCase()) || nameWords(w[0]).every((x) => own.has(x))) continue;
      if (this.knowsName(w[0])) return null;
    }
    const sex = headSex(head);
    if (sex && s.gender && s.gender !== sex) return null;
    this.lastPath = 'description: an epithet for the one the sentence before opened with';
    return s;
  }

  /**
   * "the younger Gorbunov" after "Nikolai Gorbunov, 61" and "his son Artyom Gorbunov": the one of the two people
   * of that surname the text makes younger (or older); nobody when the text does not settle it.
   */
  /**
   * The full name ("Ryan Roe") of the one relation of the generation `older` tells (a parent, or a child) that
   * the text brought in by a first name alone after a possessive ("His son, Ryan,") in the paragraphs up to this
   * one, after the one bearer `named` of the family name was named; null when none or several.
   */
  private kinOfGenerationByFirstName(named: string, older: boolean, paragraph: number): string | null {
    const family = named.split(/\s+/u).at(-1)!;
    const relations = older ? /^(?:father|mother|grandfather|grandmother|uncle|aunt)$/u : /^(?:son|daughter|grandson|granddaughter|nephew|niece)$/u;
    const found = new Set<string>();
    let seenNamed = false;
    for (let j = 0; j < Math.min(paragraph, this.paragraphs.length); j++) {
      const text = this.paragraphs[j]!;
      const at = text.indexOf(named);
      for (const m of kinAppositivesIn(text)) {
        // (The possessive is the bearer's only when the family name was written just before it, with no other
        // name of two capitalised words between: "Councillor Piers Wragg disagreed. His son, Owen, ..." is his.)
        const prev = j > 0 ? this.paragraphs[j - 1]! : '';
        const here = text.slice(0, m.at).lastIndexOf(family);
        const between = here >= 0 ? text.slice(here + family.length, m.at) : prev.includes(family) ? prev.slice(prev.lastIndexOf(family) + family.length) + '\n' + text.slice(0, m.at) : null;
        const near = between !== null && !/[\p{Lu}][\p{Ll}]+\s+[\p{Lu}][\p{Ll}]+/u.test(between);
        if ((seenNamed || (at >= 0 && at < m.at)) && near && relations.test(m.kin) && !/\s/u.test(m.name)) found.add(m.name);
      }
      if (at >= 0) seenNamed = true;
    }
    return found.size === 1 ? `${[...found][0]!} ${family}` : null;
  }

  private resolveByGeneration(epithet: GenerationEpithet, paragraph: number): LocalSpeaker | null {
    // (Folded as a mention's words are, accents off: "the younger Muñoz" is of the "Muñoz" named, kept as "munoz".)
    const surname = nameWords(epithet.surname)[0] ?? epithet.surname.toLowerCase();
    const names: string[] = [];
    // "Pruitt Sr." after "Dale Pruitt Sr." and "Dale Pruitt Jr.": the one full name the text gives with that
    // generation's suffix is the one meant, whoever else bears the surname.
    const suffixed = new Set<string>();
    for (const m of this.mentions) {
      // (A name written family name first, "Kim Yo Jong", holds its surname first; its given names tell it apart.)
      const family = familyNameFirst(m.name);
      if (m.words.length < 2 || (family ? m.words[0] : surnameOf(m.words)) !== surname) continue;
      const generation = m.words.length >= 3 ? m.words[m.words.length - 1] : undefined;
      // (Spelled out too, "Junior", "Senior", and the Portuguese "Filho", the son of one name.)
      if (generation !== undefined && (epithet.older ? /^(?:sr|senior)$/u : /^(?:jr|junior|filho)$/u).test(generation)) suffixed.add(m.compact);
      if (suffixed.has(m.compact) && !names.includes(m.name)) names.unshift(m.name);
      else if (!names.some((n) => (family ? compactName(n) === m.compact : nameWords(n)[0] === m.words[0]))) names.push(m.name);
    }
    // "The elder Mrs. Kim" in a text naming more than two Kims: those named before it, of the title's sex.
    if (names.length > 2 && suffixed.size !== 1) {
      const here = this.read.textOf.get(this.read.sentence);
      // "The pilot's father, Ivo Marsh, 70, ... ¶ "...," the elder Marsh said.": the bearer named last, in this
      // paragraph or the one before, brought in by a word of kin of the epithet's generation, is the one it means,
      // however many others of the family spoke before.
      const bearers = this.mentions.filter((m) => m.words.length >= 2 && (familyNameFirst(m.name) ? m.words[0] : surnameOf(m.words)) === surname && (m.paragraph < paragraph || (m.paragraph === paragraph && here !== undefined && m.at < here.from)));
      const latest = bearers.sort((x, y) => x.paragraph - y.paragraph || x.at - y.at).at(-1);
      if (latest && latest.paragraph >= paragraph - 1 && kinOfGenerationBefore(this.paragraphs[latest.paragraph - 1]?.slice(0, latest.at) ?? '', epithet.older)) {
        this.lastPath = 'description: the younger or elder of one surname, the relation of that generation named last';
        return this.resolvePerson(latest.name, paragraph, null);
      }
      const sex = titleGender(epithet.title ?? null);
      const before = new Set(this.mentions.filter((m) => m.paragraph < paragraph || (m.paragraph === paragraph && here !== undefined && m.at < here.from)).map((m) => m.name));
      // (The sex the text told of each, or its first name tells: a kin word, a pronoun read, the name lists.)
      const sexOf = (n: string): 'm' | 'f' | null => this.mentions.find((m) => m.name === n)?.kin ?? this.personByCompact.get(compactName(n))?.gender ?? genderOfName(n) ?? listedGender([n]);
      names.splice(0, names.length, ...names.filter((n) => before.has(n) && !(sex && sexOf(n) === (sex === 'm' ? 'f' : 'm'))));
      // (Still more than two, one of them only named in passing, "leader Kim Jong Un stepping off his train": of
      // the bearers the text had speak, two, the epithet tells which.)
      const spoke = names.filter((n) => {
        const s = this.personByCompact.get(compactName(n));
        return s !== undefined && this.spokeIn.has(s);
      });
      if (names.length > 2 && spoke.length === 2) names.splice(0, names.length, ...spoke);
    }
    // "Mr Derek Roe ... His son, Ryan, ... said the younger Mr Roe": the one bearer named in full and the one
    // relation of the other generation the text brought in by a first name alone, who bears the family name.
    if (names.length === 1 && suffixed.size === 0) {
      const kin = this.kinOfGenerationByFirstName(names[0]!, epithet.older, paragraph);
      if (kin) {
        this.lastPath = 'description: the younger or elder of one surname, a relation named by first name';
        return this.resolvePerson(kin, paragraph, null);
      }
    }
    const name = suffixed.size === 1 ? names[0]! : personOfGeneration(this.paragraphs.join('\n'), names, epithet.older);
    if (!name) return null;
    this.lastPath = 'description: the younger or elder of one surname';
    return this.resolvePerson(name, paragraph, null);
  }

  /**
   * "Mr. de Blasio", "De Blasio said" after "Bill de Blasio": a particle and one word are a surname, the one word
   * its key, when the particle is written in lowercase or the text gives a full name ending in both words ("De"
   * opening a sentence may be a given name: "Van Jones", "Al Gore").
   */
  private particleSurname(name: string): string[] | null {
    const raw = name.split(/\s+/u);
    // ("van der Brink", "de la Cruz": two lowercase particles before the surname.)
    if (raw.length === 3 && /^[\p{Ll}]/u.test(raw[0]!) && PARTICLE.test(raw[0]!) && PARTICLE.test(raw[1]!)) {
      const surname = nameWords(name).at(-1);
      return surname ? [surname] : null;
    }
    if (raw.length !== 2 || !PARTICLE.test(raw[0]!.toLowerCase())) return null;
    const [particle, surname] = nameWords(name);
    if (!particle || !surname) return null;
    const lower = /^[\p{Ll}]/u.test(raw[0]!);
    if (!lower && !this.mentions.some((m) => m.words.length >= 3 && m.words[m.words.length - 2] === particle && m.words[m.words.length - 1] === surname)) return null;
    return [surname];
  }

  /**
   * "St. Clair said" after "Ada St. Clair", "Fernández de la Vega said" after "María Fernández de la Vega", "Van der
   * Berg said" after "Jan van der Berg": a surname of several words that holds a particle or a saint's "St." is the
   * last full name mentioned so far that ends in it.
   */
  private particleFullName(name: string, paragraph: number): string | typeof TWO_HOLDERS | null {
    const raw = name.split(/\s+/u);
    // (So does an Arabic family name opening with its article or a word of descent, "Al Nuaimi", "Bin Zayed",
    // after "Yusuf Rashid Al Nuaimi": the given names before it are one or several.)
    if (raw.length < 2 || raw.length > 4 || !raw.some((w) => PARTICLE.test(w.toLowerCase()) || /^(?:St\.?|Saint)$/u.test(w) || ARABIC_PARTICLE.test(w))) return null;
    const nw = nameWords(name);
    if (nw.length !== raw.length) return null;
    const ends = this.mentions.filter((m) => m.paragraph <= paragraph && m.words.length > nw.length && nw.every((w, i) => m.words[m.words.length - nw.length + i] === w));
    // (Two people of that surname, "Lotte van der Molen and her cousin Joost van der Molen": neither is guessed.)
    if (new Set(ends.map((m) => m.words[0])).size > 1) return TWO_HOLDERS;
    return ends.at(-1)?.name ?? null;
  }

  /**
   * "Democrats", "Demonstrators", "Republicans" (capitalised at a sentence's head): one plural word that names a
   * kind of person, and no one's name in this document, is a group described, not a person called so. ("Woods"
   * or "Masters" after "Tiger Woods", "Blake Masters" stays the person.)
   */
  private groupNotName(parsed: ParsedSpeaker): ParsedSpeaker {
    if (parsed.type !== 'name' || parsed.kind !== 'person' || parsed.role) return parsed;
    const word = parsed.name;
    const title = this.titleAlone(word);
    if (title) return title;
    if (!/^[\p{Lu}][\p{Ll}]+s$/u.test(word) || /(?:ss|us)$/u.test(word)) return parsed;
    if (lexTags(word).some((t) => PERSON_TAGS.test(t))) return parsed;
    const lower = word.toLowerCase();
    if (!isKindOf(singular(lower), 'person', 3)) return parsed;
    this.mentionEnds ??= mentionEnds(this.mentions);
    if (this.mentionEnds.has(lower) || this.personByEnd.has(lower)) return parsed;
    return { type: 'description', text: word, head: singular(lower), definite: false, plural: true, kind: 'unnamed' };
  }

  /**
   * "Speaker", "State", "Pope" alone (a title capitalised, the rest of its phrase cut off): the holder described,
   * not a person of that name, unless the document names someone with the word ("John Major", "Ed Chair").
   */
  private titleAlone(word: string): ParsedSpeaker | null {
    const lower = word.toLowerCase();
    if (!/^[\p{Lu}][\p{Ll}]+$/u.test(word) || lexTags(word).some((t) => PERSON_TAGS.test(t))) return null;
    // ("Coach", "Treasurer": a noun only of a person's office or work, which no name list knows, is as much a title
    // alone as "Speaker" is.)
    // (Unless the text writes it capitalised inside a sentence, not before a name, as a name is: "goes by the call
    // sign Shaman", "Shaman, 41,".)
    // (Nor a word WordNet has only as a famous person's name, no common noun: "Lind", "Marx" are surnames.)
    const title = TITLES.has(lower);
    if (!title && !(singular(lower) === lower && wordNetPerson(lower) && commonNoun(lower) && !isKnownFirstName(word) && !this.writtenAsName(word))) return null;
    this.mentionEnds ??= mentionEnds(this.mentions);
    // (Such a noun before a given name and a surname, "Coach Ivo Berg", is that one's title, no name's first word.)
    const named = title ? this.mentionEnds.has(lower) : this.mentions.some((m) => m.words.at(-1) === lower || (m.words[0] === lower && !(m.words.length >= 3 && isKnownFirstName(m.words[1]!))));
    if (named || this.personByEnd.has(lower)) return null;
    const head = singular(lower);
    return { type: 'description', text: `the ${word}`, head, definite: true, plural: false, kind: PERSON_NOUNS.has(head) || isPersonNoun(head) || isKindOf(head, 'person', 3) ? 'unnamed' : 'organisation' };
  }

  /** Whether the text writes `word` capitalised inside a sentence, with no capitalised word after it (a name's use, not a title's). */
  private writtenAsName(word: string): boolean {
    const inside = new RegExp(String.raw`[\p{Ll}\d,;:]\s+${escapeRegExp(word)}(?![\p{L}'’-])(?!\s+[\p{Lu}])`, 'u');
    return this.paragraphs.some((p) => p.includes(word) && inside.test(p));
  }

  /** The paragraph `s` last spoke in, if any. */
  spokeInParagraph(s: LocalSpeaker): number | undefined {
    return this.spokeIn.get(s);
  }

  /** Whether a bare name is the surname (or lone name) of someone the text has named as a person so far. */
  private personNamed(name: string): boolean {
    return [...new Set(this.personByCompact.values())].some((s) => s.kind === 'person' && !s.plural && s.names.some((n) => n === name || n.split(/\s+/u).at(-1) === name));
  }

  /** Whether the document names someone with this word as first or last name, or has them as a speaker. */
  /** The words of the full names the document mentions (its scan's), for telling bare surnames apart across documents. */
  mentionedNameWords(): (readonly string[])[] {
    return this.mentions.map((m) => m.words);
  }

  /**
   * The person the text gave `owner` as kin of, seen from the other side, for a later "her mother" or "his
   * son" of `owner` (`kin-description.ts`): the introduction "Her daughter Ilse" before `paragraph` names the
   * owner by a first name; the possessive there is the one person of its gender named just before it, in its
   * paragraph or the one before. Null when the text gave no such relation or leaves its owner open.
   */
  kinOf(owner: LocalSpeaker, relation: string, gender: 'm' | 'f', paragraph: number): string | null {
    if (owner.kind !== 'person' || owner.names.length === 0) return null;
    // (Paragraphs are counted from 1: the text of paragraph j is `this.paragraphs[j - 1]`.)
    for (let j = paragraph - 1; j >= 1; j--) {
      // 'She came with her younger brother, Ari Voss.' then 'Her brother, ..., watched. "...," he said.': the
      // relation named from the owner's own side, when the owner is the one person of the possessive's gender
      // named before it there.
      // (Not where the one so named is the owner himself, in full or by his given name: "His brother Tomas Vell" of
      // Tomas is Tomas brought in as another's brother, a relation read from the other side below, by `inverseIntroduction`.)
      const direct = directIntroduction(this.paragraphs[j - 1]!, relation);
      if (direct && !owner.names.some((n) => compactName(n) === compactName(direct.name) || (!/\s/u.test(direct.name) && n.split(/\s+/u)[0] === direct.name))) {
        const window = (j > 1 ? this.paragraphs[j - 2]! + '\n' : '') + this.paragraphs[j - 1]!.slice(0, direct.at);
        if ((owner.gender ?? listedGender(owner.names)) !== direct.owner || !owner.names.some((n) => window.includes(n))) return null;
        // (Of a full name, not yet known as anyone else's, nor told of the other gender.)
        if (!/\s/u.test(direct.name)) return null;
        for (const s of new Set(this.personByCompact.values())) {
          if (s === owner || s.plural || s.kind !== 'person') continue;
          const told = s.gender ?? listedGender(s.names);
          if (s.names.includes(direct.name)) {
            if (told && told !== gender) return null;
          } else if (told === direct.owner && s.names.some((n) => /\s/u.test(n) && window.includes(n))) return null;
        }
        return direct.name;
      }
      // '"...," said Bettina Quill, Ronan's sister.' then 'Her brother ...': the one person of the relation's
      // gender the text names so (by that first name or in full), not yet told of the other gender.
      const named = possessiveIntroduction(this.paragraphs[j - 1]!, relation, owner.names);
      if (named) {
        const fits = [...new Set(this.personByCompact.values())].filter((s) => s !== owner && !s.plural && s.kind === 'person' && s.names.some((n) => n === named.name || (/\s/u.test(n) && !/\s/u.test(named.name) && n.split(/\s+/u)[0] === named.name)));
        const told = fits.length === 1 ? (fits[0]!.gender ?? listedGender(fits[0]!.names)) : null;
        return fits.length === 1 && told === gender ? fits[0]!.names[0]! : null;
      }
      // "Arik Roth's daughter, Tamar Roth, ..." then 'Her father nodded. "...," he said.': the one whose possessive
      // brought `owner` in as the relation seen from the other side, when those words name one person, of the
      // relation's gender (an opening word or a rank before the name, "Then Roth's", no part of it).
      const by = ownerIntroduction(this.paragraphs[j - 1]!, relation, owner.names);
      if (by) {
        const people = [...new Set(this.personByCompact.values())].filter((s) => s !== owner && !s.plural && s.kind === 'person');
        const words = by.owner.split(/\s+/u);
        for (let k = 0; k < words.length; k++) {
          const tail = words.slice(k).join(' ');
          const fits = people.filter((s) => s.names.some((n) => n === tail || n.split(/\s+/u).at(-1) === tail));
          if (fits.length === 0) continue;
          const told = fits.length === 1 ? (fits[0]!.gender ?? listedGender(fits[0]!.names) ?? by.ownerSex ?? null) : null;
          return told === gender ? fits[0]!.names[0]! : null;
        }
        return null;
      }
      const intro = inverseIntroduction(this.paragraphs[j - 1]!, relation, owner.names);
      if (!intro) continue;
      if (intro.gender !== gender) return null;
      // "Roe grew up in Kure, where her father, Ivo Roe, ...": the family name alone as the subject of the
      // introducing sentence is whose kin the possessive makes him, whoever else the paragraph before named: the
      // one person of the relation's gender and that family.
      const surname = owner.names.find((n) => /\s/u.test(n))?.split(/\s+/u).at(-1);
      const sentenceStart = Math.max(0, ...['. ', '! ', '? '].map((e) => { const k = this.paragraphs[j - 1]!.lastIndexOf(e, intro.at); return k < 0 ? 0 : k + 2; }));
      if (surname && sharedRegExp(String.raw`^\s*${escapeRegExp(surname)}\s+[\p{Ll}]`, 'u').test(this.paragraphs[j - 1]!.slice(sentenceStart, intro.at))) {
        const kin = [...new Set(this.personByCompact.values())].filter((s) => s !== owner && !s.plural && s.kind === 'person' && (s.gender ?? listedGender(s.names)) === gender && s.names.some((n) => /\s/u.test(n) && n.split(/\s+/u).at(-1) === surname));
        const holders = new Set(this.mentions.filter((m) => m.paragraph <= j && m.words.length >= 2 && m.words.at(-1) === surname.toLowerCase() && !owner.names.some((n) => compactName(n) === m.compact)).map((m) => m.compact));
        if (kin.length === 1 && holders.size <= 1) return kin[0]!.names[0]!;
      }
      // (Read in the text itself: a name credited after a quote, "said Ana Roe", counts as named there.)
      const window = (j > 1 ? this.paragraphs[j - 2]! + '\n' : '') + this.paragraphs[j - 1]!.slice(0, intro.at);
      const found = new Set<LocalSpeaker>();
      for (const s of new Set(this.personByCompact.values())) {
        if (s === owner || s.plural || s.kind !== 'person') continue;
        // (Of the possessive's gender, or of none the text or the name tells: the possessive tells it.)
        const told = s.gender ?? listedGender(s.names);
        if (told && told !== gender) continue;
        if (s.names.some((n) => /\s/u.test(n) && window.includes(n))) found.add(s);
      }
      // No one of that gender named in full just before: 'Her daughter, Ilse Berg, ...' of the one woman the text
      // named Berg before (the profile's subject, carried by "she" since), when no one else of that gender it
      // named appears in those paragraphs by any part of the name.
      if (found.size === 0) {
        const family = owner.names.find((n) => /\s/u.test(n))?.split(/\s+/u).at(-1);
        // 'Her brother Roman, who ...' of a man the text names by that given name alone: no family to go by, so
        // the possessive is the one person the text has named in full so far who may be of its gender (none
        // told of the other gender left open), when there is just one.
        if (!family) {
          const sofar = this.paragraphs.slice(0, j - 1).join('\n') + '\n' + this.paragraphs[j - 1]!.slice(0, intro.at);
          const may = [...new Set(this.personByCompact.values())].filter((s) => s !== owner && !s.plural && s.kind === 'person' && (s.gender ?? listedGender(s.names)) !== (gender === 'm' ? 'f' : 'm') && s.names.some((n) => /\s/u.test(n) && sofar.includes(n)));
          return may.length === 1 && (may[0]!.gender ?? listedGender(may[0]!.names)) === gender ? may[0]!.names[0]! : null;
        }
        const people = [...new Set(this.personByCompact.values())].filter((s) => s !== owner && !s.plural && s.kind === 'person');
        const kin = people.filter((s) => (s.gender ?? listedGender(s.names)) === gender && s.names.some((n) => /\s/u.test(n) && n.split(/\s+/u).at(-1) === family));
        const others = people.filter((s) => !kin.includes(s) && (s.gender ?? listedGender(s.names)) !== (gender === 'm' ? 'f' : 'm') && s.names.some((n) => n.split(/\s+/u).some((w) => w.length > 1 && sharedRegExp(String.raw`\b${escapeRegExp(w)}\b`, 'u').test(window))));
        // (Nor when the text names two others of that family, "Mara Lind and her sister Karin Lind".)
        const holders = new Set(this.mentions.filter((m) => m.paragraph <= j && m.words.length >= 2 && m.words.at(-1) === family?.toLowerCase() && !owner.names.some((n) => compactName(n) === m.compact)).map((m) => m.compact));
        return family && kin.length === 1 && others.length === 0 && holders.size <= 1 ? kin[0]!.names[0]! : null;
      }
      // One named just before, but of another family, while one of the kin's own family and that gender was named
      // earlier: the text leaves open whose kin this is.
      const one = found.size === 1 ? [...found][0]! : null;
      const family = owner.names.find((n) => /\s/u.test(n))?.split(/\s+/u).at(-1);
      if (one && family && !one.names.some((n) => n.split(/\s+/u).at(-1) === family) && [...new Set(this.personByCompact.values())].some((s) => s !== owner && s.kind === 'person' && (s.gender ?? listedGender(s.names)) === gender && s.names.some((n) => /\s/u.test(n) && n.split(/\s+/u).at(-1) === family))) return null;
      return one ? one.names[0]! : null;
    }
    return null;
  }

  /**
   * An exchange, '"...," she said.' after one person spoke and one of the other sex answered in the paragraph
   * right after: a pronoun the answer's speaker cannot take goes back to the one answered (`last` spoke in
   * the paragraph before `paragraph`, the one before `last` in the paragraph before that, of the pronoun's
   * gender), when no one else of that gender is named since. Null otherwise.
   */
  answeredBefore(last: LocalSpeaker, want: 'm' | 'f', paragraph: number): LocalSpeaker | null {
    const lastIn = this.spokeIn.get(last);
    const lastGender = last.gender ?? listedGender(last.names);
    if (last.kind !== 'person' || last.plural || !lastGender || lastGender === want || lastIn !== paragraph - 1) return null;
    let before: LocalSpeaker | null = null;
    let at = -1;
    for (const [s, n] of this.spokeAt) {
      if (s !== last && n > at) {
        at = n;
        before = s;
      }
    }
    if (!before || before.kind !== 'person' || before.plural || this.spokeIn.get(before) !== lastIn - 1) return null;
    // (Of the pronoun's gender, or of none told: the answerer's told gender rules them out alone.)
    const beforeGender = before.gender ?? listedGender(before.names);
    if (beforeGender && beforeGender !== want) return null;
    // Nor when a person brought in by a description opens a sentence since the answer ("In the bar, a guide who
    // ... watched. Asked, she said only: '...'"): the pronoun may be theirs.
    if (describedBetween(this.known, last, want, personNoun, newPersonNoun, (this.spokeAt.get(last) ?? this.read.sentence) + 1)) return null;
    // No one else of the pronoun's gender (or of none told) named since the one answered spoke.
    const own = new Set([...before.names, ...last.names].map((n) => compactName(n)));
    if (this.mentions.some((m) => m.paragraph >= lastIn && m.paragraph <= paragraph && !own.has(m.compact) && genderOfName(m.name) !== lastGender)) return null;
    const since = this.paragraphs.slice(lastIn - 1, paragraph).join('\n');
    for (const s of new Set(this.personByCompact.values())) {
      if (s === before || s === last || s.kind !== 'person') continue;
      const g = s.gender ?? listedGender(s.names);
      if (g && g !== want) continue;
        if (s.names.some((n) => sharedRegExp(`(?<![\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, 'u').test(since))) return null;
    }
    return before;
  }

  /** The sex the document has told of the person a name's first word ends a name of (null when none is known or told). */
  knownGender(name: string): 'm' | 'f' | null {
    const w = nameWords(name)[0];
    const s = w ? this.personByEnd.get(w) : undefined;
    return s?.gender ?? (s ? s.names.map((n) => genderOfName(n)).find((g) => g) ?? null : null);
  }

  /**
   * The sex of whoever the document names with the last word of `name`, as `knownGender` tells or, failing it, as
   * every full name so mentioned agrees on ("Vail" after "Greta Vail"); null when not told or not agreed.
   */
  mentionedGender(name: string): 'm' | 'f' | null {
    return this.knownGender(name) ?? this.fullNamesGender(name);
  }

  /**
   * The sex every full name the document mentions ending in the last word of `name` tells by its given name or a
   * word of kin before it, whatever the reading has told of the person since; null when not told or not agreed.
   */
  fullNamesGender(name: string): 'm' | 'f' | null {
    const words = nameWords(name);
    const end = words[words.length - 1];
    const told = new Set(this.mentions.filter((m) => m.words.length >= 2 && m.words[m.words.length - 1] === end).map((m) => m.kin ?? genderOfName(m.name)));
    return told.size === 1 ? ([...told][0] ?? null) : null;
  }

  /** Notes that `s`, only described, is the subject of the sentence being read (see `LocalSpeaker.subjectAt`). */
  noteSubject(s: LocalSpeaker): void {
    s.subjectAt = this.read.sentence;
  }

  /**
   * The one named person the document gave a role ending in the words of a definite description that no
   * lexicon reads as a person ("the chair" after "Jane Roe, the department chair,"), as a name; null when
   * none or several hold it.
   */
  roleHolder(phrase: string): ParsedSpeaker | null {
    // (A body's "its" stands as "the" does: "Its chair said" after "the council's chair, Jane Roe".)
    const m = /^\s*(?:the|[Ii]ts)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*$/u.exec(phrase);
    if (!m) return null;
    // (A role ending in those words, as the whole role or after a space: `/(?:^|\s)WORDS$/u`, read without an
    // expression built per call.)
    const words = m[1]!;
    const tail = (r: string): boolean => {
      const t = r.trim();
      // (Not the object of a preposition ending the role: "one of the authors of that report" holds no role "the
      // report", nor "chair of the council" the role "the council".)
      return t.endsWith(words) && (t.length === words.length || (SPACE.test(t.charAt(t.length - words.length - 1)) && !OBJECT_OF_ROLE.test(t.slice(0, t.length - words.length))));
    };
    // (Not one who holds the office only as a past one, when the phrase says nothing of the past: "the coach" is no
    // "former coach, NAME", whose side has another coach now, as in the reading of descriptions, `onlyFormer`.)
    const head = singular(words.split(/\s+/u).at(-1)!);
    const formerOnly = (s: LocalSpeaker): boolean => !PAST_ROLE.test(words) && onlyFormer(s, head);
    const holders = this.locals.filter((s) => s.kind === 'person' && s.names.length > 0 && (s.roles.some(tail) || s.mentionRoles.some(tail)) && !formerOnly(s));
    // (Nor when the text names in full, with that role, someone not yet read as anyone: "Ivo Sand, the goalkeeping
    // coach," is a second coach beside the one read, though no sentence made him a speaker or a subject.)
    const holderEnds = new Set(holders.flatMap((h) => h.names.map((n) => nameWords(n).at(-1))));
    if (this.mentions.some((m) => m.role && m.words.length >= 2 && tail(m.role) && !holderEnds.has(m.words.at(-1)))) return null;
    return holders.length === 1 ? { type: 'name', name: holders[0]!.names[0]!, role: null, kind: 'person' } : null;
  }

  /** How many different full names the document gives that bear the bare surname `name` (last word, or first of a name written family name first). */
  /**
   * The one full name bearing surname `name` that the text, before this sentence, gave with a work of `year`
   * (`cited-author.ts` authorOfYear), or null.
   */
  authorCitedOfYear(name: string, year: string): string | null {
    const w = nameWords(name).at(-1);
    const here = this.read.textOf.get(this.read.sentence);
    const before = w ? this.surnames.bearing(w).filter((m) => m.paragraph < this.read.paragraph || (m.paragraph === this.read.paragraph && here !== undefined && m.at < here.from)) : [];
    return before.length ? authorOfYear(this.paragraphs, before, year) : null;
  }

  surnameHolderCount(name: string): number {
    const w = nameWords(name).at(-1);
    return w ? new Set(this.surnames.bearing(w).map((m) => m.compact)).size : 0;
  }

  /**
   * The person already read under this very name (its compact form), if any, looked up with no side effect: neither
   * touched nor marked as speaking, for a reader that only weighs whether that person could be meant.
   */
  personUnderName(name: string): LocalSpeaker | undefined {
    return this.personByCompact.get(compactName(name));
  }

  /**
   * Whether the bare surname `name` reporting in the sentence before this one (in `paragraph`) is one news style
   * keeps for the person named first while their relative, of the pronoun's sex or of none told, was the subject of
   * the sentence before that (`surname-holders.ts` kinAtHandBeforeReporter): whom it means is not told.
   */
  kinAtHandBeforeReporter(name: string, pronoun: 'he' | 'she', paragraph: number): boolean {
    const words = nameWords(name);
    return words.length === 1 && this.surnames.kinAtHandBeforeReporter(words[0]!, pronoun === 'he' ? 'm' : 'f', paragraph, this.surnameContext);
  }

  /** How many different full names (two words or more) the document's mentions end on `word` with. */
  fullNamesEndingIn(word: string): number {
    return new Set(this.mentions.filter((m) => m.words.length >= 2 && m.words.at(-1) === word).map((m) => m.compact)).size;
  }

  knowsName(name: string): boolean {
    const w = nameWords(name)[0];
    if (!w) return false;
    this.mentionEnds ??= mentionEnds(this.mentions);
    return this.mentionEnds.has(w) || this.personByEnd.has(w);
  }

  /**
   * "... was joined by his sister Mara Roe, 35, who .... '...,' she was heard telling one.": the one person the sentence
   * just before, in the same paragraph, names in full with a word of kin of the pronoun's gender, when no other
   * person it names may be of that gender (a name of untold gender may), no one the reading has at hand is of that
   * gender, and the pronoun's own sentence names no one. Null otherwise.
   */
  private kinOfGenderBefore(want: 'm' | 'f'): NameMention | null {
    const before = this.read.namedIn.get(this.read.sentence - 1);
    const here = this.read.textOf.get(this.read.sentence);
    if (!before || !here || before.masked !== here.masked || this.read.namedIn.has(this.read.sentence)) return null;
    const kin = before.named.filter((m) => m.kin === want && m.words.length >= 2);
    if (kin.length === 0 || kin.some((m) => m.compact !== kin[0]!.compact)) return null;
    // (A body's name is no one the pronoun may mean: "filmed by Russian TV".)
    if (before.named.some((m) => m.compact !== kin[0]!.compact && (() => { const x = parseSpeakerPhrase(m.name); return !!x && 'kind' in x && x.kind === 'person'; })() && (m.kin ?? genderOfName(m.name)) !== (want === 'm' ? 'f' : 'm'))) return null;
    if (this.recent.some((s) => s !== AMBIGUOUS && s.kind !== 'organisation' && !s.plural && (s.gender ?? listedGender(s.names)) === want)) return null;
    // Nor another of that gender the sentence brings on unnamed ("joined by his sister NAME and his mother"): the
    // kin's own word is the one such word the sentence may hold.
    const said = this.read.textOf.get(this.read.sentence - 1);
    const words = said ? said.masked.slice(said.from, said.to).match(want === 'f' ? SHE_WORDS : HE_WORDS) ?? [] : [];
    if (words.length > 1) return null;
    // Nor when that sentence names someone of that sex by a lone given name ("My friend Karl and his father, Otto Lamm,
    // met us. '...,' he said."): either may be meant. (Any capitalised word but the sentence's first, outside the full
    // names it holds, that the name lists give the pronoun's sex.)
    if (said && this.loneGivenNameOfSex(said, before.named, want)) return null;
    return kin[0]!;
  }

  /**
   * Whether every name of `s` is one word, a given name the name lists give the sex other than `want`, that no
   * one else in the text bears as the last word of a longer name (a bare "Kim" or "Lee" may be a surname).
   */
  private loneGivenNameOfOtherSex(s: LocalSpeaker, want: 'm' | 'f'): boolean {
    if (s.names.length === 0 || s.names.some((n) => /\s/u.test(n.trim()))) return false;
    const surnames = new Set(this.mentions.filter((m) => m.words.length >= 2).map((m) => m.words.at(-1)!));
    return s.names.every((n) => {
      const w = n.trim().replace(/['’]s?$/u, '');
      return !surnames.has(nameWords(w)[0] ?? '') && firstNameGender(w) === (want === 'm' ? 'f' : 'm');
    });
  }

  /** Whether the sentence where `s` was last seen opens on one of their names as the subject of "died" ("Greta died in 2011."). */
  private reportedDeadWhereLastSeen(s: LocalSpeaker): boolean {
    const t = this.read.textOf.get(this.sentenceOf.get(s) ?? -1);
    if (!t) return false;
    const text = t.masked.slice(t.from, t.to);
    return s.names.some((n) => sharedRegExp(String.raw`^[\s"“'‘(]*${escapeRegExp(n.trim())}\s+(?:(?:had|has)\s+)?(?:died|passed\s+away)\b`, 'u').test(text));
  }

  /** Whether the sentence `said` holds, past its first word and outside the full names `named`, a capitalised word the name lists give the sex `want`. */
  private loneGivenNameOfSex(said: { masked: string; from: number; to: number }, named: readonly NameMention[], want: 'm' | 'f'): boolean {
    const text = said.masked.slice(said.from, said.to);
    const opening = /^[\s"“'‘(]*/u.exec(text)![0].length;
    for (const w of text.matchAll(/(?<![\p{L}'’.-])[\p{Lu}][\p{Ll}]+(?![\p{L}'’-])/gu)) {
      if (w.index === opening) continue;
      const at = said.from + w.index;
      if (named.some((m) => at >= m.at && at < m.at + m.name.length)) continue;
      if (firstNameGender(w[0]) === want) return true;
    }
    return false;
  }

  /**
   * "Harbourmaster Mary Roe met the ferry captain, John Vik, on Monday. ¶ '...,' he said.": the sentence just
   * before (in this paragraph, or closing the one before when the pronoun's sentence opens its own), with the
   * sentences of its paragraph before it, names people
   * in full, each of a sex their first name tells, exactly one of the pronoun's, none only talked about (after
   * "of", "about", "with" ...); the pronoun's sentence names no one, those sentences bring on no one else by a
   * word of the pronoun's sex, and no one else of that sex or of none told was read in this paragraph or the one
   * before. That one is meant, though only the subject was noted; null otherwise.
   */
  /**
   * Whether a person the text gives the wanted sex is among the recent ones named (last noted, or by the last word
   * of a name, as an object: "When Vell accused Roe of ..., she said") in `s`'s sentence or after it.
   */
  private ofGenderAsNear(s: LocalSpeaker, want: 'm' | 'f'): boolean {
    const at = this.sentenceOf.get(s) ?? -1;
    const texts: string[] = [];
    for (let j = Math.max(at, 0); j <= this.read.sentence; j++) {
      const t = this.read.textOf.get(j);
      if (t) texts.push(t.masked.slice(t.from, t.to));
    }
    return this.recent.some((o) => {
      if (o === s || o === AMBIGUOUS || o.kind !== 'person' || o.plural || (o.gender ?? listedGender(o.names)) !== want) return false;
      if ((this.sentenceOf.get(o) ?? -1) >= at) return true;
      // Its last word must be no word of `s`'s own names (namesakes of two sexes stay unsure).
      const own = new Set(s.names.flatMap((n) => nameWords(n)));
      return o.names.some((n) => {
        const last = n.trim().split(/\s+/u).at(-1);
        return !!last && !own.has(nameWords(last)[0] ?? '') && /^[\p{Lu}][\p{Ll}]/u.test(last) && texts.some((t) => sharedRegExp(String.raw`(?<![\p{L}'’-])${escapeRegExp(last)}(?![\p{L}'’-])`, 'u').test(t));
      });
    });
  }

  private onlyOneOfGenderBefore(want: 'm' | 'f', paragraph: number): NameMention | null {
    const k = this.read.sentence - 1;
    const before = this.read.textOf.get(k);
    const here = this.read.textOf.get(this.read.sentence);
    if (!before || !here || this.read.namedIn.has(this.read.sentence)) return null;
    if (before.masked !== here.masked && here.masked.slice(0, here.from).trim() !== '') return null;
    // "Mara Kellow, Tobin Straade and Ilse Varga met on Tuesday. The talks ran late. '...,' he said.": the
    // sentences of that paragraph before it are read as one, all the people they name counted: three people,
    // one man among them, are as sure as a woman and a man in the sentence just before. (The paragraph's
    // sentences share its masked text.)
    const sentences: number[] = [];
    for (let j = k; this.read.textOf.get(j)?.masked === before.masked; j--) sentences.push(j);
    if (!sentences.some((j) => this.read.namedIn.has(j))) return null;
    const people = new Map<string, NameMention>();
    const topical = new Set<string>();
    for (const j of sentences) {
      for (const m of this.read.namedIn.get(j)?.named ?? []) {
        const x = parseSpeakerPhrase(m.name);
        if (!x || !('kind' in x) || x.kind === 'organisation') continue;
        if (x.kind !== 'person' || m.words.length < 2) return null;
        people.set(m.compact, m);
      }
      for (const m of this.read.topicalIn(j)) topical.add(m.compact);
    }
    const sexes = [...people.values()].map((m) => m.kin ?? genderOfName(m.name) ?? listedGender([m.name]));
    // ("Tomas Brandt owns the dock. Sasha Orlov runs the ferry. '...,' he said.": one whose sex only a first name both
    // sexes bear guessed, and no word of kin told, may be the one meant as well; no answer rather than a guess.)
    if ([...people.values()].some((m, i) => !m.kin && sexes[i] !== want && givenNameOfBothSexes(m.name))) return null;
    const fits = [...people.values()].filter((_, i) => sexes[i] === want);
    if (fits.length !== 1 || !topical.has(fits[0]!.compact) || sexes.some((g) => !g) || !sexes.some((g) => g !== want)) return null;
    const counted = [...people.values()].map((m) => m.name);
    for (const j of sentences) {
      const at = this.read.textOf.get(j)!;
      const text = at.masked.slice(at.from, at.to);
      if ((text.match(want === 'f' ? SHE_WORDS : HE_WORDS) ?? []).length) return null;
      // "Back to Professor Dahl, who ...": someone called by a surname alone, named in full before, may be meant.
      // ("One delegate, chairwoman Ilse Roe, pledged her vote to Vell so that Vell could ...": the one of the pronoun's
      // sex named in full as the subject of the sentence's verb is who it is about; a surname alone after her, in
      // what she does, is no rival.)
      const fitAt = text.indexOf(fits[0]!.name);
      const rivalText = fitAt >= 0 && /^\s*,?\s*[\p{Ll}]{3,}(?:ed|s)\b/u.test(text.slice(fitAt + fits[0]!.name.length)) ? text.slice(0, fitAt) : text;
      if (surnameOnlyRival(rivalText, counted, want, (w) => this.fullNamesEndingIn(w), (w) => this.mentions.filter((m) => m.words.length >= 2 && m.words.at(-1) === w && isKnownFirstName(m.words[0]!)).map((m) => m.kin ?? genderOfName(m.name) ?? listedGender([m.name]) ?? null))) return null;
      // "Anna Holt was abroad. Her lawyer called Piotr Nowak on Friday. '...,' he said.": a sentence whose subject
      // is a person only described, of no sex the noun tells against the pronoun, brings on someone it may mean.
      // (Not one who asks: the one asked answers, "The judge asked the landlord, NAME, ...".)
      const described = DESCRIBED_PERSON_SUBJECT.exec(text);
      const head = described?.[1]!.split(/\s+/u).find((w) => PERSON_NOUNS.has(w) || isPersonNoun(w));
      if (head && headSex(head) !== (want === 'm' ? 'f' : 'm') && !ASKING_WORD.test(text)) return null;
    }
    const chosen = nameWords(fits[0]!.name);
    const other = this.recent.some((s) => s !== AMBIGUOUS && s.kind !== 'organisation' && !s.plural && (s.gender ?? listedGender(s.names)) !== (want === 'm' ? 'f' : 'm') && (this.paragraphOf.get(s) ?? -9) >= paragraph - 1 && !s.names.some((n) => sameFullName(nameWords(n), chosen)));
    return other ? null : fits[0]!;
  }

  /**
   * `"...," he said of Vell.`: the one the words are said of is not the one saying them (that would be "of
   * himself"). Whether the pronoun's sentence says its words of a name `found` bears.
   */
  private saidOfFound(found: LocalSpeaker): boolean {
    const at = this.read.textOf.get(this.read.sentence);
    if (!at) return false;
    const m = SAID_OF.exec(at.masked.slice(at.from, at.to));
    if (!m) return false;
    const last = nameWords(m[1]!).at(-1)!;
    return found.names.some((n) => nameWords(n).includes(last));
  }

  /**
   * The one person this sentence names as a subject before its quote, of the pronoun's gender as their first
   * name or title tells it ("Anne Dale, a nurse in Leeds, spoke first: '...,' she said"), when the pronoun found
   * no one before: a speaker of the sentence the quote stands in. Null when there are none or several.
   */
  private leadSubject(p: 'he' | 'she' | 'it' | 'they', paragraph: number): LocalSpeaker | null {
    if (p !== 'he' && p !== 'she') return null;
    const want = p === 'he' ? 'm' : 'f';
    const lead = this.read.leadIn();
    const subjects = lead.names.filter((m) => m.words.length >= 2 && lead.subjectLike(m));
    if (subjects.length === 0) return this.writerClauseObject(p, paragraph);
    if (subjects.length !== 1) return null;
    const m = subjects[0]!;
    const at = this.read.namedIn.get(this.read.sentence)!;
    // Others named may be the first clause's objects when the pronoun opens a clause joined to it by "and":
    // "Jane Roe hosted John Doe ..., and when asked ..., he replied" is Roe's, the first clause's subject.
    if (new Set(lead.names.map((n) => n.compact)).size !== 1 && !this.coordinatedSubject(m, lead.names, at.masked, at.from)) return null;
    if ((genderOfName(m.name) ?? titleGender(m.role)) !== want) return null;
    // "... he claimed that only men such as Otto Fenwick wanted 'free ports'": a name after the pronoun is not it.
    if (/\b(?:he|she)\b/iu.test(at.masked.slice(at.from, m.at))) return null;
    return this.resolvePerson(m.name, paragraph, m.role);
  }

  /**
   * "I do not often agree with NAME, but she was right when she told ...": the one person, of the pronoun's sex by
   * name, that the writer's opening clause names, when the clause after it opens on the pronoun (`writer-clause-object.ts`).
   * Null when the clause names anyone else, or only by a surname, or the sex does not fit.
   */
  private writerClauseObject(p: 'he' | 'she', paragraph: number): LocalSpeaker | null {
    const at = this.read.namedIn.get(this.read.sentence);
    if (!at) return null;
    const end = writerClauseEnd(at.masked.slice(at.from, at.to), p);
    if (end < 0) return null;
    // (Every name the clause holds, the preposition's object too: "agree with NAME".)
    const inClause = this.mentions.filter((m) => m.paragraph === paragraph && m.at >= at.from && m.at < at.from + end);
    if (inClause.length === 0 || new Set(inClause.map((m) => m.compact)).size !== 1) return null;
    const m = inClause[0]!;
    // (Not an owner: "I agree with NAME's husband, but she ..." names someone else the pronoun is not.)
    if (m.words.length < 2 || /^['’]s?\b/u.test(at.masked.slice(m.at + m.name.length, m.at + m.name.length + 2))) return null;
    if (genderOfName(m.name) !== (p === 'he' ? 'm' : 'f')) return null;
    return this.resolvePerson(m.name, paragraph, m.role);
  }

  /**
   * Whether `m`, the subject opening the sentence (from `from` in `masked`), is the subject a "he" or "she"
   * repeats in a clause joined to the first by ", and": every other name comes after it, before the "and", none of
   * them a subject, and no other clause ("who", "which", "but") stands between.
   */
  private coordinatedSubject(m: NameMention, names: readonly NameMention[], masked: string, from: number): boolean {
    if (!/^\s*(?:[\p{Lu}]{2,}:\s*)?$/u.test(masked.slice(from, m.at))) return false;
    const pronoun = /,\s+and\s+(?:[^,.;]{0,140},\s+)?(?:he|she)\b/u.exec(masked.slice(m.at));
    if (!pronoun) return false;
    const join = m.at + pronoun.index;
    if (/\b(?:who|which|whom|but|while)\b|[;:]/u.test(masked.slice(m.at, join))) return false;
    return names.every((n) => n.compact === m.compact || (n.at > m.at && n.at < join));
  }

  /**
   * Whether someone else named near `s` may be the one a pronoun of gender `want` means, though the text read
   * `s` as the subject: in the sentence where `s` was last seen (not as its speaker), a name followed by its
   * verb, or any name when the sentence opens with a subordinate clause ("While Obama had ..., which concerns
   * Henry Crespo, president of ..." leaves "he said" after it open); in the pronoun's own sentence, where `s`
   * was not read, a subject named before the quote ("C. Boyden Gray, who served ..., ticked through the code:
   * '...,' he said"). The parts of speech are read here, for the few sentences a pronoun points back to.
   */
  private rivalled(s: LocalSpeaker, want: 'm' | 'f', asker: ReadonlySet<string> | null = null): boolean {
    const seen = this.sentenceOf.get(s) ?? -1;
    if (seen !== this.read.sentence) {
      const lead = this.read.leadIn();
      // ("Asked by the member for Vale, Jo Roe, whether ..., he said": the asker the sentence opens on is no rival.)
      const names = asker ? lead.names.filter((m) => !m.words.some((w) => asker.has(w))) : lead.names;
      if (rivalIn(this.known, names, s, want, lead.subjectLike)) return true;
      if (surnameBeforePronoun(this.known, s, want, asker)) return true;
    }
    // In the pronoun's own sentence the names come after it ("He warns that Donald Trump would ...").
    if (seen === this.read.sentence) return false;
    // "Dunne said that Kearney had called it "...". '...,' he added.": `s` spoke there only inside the clause
    // another person, the sentence's subject, reported; that subject may as well be meant.
    if (this.spokeAt.get(s) === seen) return this.reportedBySubject(seen, s, want);
    const free = this.read.freeIn(seen);
    return rivalIn(this.known, free.names, s, want, free.subjectLike);
  }

  /**
   * Whether sentence `k` opens with the name of someone other than `s`, of gender `want` or none known, and names
   * `s` only after a "that" following it: `s` is the one reported there, the opening name the one reporting.
   */
  private reportedBySubject(k: number, s: LocalSpeaker, want: 'm' | 'f'): boolean {
    const at = this.read.textOf.get(k);
    if (!at) return false;
    const m = REPORTED_BY_SUBJECT.exec(at.masked.slice(at.from, at.to));
    if (!m) return false;
    const own = new Set(s.names.flatMap((n) => nameWords(n)));
    const subject = nameWords(m[1]!);
    if (subject.some((w) => own.has(w)) || !nameWords(m[2]!).some((w) => own.has(w))) return false;
    const other = this.personByEnd.get(subject.at(-1)!);
    if (!other || other === s || other.kind !== 'person') return false;
    return !other.gender || other.gender === want;
  }

  /**
   * Whether someone read lately, in this paragraph or the one before, may be a "he" (`want` "m") or "she": a
   * person or one described, of that sex or of none told (a group or a body is not).
   */
  mayBeNear(want: 'm' | 'f', paragraph: number): boolean {
    return this.recent.some((s) => s !== AMBIGUOUS && !s.plural && s.kind !== 'organisation' && (s.gender === want || (!s.gender && s.kind === 'person')) && (this.paragraphOf.get(s) ?? -9) >= paragraph - 1);
  }

  /**
   * The narration (quotes masked) of the last sentence of the paragraph before, when the sentence being read opens
   * its own paragraph: `"...," one of them said.` opening a paragraph looks there for the group. Else ''.
   */
  lastSentenceOfParagraphBefore(): string {
    const here = this.read.textOf.get(this.read.sentence);
    const before = this.read.textOf.get(this.read.sentence - 1);
    if (!here || !before || here.masked === before.masked || here.masked.slice(0, here.from).trim() !== '') return '';
    return before.masked.slice(before.from, before.to);
  }

  /** The last person the text named or credited (a group of several stands as a marker no speaker is), or null. */
  latest(): LocalSpeaker | null {
    return this.recent[this.recent.length - 1] ?? null;
  }

  /** One described and quoted, and the person the text later said that description was (`nameDescribedLater`). */
  readonly namedLater = new Map<LocalSpeaker, LocalSpeaker>();

  /**
   * "The man in the orange jacket turned out to be NAME": the one speaker, unnamed and quoted earlier, whom the
   * text called by those very words (a definite description of more than a noun) is the person named. Two so
   * called, or none who spoke, leave it be.
   */
  nameDescribedLater(description: string, named: LocalSpeaker): void {
    const words = normaliseName(description);
    if (named.kind !== 'person' || words.split(/\s+/u).length < 3) return;
    const fits = this.locals.filter((l) => l.kind === 'unnamed' && !l.plural && this.spokeIn.has(l) && l.names.some((n) => normaliseName(n) === words));
    if (fits.length === 1) this.namedLater.set(fits[0]!, named);
  }

  /** Notes that a sentence mentions several people at once: a pronoun right after it is ambiguous. */
  ambiguous(): void {
    this.recent.push(AMBIGUOUS);
  }

  /** How many times a speaker was touched (named, described or credited) so far: a sentence that noted no one leaves it. */
  touches = 0;

  private touch(s: LocalSpeaker): void {
    this.touches++;
    // A speaker stands in the list once at most (AMBIGUOUS, which may repeat, is never touched).
    const at = this.recent.indexOf(s);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.push(s);
    if (s.kind === 'person') {
      for (const n of s.names) {
        const filed = surnameFiling(n);
        if (!filed) continue;
        const { surname, given } = filed;
        let list = this.bySurname.get(surname);
        if (!list) this.bySurname.set(surname, (list = []));
        const at = list.findIndex((e) => e.s === s && e.first === given);
        if (at >= 0) list.splice(at, 1);
        list.push({ s, first: given });
      }
    }
  }

  private create(kind: SpeakerKind, name: string, mentionOnly: boolean): LocalSpeaker {
    const s: LocalSpeaker = { key: this.nextKey(), doc: this.doc, kind, names: [], roles: [], mentionRoles: [], heads: new Set(), words: new Set(), gender: null, plural: false, mentionOnly };
    this.locals.push(s);
    this.addName(s, name);
    return s;
  }

  /** Adds a name to a local speaker, and to the indexes of names. */
  private addName(s: LocalSpeaker, name: string): void {
    s.names.push(name);
    if (s.kind === 'person') {
      s.gender ??= genderOfName(name);
      earliest(this.personByCompact, compactName(name), s);
      const nw = nameWords(name);
      if (nw.length === 0) return;
      latest(this.personByEnd, nw[0]!, s);
      latest(this.personByEnd, nw[nw.length - 1]!, s);
      // "Anne Dorling" after "Lady Anne Dorling", "Reginald" after "Sir Reginald Fotheringay": a peer's or a
      // knight's title before a full name is left out as well.
      if (nw.length >= 3 && PEERAGE_TITLE.test(name.split(/\s+/u)[0]!)) {
        earliest(this.personByCompact, compactName(name.replace(/^\S+\s+/u, '')), s);
        latest(this.personByEnd, nw[1]!, s);
      }
      // "Mr. Biden" after "Joseph R. Biden Jr.": the surname before a generation is an end too.
      if (surnameOf(nw) !== nw[nw.length - 1]) latest(this.personByEnd, surnameOf(nw)!, s);
      // "Shammari" after "Abdulrahman al-Shammari": an Arabic surname is also written without its article.
      const article = /^[ae]l-(.{2,})$/u.exec(nw[nw.length - 1]!);
      if (article && nw.length >= 2) latest(this.personByEnd, article[1]!, s);
      if (nw.length >= 2) {
        const key = `${nw[0]!}|${nw[nw.length - 1]!}`;
        const list = this.personsByEnds.get(key);
        if (!list) this.personsByEnds.set(key, [s]);
        else if (!list.includes(s)) list.push(s);
      }
    } else if (s.kind === 'organisation') {
      earliest(this.orgByCompact, compactName(name), s);
      earliest(this.orgByAcronym, acronymOf(name), s);
    }
  }

  /**
   * "Frank Roe, 61, runs the press. His daughter Gina, 33, inspects the shells.": a sentence opening on "his" or
   * "her" and a word of kin or company before a name tells the gender of the one person the sentence before
   * named, when the text had told none (a first name both sexes bear).
   */
  private ownerToldByPossessive(role: string | null, named: LocalSpeaker): void {
    const owner = role ? possessiveOwnerOfRelation(role) : null;
    if (!owner) return;
    const here = this.read.textOf.get(this.read.sentence);
    if (!here || !/^\s*(?:His|Her)\s/u.test(here.masked.slice(here.from, here.to))) return;
    const before = [...this.sentenceOf].filter(([x, k]) => k === this.read.sentence - 1 && x !== named && x.kind === 'person' && !x.plural).map(([x]) => x);
    if (before.length !== 1 || before[0]!.gender) return;
    toldGender(before[0]!, owner);
  }

  /** The person a clause of time asked ("when the minister was asked ..."), when the pronoun's gender fits; null otherwise. */
  private askedInClauseSpeaker(phrase: string, pronoun: 'he' | 'she', paragraph: number, at: number): LocalSpeaker | null {
    const parsed = parseSpeakerPhrase(phrase);
    let one: LocalSpeaker | null = null;
    if (parsed?.type === 'name' && parsed.kind === 'person' && (/\s/u.test(parsed.name) || this.knowsName(parsed.name))) one = this.resolvePerson(parsed.name, paragraph, parsed.role);
    else if (parsed?.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural) {
      // (A person the sentence names before the clause is named before the description: "Ruys walked with
      // Francois Mitterrand, and when the French president was asked ...".)
      this.namedUpTo = at;
      try {
        one = this.resolveDescription(parsed, paragraph, true);
      } finally {
        this.namedUpTo = null;
      }
    }
    if (!one || one.kind === 'organisation' || one.plural || (one.gender && one.gender !== (pronoun === 'he' ? 'm' : 'f'))) return null;
    this.lastPath = `pronoun: the one a clause of its sentence asked | ${this.lastPath}`;
    return one;
  }

  /**
   * "Roe is not convinced. Asked what she would do, she laughed." where the text named a sister and a brother
   * Roe: a bare surname opening this sentence or one of the two before it in the paragraph, as its subject, is
   * the one bearer of that name of the pronoun's gender, when the text gave it to people of both genders and no
   * one else of that gender is named between. Else null (the pronoun is read the ordinary way).
   *
   * Why two readers of a surname shared by a man and a woman, this one and reportedPronounGender: they answer
   * opposite questions, at different moments, from different records, and one reader would change answers.
   * - This one resolves a pronoun that speaks ("she laughed"), the surname being context: it looks back up to two
   *   sentences for a bare surname opening the sentence as subject of any verb ("Roe is not convinced."), and
   *   chooses among the people already credited or resolved (this.locals), sexed by their own gender or their
   *   listed names; it needs exactly one bearer of the pronoun's gender and one shown to be of the other, and no
   *   one else of that gender named in the sentences since.
   * - reportedPronounGender resolves a bare surname that speaks ("Lim said she had stopped ..."), the pronoun being
   *   the hint: the pronoun must open the clause the surname reports in this sentence (or the one before when it
   *   credits a quote here), and the bearers are every mention of the surname so far (this.mentions, people named
   *   but perhaps never yet credited), sexed by kin nouns or first names; it needs two bearers of whom one may be
   *   of that gender, and rules out anyone else of that gender the pronoun could be anywhere so far, or described
   *   nearby.
   * Their populations differ (a mention not yet a speaker is no local; a local may have no mention left of its
   * gender), so do their sources of sex and their tests of a rival; merged, each would take the other's answers.
   */
  /**
   * `A reporter asked Kesk whether the port would reopen. "...," he replied.`: a quote opening its sentence whose
   * credit is a pronoun that replies, right after a sentence in the same paragraph where someone asks a named
   * person something, is that person's answer (the asker does not reply to himself). The name must be of one
   * person the text knows, whose gender is the pronoun's (one of unknown gender may not be the one who replies).
   */
  private askedJustBefore(want: 'm' | 'f', paragraph: number): LocalSpeaker | null {
    const cur = this.read.sentence;
    const here = this.read.textOf.get(cur);
    const before = this.read.textOf.get(cur - 1);
    if (!here || !before) return null;
    // (The question may close the paragraph before, when the reply opens its own: "... asked Tor Lien whether ....
    // ¶ After a long pause, '...,' he replied.")
    const openerAfterCloser = here.masked.slice(0, here.from).trim() === '' && before.masked.slice(before.to).trim() === '';
    if (before.masked !== here.masked && !openerAfterCloser) return null;
    if (!REPLY_CREDIT.test(here.masked.slice(here.from, here.to))) return null;
    // (Or the writer, as "I", putting something to a named person: `NARRATOR_ADDRESSED`.)
    const m = ASKED_NAMED.exec(before.masked.slice(before.from, before.to)) ?? NARRATOR_ADDRESSED.exec(before.masked.slice(before.from, before.to));
    if (!m) return null;
    const last = nameWords(m[1]!).at(-1);
    const bearers = this.locals.filter((l) => l.kind === 'person' && l.names.some((n) => nameWords(n).at(-1) === last));
    // ("Mr. Holm asked the minister, Tor Lien, whether ...": one named only as the one asked, whom the reading has
    // not met as anyone yet, is the one full name of that surname the text has named so far.)
    if (bearers.length === 0) {
      const named = this.mentions.filter((x) => x.paragraph <= paragraph && x.words.length >= 2 && nameWords(x.name).at(-1) === last);
      if (named.length === 0 || new Set(named.map((x) => x.compact)).size !== 1) return null;
      const sex = listedGender([named[0]!.name]) ?? firstNameGender(named[0]!.name.split(/\s+/u)[0]!) ?? honorificSex(m[1]!.split(/\s+/u)[0]!);
      return sex === want ? this.resolvePerson(named[0]!.name, paragraph, named[0]!.role) : null;
    }
    if (bearers.length !== 1) return null;
    // (The honorific the question gives the one asked, "asked Mr. Kesk", tells the sex no first name told.)
    const sex = bearers[0]!.gender ?? listedGender(bearers[0]!.names) ?? honorificSex(m[1]!.split(/\s+/u)[0]!);
    return sex === want ? bearers[0]! : null;
  }

  private namesakeOfGender(want: 'm' | 'f', paragraph: number): LocalSpeaker | 'none' | null {
    const cur = this.read.sentence;
    const here = this.read.textOf.get(cur);
    if (!here) return null;
    // ("Asked whether ..., Roe paused. ¶ '...,' he said.": the sentence that closes the paragraph before, when the
    // pronoun's paragraph opens with the quote, is as near as one before it in the paragraph.)
    const opensWithQuote = here.masked.slice(0, here.from).trim() === '' && /^\s*["“]/u.test(here.masked.slice(here.from));
    for (let i = cur; i >= cur - 2; i--) {
      const t = this.read.textOf.get(i);
      if (!t) return null;
      if (t.masked !== here.masked && !(i === cur - 1 && opensWithQuote && t.masked.slice(t.to).trim() === '')) return null;
      const m = BARE_SURNAME_SUBJECT.exec(t.masked.slice(t.from, t.to));
      if (!m) continue;
      const w = m[1]!.toLowerCase();
      // "Roe would go further. He wants ...": a pronoun subject between takes up the surname before it.
      if (w === 'he' || w === 'she') continue;
      // ("Understated Roe raises ..." in a headline: an epithet in -ed or -ly that no name list knows before the
      // surname is no first name, nor its reading a namesake of the one the text names in full.)
      const epithet = (n: string): boolean => {
        const first = n.trim().split(/\s+/u);
        return first.length === 2 && /^[\p{Lu}][\p{Ll}]{3,}(?:ed|ly)$/u.test(first[0]!) && !isKnownFirstName(first[0]!) && inWordNet(first[0]!);
      };
      const bearers = this.locals.filter((l) => l.kind === 'person' && l.names.some((n) => {
        const nw = nameWords(n);
        return nw.length >= 2 && (nw[0] === w || nw[nw.length - 1] === w) && !epithet(n);
      }));
      const sex = (l: LocalSpeaker): 'm' | 'f' | null => l.gender ?? listedGender(l.names);
      // Someone else of the pronoun's gender named in the sentences since may be the one it means.
      const since = (s: LocalSpeaker): boolean => {
        for (let k = i + 1; k <= cur; k++) if (namesSomeoneElse(this.known, k, s, want, true)) return true;
        return false;
      };
      // "Roe, the senator, would go further": the role set off tells the namesakes apart.
      const role = m[2] ? new Set(normaliseName(m[2]).split(/\s+/u).map(singular)) : null;
      let holders = role ? bearers.filter((l) => [...l.heads].some((h) => role.has(h))) : [];
      // ("Roe, the widow, said ...": the one the text brought in as "his widow, NAME" (`kin-apposed-surname.ts`).)
      const kinned = role && holders.length === 0 ? this.personByApposedKin(m[1]!, w, paragraph, i) : null;
      if (kinned) holders = bearers.filter((l) => l.names.includes(kinned));
      if (holders.length === 1) {
        const one = holders[0]!;
        if (sex(one) && sex(one) !== want) return since(one) ? null : 'none';
        return since(one) ? null : one;
      }
      const fits = bearers.filter((l) => sex(l) === want);
      if (fits.length === 1 && bearers.some((l) => sex(l) !== null && sex(l) !== want)) return since(fits[0]!) ? null : fits[0]!;
      // A surname of several people the pronoun does not tell apart (two who may be of its gender, or none): it
      // is not one named before the sentence that the surname displaced as its subject. (With one who may be,
      // of a sex not known, the ordinary reading stands.)
      const may = bearers.filter((l) => sex(l) === null || sex(l) === want);
      // ("In 2008, Roe said ... . '...,' he wrote.", a father and son both Roe: read past a fronted phrase of place or
      // time, the surname decides only between namesakes not all told of the pronoun's sex; otherwise the
      // ordinary reading stands, which follows the one who spoke, as it did before that phrase was read.)
      if (FRONTED_PLACE_OR_TIME.test(t.masked.slice(t.from, t.to)) && bearers.every((l) => sex(l) === want)) return null;
      if (bearers.length >= 2 && may.length !== 1 && !since(bearers[0]!)) return 'none';
      return null;
    }
    return null;
  }

  /**
   * A transcript turn in `paragraph` whose speaker quotes another person inside it: the turn's speaker talks of
   * himself as "I", so a "he" or "she" in the unlabelled paragraph right after the turn ("He went further. '...,'
   * he said.") is the one he quoted, not he; the reading passes over him there.
   */
  noteTurnQuoting(speaker: LocalSpeaker, paragraph: number): void {
    this.turnQuotingIn.set(speaker, paragraph);
  }

  /** Whether the current sentence opens with `name` and a colon, as a transcript's label ("Thomas: '...'"). */
  private opensAsLabel(name: string): boolean {
    const here = this.read.textOf.get(this.read.sentence);
    return here !== undefined && here.masked.slice(here.from, here.to).trimStart().startsWith(`${name}:`);
  }

  /**
   * Whether sentence `k` names, beside `s`, a person whose given name the lists tell to be of gender `want`, set off
   * after a noun of their part in what it tells ("and his tenant, Amy Vell", "to a developer, Ian Lind"), not talked
   * about in a clause reported ("said his mother ... since the summit between Kim Jong Un and ...").
   */
  private otherOfGenderNamedAt(k: number, s: LocalSpeaker, want: 'm' | 'f'): boolean {
    const at = this.read.textOf.get(k);
    if (!at) return false;
    const own = new Set(s.names.flatMap((n) => nameWords(n)));
    return (this.read.namedIn.get(k)?.named ?? []).some((m) => {
      if (m.words.some((w) => own.has(w)) || listedGender([m.name]) !== want) return false;
      const pre = at.masked.slice(at.from, m.at);
      return /[\p{Ll}],\s*$/u.test(pre) && !/\b(?:said|says|say|told|tells|argued|added|insisted|claimed|believes|believed|thinks|thought|wrote|writes)\b/u.test(pre);
    });
  }

  /**
   * The sentence of the last one credited before the current sentence, when that one is a body (an organisation, not
   * a person of it), credited in this paragraph in the sentence just before, which holds a quotation, and neither that
   * sentence nor the current one names a person; else -1.
   */
  private bodySpokeJustBefore(paragraph: number): number {
    let last: LocalSpeaker | null = null;
    let at = -1;
    for (const [s, n] of this.spokeAt) {
      if (n <= this.read.sentence && n > at) {
        at = n;
        last = s;
      }
    }
    if (last === null || last.kind !== 'organisation' || at !== this.read.sentence - 1 || this.spokeIn.get(last) !== paragraph) return -1;
    // (Credited with words quoted in that sentence, not only with a report: "The agency said it could not rule that
    // out, '...,' he added." has a person relay the body's report.)
    const before = this.read.textOf.get(at);
    const here = this.read.textOf.get(this.read.sentence);
    if (!before || !here || !/["“”]/u.test((this.paragraphs[paragraph - 1] ?? '').slice(before.from, before.to))) return -1;
    // (Nor when either sentence names a person, whom the pronoun may mean: "According to Jo Roe, the agency said
    // ... '...'. ... he added."; "... When I put this to my MP, Ana Roe, she wrote back: ...".)
    return this.mentions.some((m) => m.paragraph === paragraph && m.at >= before.from && m.at < here.to) ? -1 : at;
  }

  private resolvePronoun(p: 'he' | 'she' | 'it' | 'they', paragraph: number): LocalSpeaker | null {
    const want = p === 'he' ? 'm' : 'f';
    const listeners = this.read.listenersHere();
    const here = this.read.textOf.get(this.read.sentence);
    const split = here && (p === 'he' || p === 'she') ? splitClauseSubject(here.masked.slice(here.from, here.to), p) : null;
    // (Or, for a pronoun of the sentence before this one, the name its clause opens with: the reading gives no one
    // when no one else fits, as the one reporting stands two sentences back.)
    const splitEnd = split ? nameWords(split).at(-1) : this.passOver ? nameWords(this.passOver).at(-1) : undefined;
    this.passOver = undefined;
    const reporter = here && (p === 'he' || p === 'she') ? reporterAroundAside(here.masked.slice(here.from, here.to), p) : null;
    const reporterEnd = reporter ? nameWords(reporter).at(-1) : undefined;
    const askerText = here && (p === 'he' || p === 'she') ? frontedAskerWords(here.masked.slice(here.from, here.to), p) : null;
    const asker = askerText ? new Set(askerText.split(/[^\p{L}'’-]+/u).filter((w) => /^[\p{Lu}]/u.test(w)).flatMap((w) => nameWords(w))) : null;
    // "Lind thought of his old teacher. He used to say, ...": the habit recalled is the one brought in by the
    // possessive, whom the reading has no name for (`recalled-habit.ts`).
    if ((p === 'he' || p === 'she') && here && habitOfPronoun(here.masked.slice(here.from, here.to), p)) {
      const before = this.read.textOf.get(this.read.sentence - 1);
      if (before && possessedPersonIn(before.masked.slice(before.from, before.to), want)) {
        this.lastPath = 'pronoun: none, a habit recalled after a person brought in by a possessive';
        return null;
      }
    }
    const bodyAt = p === 'he' || p === 'she' ? this.bodySpokeJustBefore(paragraph) : -1;
    if (p === 'he' || p === 'she') {
      const namesake = this.namesakeOfGender(want, paragraph);
      if (namesake === 'none') {
        this.lastPath = 'pronoun: a bare surname of several people opened the sentence, none of them told by the pronoun';
        return null;
      }
      if (namesake) {
        this.lastPath = 'pronoun: the bearer of that gender of the bare surname the sentence opened with';
        return namesake;
      }
    }
    if (p === 'he' || p === 'she') {
      const answerer = this.askedJustBefore(want, paragraph);
      if (answerer) {
        this.lastPath = 'pronoun: the one the sentence before has asked, who replies';
        return answerer;
      }
    }
    if (p === 'he' || p === 'she') {
      const reporter = this.selfReporterBefore(p, paragraph);
      if (reporter) {
        this.lastPath = 'pronoun: the subject of the sentence before, who reported it of themself';
        return reporter;
      }
    }
    if (p === 'he' || p === 'she') {
      const helper = this.possessedGestureBefore(want, paragraph);
      if (helper) {
        this.lastPath = "pronoun: the helper of the other sex's owner, whose gesture the sentence before gave";
        return helper;
      }
    }
    if (p === 'he' || p === 'she') {
      // "KCNA said NAME left for PLACE on Monday. The agency quoted him as saying: "..."": the one the body's report
      // was about (`medium-quoting-pronoun.ts`).
      const reported = this.reportedByMediumBefore(want, paragraph);
      if (reported) {
        this.lastPath = 'pronoun: the one a body reported on in the sentence before, whom a medium now quotes';
        return reported;
      }
    }
    if (p === 'he' || p === 'she') {
      // "Pryle's wife was not finished either. ¶ "...," she said.": the relative that sentence was about, never the
      // owner nor one quoted before (`owned-kin-subject.ts`).
      const kin = this.ownedKinJustBefore(want, paragraph);
      if (kin) {
        this.lastPath = 'pronoun: the relative a name owns, the subject of the sentence before';
        return kin;
      }
    }
    if (p === 'he' || p === 'she') {
      const owner = this.possessiveSubjectBefore(want, paragraph);
      if (owner) {
        this.lastPath = 'pronoun: the owner of the possessive subject of the sentence before';
        return owner;
      }
    }
    if (p === 'he' || p === 'she') {
      // "NAME said the plan was '...', a phrase NAME2 read aloud with a shrug. '...,' he said.": the sentence before
      // brought in a second person of that sex (or of none told) as the subject of a clause set off after the words;
      // the pronoun may be either. No answer rather than a guess (`contact-relative-subject.ts`).
      const before = this.read.textOf.get(this.read.sentence - 1);
      const second = before ? contactRelativeSubject(before.masked.slice(before.from, before.to)) : null;
      if (second && (listedGender([second]) ?? want) === want) {
        this.lastPath = SECOND_IN_SET_OFF_CLAUSE;
        return null;
      }
    }
    let found: LocalSpeaker | null = null;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const s = this.recent[i]!;
      if (s === AMBIGUOUS) return found;
      // "Kask, he said, was ...": the one the reported clause is about is not the one reporting it.
      if (splitEnd && s.kind === 'person' && s.names.some((n) => nameWords(n).at(-1) === splitEnd)) continue;
      // "Mrs. Roe replied that she was glad Lund had said so because, she said, ...": one named inside the reported
      // clause is not the one its aside credits.
      if (reporterEnd && s.kind === 'person' && this.sentenceOf.get(s) === this.read.sentence && !s.names.some((n) => nameWords(n).at(-1) === reporterEnd)) continue;
      // "Asked by the member for Vale, Jo Roe, whether ..., he said": the asker is not the one answering.
      if (asker && s.kind === 'person' && s.names.some((n) => asker.has(nameWords(n).at(-1) ?? ''))) continue;
      if (p === 'it' || p === 'they') {
        if (p === 'it' ? s.kind !== 'organisation' : !(s.plural || s.kind === 'organisation')) {
          if (p === 'they') return null;
          continue;
        }
        // "It" and "they" point back as far as "he" does: to the subject or speaker of this sentence or the one
        // before, or to a body that spoke in this paragraph or the one before, never to one named pages back.
        this.lastPath = `pronoun ${p} | ${Math.min(this.read.sentence - (this.sentenceOf.get(s) ?? -1), 3)} back`;
        // A body the text never quoted, seen only in the pronoun's own sentence ("The Japanese constitution
        // makes no mention of it, although it does say ...", the body read from a modifier), is not what the
        // pronoun means: the sentence's own subject is, which the reading did not take for a body. (As the
        // subject of the sentence before, "The council opposed it. '...,' it recommended.", it still is.)
        if (!this.spokeIn.has(s) && this.sentenceOf.get(s) === this.read.sentence) return null;
        // "They told the Group that ...": the body told is not the one telling; nor is one further back sure.
        if (here && toldBody(here.masked.slice(here.from, here.to), p, s.names)) return null;
        // "X has called for attacks, according to the Y Group, which monitors them. It said ...": the source the
        // sentence before cited may be the "it" as well as its subject; nobody is sure.
        const prev = (this.sentenceOf.get(s) ?? -1) === this.read.sentence - 1 ? this.read.textOf.get(this.read.sentence - 1) : undefined;
        if (prev && otherSourceCited(prev.masked.slice(prev.from, prev.to), s.names)) return null;
        // "The Alliance wrote: "...". Environmental group GreenNow welcomed the move. "...," it posted.": a body the
        // sentence before opens with, described and named, is nearer than the one further back (nobody is sure).
        const before = (this.sentenceOf.get(s) ?? -1) < this.read.sentence - 1 ? this.read.textOf.get(this.read.sentence - 1) : undefined;
        if (before && describedBodyOpens(before.masked.slice(before.from, before.to), s.names)) return null;
        // "Analysts at X said .... ¶ Strategists at Y were less sure. '...', they wrote.": a group of people at another
        // body the sentence before opens with is nearer than the group further back (`group-at-body-opens.ts`).
        if (p === 'they' && before && otherGroupAtBodyOpens(before.masked.slice(before.from, before.to), s.names)) return null;
        // "CFX soldiers mock ... . They state ...": "they" are the people the body's name only qualified.
        if (p === 'they' && prev && bodyQualifiesSubject(prev.masked.slice(prev.from, prev.to), s.names)) return null;
        // Nor, from a sentence before, past another body this sentence opens with, which the reading did not take in.
        if (here && (this.sentenceOf.get(s) ?? -1) < this.read.sentence) {
          const text = here.masked.slice(here.from, here.to);
          const at = text.search(p === 'it' ? /\bit\b/u : /\bthey\b/u);
          if (at > 0 && otherBodyOpens(text.slice(0, at), s.names)) return null;
        }
        return this.near(s, paragraph) ? s : null;
      }
      if (s.kind === 'organisation' || s.plural) continue;
      // "The clinic's founder, Jo Roe, died in 2001. ... '...,' the ministry said. '...,' he added.": right after a body's
      // own quote, "he" or "she" goes on with the body's unnamed voice, a slip for "it"; one seen only before the body
      // spoke said none of its words. No answer rather than a leap back past the body.
      if (!found && bodyAt >= 0 && (this.sentenceOf.get(s) ?? -1) < bodyAt) {
        this.lastPath = "pronoun: none, right after a body's own quote";
        return null;
      }
      // "But he recalls a conversation with a younger colleague.": one first brought into the pronoun's own sentence
      // after a "he" or "she" opening it as its subject is no one that pronoun means (it points back, never forward).
      if (this.sentenceOf.get(s) === this.read.sentence && here && s.kind === 'unnamed' && namedOnlyAfterOpeningPronoun(here.masked.slice(here.from, here.to), p, s.names)) continue;
      // "CORRESPONDENT JO ROE: ... An aide said it was "...". ¶ He went further. '...,' he said.": the turn's
      // speaker, who quoted another in the turn just before, is not the "he" of the paragraph after it.
      if (this.turnQuotingIn.get(s) === paragraph - 1) continue;
      // "'...,' he told Hannity": the one spoken to is not the one speaking.
      if (listeners.size && s.names.some((n) => listeners.has(nameWords(n).at(-1) ?? ''))) continue;
      // "he" and "she" are people: not "the ad" or "the report".
      // (Or one the text shows to be a person, set up to speak or asked: "a lock keeper, who asked not to be named".)
      if (s.kind === 'unnamed' && !s.setUpToSpeak && !s.askedByWriter && ![...s.heads].some((h) => PERSON_NOUNS.has(h) || TITLES.has(h) || isPersonNoun(h))) continue;
      // Nor one whose noun tells the other gender: "he" is not "a widow", "she" not "a ferryman".
      if (s.kind === 'unnamed' && [...s.heads].some((h) => headSex(h) === (want === 'm' ? 'f' : 'm'))) continue;
      // "Dr Rachel Hume treated Emily Cross, whose father, George Cross, waited outside. '...,' the doctor said.
      // '...,' he said.": a description of no sex whose calling the text titles only people of the other sex with is
      // likely one of them; the pronoun is not theirs, nor sure of anyone further back (`titled-holder-sex.ts`).
      if (s.kind === 'unnamed' && !s.gender && [...s.heads].some((h) => titledHolderSex(h, this.paragraphs.slice(0, paragraph).join('\n'), (n) => listedGender([n])) === (want === 'm' ? 'f' : 'm'))) {
        this.lastPath = 'pronoun: none, a description whose calling the text titles only the other sex with';
        return null;
      }
      // Nor, for "she", a "-man" title in a text that gives another its "-woman" form: "A spokesman for the fire service
      // said ..., while a spokeswoman for the landlord said .... '...,' she said." (`woman-form-used.ts`).
      if (want === 'f' && s.kind === 'unnamed' && [...s.heads].some((h) => manTitleTellsMan(h, this.paragraphs.slice(0, paragraph).join('\n')))) continue;
      // A given name the lexicon lacks ("Annalena") is asked of the name lists only now, when it may tell who is meant.
      if (!s.gender && s.kind === 'person') s.gender = listedGender(s.names);
      // "Mara Lind said she would back the plan. Her colleague Tor Lind took the opposite view. '...,' he said.": one of
      // no gender told whom their own report has say what "she" would do is no rival of the nearer one for a "he".
      // ("Tor Lind met Anna Berg. Lind said he agreed with her plan. '...,' she said.": nor, with no rival found yet,
      // is one whose last sentence has them say what "he" did, for a "she": the pronoun looks further back.)
      if (!s.gender && s.kind === 'person') {
        const own = this.read.textOf.get(this.sentenceOf.get(s) ?? -1);
        if (own && reportedSelfGender(own.masked.slice(own.from, own.to), s.names, !found) === (want === 'm' ? 'f' : 'm')) continue;
      }
      if (s.gender && s.gender !== want) {
        // "His brother, Sten, keeps the books. '...,' she said.": a relative whose sex only the noun of kin told,
        // the subject of the sentence opening the quote's paragraph right before it: the pronoun of the other sex
        // there is more likely a slip than a leap back to someone before. No answer rather than a guess. (A
        // paragraph of its own before the quote's, as a profile names a sister between, does not stop the thread.)
        if (!found && s.genderByKin && s.kind === 'person' && (this.sentenceOf.get(s) ?? -1) === this.read.sentence - 1 && this.opensParagraphBefore() && !this.namesKnownPerson(this.read.sentence)) {
          this.lastPath = 'pronoun: none, the paragraph opened on a relative of the other sex';
          return null;
        }
        // "Valery Orlov ... . ¶ Orlov has a word for it. '...,' he said.": a person opening the pronoun's paragraph
        // as the subject of the sentence just before, whose other gender is only guessed from a first name that both
        // sexes bear in some language, is likely who is meant; no leap past them to someone named in a paragraph
        // before. No answer rather than a guess. (Mid-paragraph, "Mara Lind, the governor, disagrees." does not stop
        // a "he" going on with the man who spoke just before in that paragraph.)
        // (Only when the pronoun's own sentence names no one: "Ten days after Crane lost her temper, as she said,
        // '...'" has its own candidate.)
        if (!found && !s.genderSure && s.kind === 'person' && (this.sentenceOf.get(s) ?? -1) === this.read.sentence - 1 && !this.namesKnownPerson(this.read.sentence) && (this.opensParagraphBefore() || this.opensParagraphAfterOne()) && this.opensWithNameAt(s, this.read.sentence - 1)) {
          this.lastPath = 'pronoun: none, the subject before has a gender only guessed';
          return null;
        }
        // "Tomas Brandt owns the dock. Sasha Orlov runs the ferry. '...,' he said.": the nearest, in this sentence or
        // the one before, of the other sex only by a first name both sexes bear (the text telling none), may be the
        // one meant; no leap past them to someone further back. No answer rather than a guess.
        // (Only when they are nearer than everyone of the pronoun's sex: one of that sex named in the same sentence
        // as them or after, "The teacher, Olga Roe, said a pupil, Danny Vell, had asked her: ...", is no leap past.)
        if (!found && !s.genderSure && !s.genderByKin && s.kind === 'person' && (this.sentenceOf.get(s) ?? -1) >= this.read.sentence - 1 && s.names.some((n) => givenNameOfBothSexes(n)) && !this.ofGenderAsNear(s, want)) {
          this.lastPath = 'pronoun: none, the nearest has a first name both sexes bear';
          return null;
        }
        continue;
      }
      // "The economist expects a pause. Governor Eva Lind did not comment on the plan. ¶ '...,' she said in a note.":
      // the nearest of the gender was brought into a paragraph about someone else only to say she gave no words;
      // the pronoun may mean the paragraph's own subject as well. No answer rather than a guess
      // (`no-comment-subject.ts`). (One whose silence opens the paragraph, "Lind did not respond to a request for
      // comment. In a later post, she wrote: ...", is the paragraph's subject, and goes on.)
      if (!found && (p === 'he' || p === 'she') && s.kind === 'person' && (this.sentenceOf.get(s) ?? -1) < this.read.sentence) {
        const own = this.read.textOf.get(this.sentenceOf.get(s) ?? -1);
        const opening = own ? own.masked.slice(0, own.from) : '';
        const ends = s.names.map((n) => n.split(/\s+/u).at(-1) ?? '').filter((w) => /^[\p{Lu}]/u.test(w));
        if (own && opening.trim() !== '' && !ends.some((w) => opening.includes(w)) && saidNothingIn(own.masked.slice(own.from, own.to), s.names)) {
          this.lastPath = 'pronoun: none, the nearest of the gender came into the paragraph only to give no comment';
          return null;
        }
      }
      // "Reyes thanked her. As he left, she added: ...": one of no known gender whose last sentence has them do
      // something to "her" is not that "she" (who would be "herself"); the pronoun looks further back.
      if (!s.gender && s.kind === 'person' && actsOnPronoun(this.read.textOf.get(this.sentenceOf.get(s) ?? -1), () => new Set(s.names.flatMap((n) => nameWords(n))), want)) continue;
      // '"...," I told him. He disagreed. "...," he said.': the writer who speaks as "I" in the narration is never
      // its "he" or "she"; the one meant is someone the reading cannot be sure of (the one told, most often), so
      // no one rather than the writer.
      if ((p === 'he' || p === 'she') && this.narrators.has(s)) {
        this.lastPath = 'pronoun: none, the nearest who may be meant is the writer who speaks as "I"';
        return null;
      }
      const at = this.paragraphOf.get(s) ?? 0;
      if (!found) {
        // Sure only of the subject or speaker of this sentence or the one before, or of someone who spoke
        // within two paragraphs, and only when the narration named no one else who may be meant since.
        const seen = this.sentenceOf.get(s) ?? -1;
        const spoke = this.spokeIn.get(s);
        // One sentence between that names no other person ("Sanders won Vermont. His opponent won Georgia and
        // Virginia. He told the crowd ...") keeps the thread when the gender tells who is meant.
        // So does one whose subject is the same pronoun ("Jean Lee ... is more cautious. Asked whether ..., she
        // laughed. '...,' she said."): the thread runs through it, whatever gender the first name leaves open
        // (only a name of the pronoun's gender, or one opening it as a subject, counts as someone else there).
        // (So too for one of the pronoun's gender: "Roe, for her part, believes ... Russia, she said, would not
        // ... ¶ '...,' she said." runs on through a sentence the pronoun itself reports, whatever places it names.)
        const bridged =
          seen === this.read.sentence - 2 &&
          ((s.gender === want && !namesSomeoneElse(this.known, seen + 1, s, want)) ||
            ((!s.gender || s.gender === want) && s.kind === 'person' && pronounSubject(this.read.textOf.get(seen + 1), p) && !namesSomeoneElse(this.known, seen + 1, s, want, true)));
        // Several sentences of narration that name no one else, across a paragraph break, keep it too when the
        // gender tells who is meant ("Harald Brun has run the ferry for thirty years." then a paragraph on the
        // route's losses, then "'...,' he said.").
        const carried =
          !bridged &&
          s.kind === 'person' &&
          seen < this.read.sentence - 2 &&
          seen >= this.read.sentence - CARRIED_SENTENCES &&
          ((s.gender === want && this.noOneElseSince(seen, s, want)) || (!s.gender && paragraph - at <= 1 && this.onlyPersonSoFar(s, paragraph)));
        if (seen < this.read.sentence - 1 && !bridged && !carried && (spoke === undefined || paragraph - spoke > 2)) return null;
        // "The judge, Ruth Roe, heard from the landlord, Ian Lind, and his tenant, Amy Vell. '...,' he told the court.
        // '...,' she said.": reached over a sentence, one whose own sentence names another of the pronoun's gender
        // may be either; no answer rather than a guess.
        if (bridged && s.kind === 'person' && this.otherOfGenderNamedAt(seen, s, want)) {
          this.lastPath = 'pronoun: none, reached over a sentence to one named beside another of the gender';
          return null;
        }
        // "The club's spokeswoman, Tess Roe, said .... The league's spokeswoman, Ann Vell, said .... '...,' she said.":
        // two sentences running, each opening on one of the pronoun's gender in the same role; either may be meant.
        if (seen === this.read.sentence - 1 && s.kind === 'person' && this.opensWithNameAt(s, seen) && this.locals.some((o) => o !== s && o.kind === 'person' && (o.gender ?? listedGender(o.names)) === want && this.sentenceOf.get(o) === seen - 1 && this.opensWithNameAt(o, seen - 1) && [...o.heads].some((h) => s.heads.has(h)))) {
          this.lastPath = 'pronoun: none, two sentences running open on one of the gender in the same role';
          return null;
        }
        // Kept only because they spoke lately: a sentence since that opens with someone else's name as its subject
        // ("Okoye gave his pick. Tarkin dodged the question. '...,' he said.") offers another the pronoun may mean,
        // whom the reading may not know as a person (a bare surname named nowhere else). No answer rather than a guess.
        if (seen < this.read.sentence - 1 && !bridged && !carried && this.someoneElseSince(seen, s, want)) {
          this.lastPath = 'pronoun: none, someone else since the last speaker';
          return null;
        }
        if (paragraph - at > 2 || displaced(this.known, s, want) || this.rivalled(s, want, asker)) return null;
        // "We spoke to Ivo Lind about Olga Petrova. '...,' she said.": not the woman who spoke before Olga was named.
        if (talkedAboutBetween(this.known, s, want)) {
          this.lastPath = TALKED_ABOUT_BETWEEN;
          return null;
        }
        // A person brought in by "a ..." in a sentence passed over stands between: no skipping over them.
        // (A noun of agent the roles lack counts when WordNet has it only a kind of person: "keeper", "fisherman";
        // not "reminder" or "server", which are also a message and a machine.)
        const isPerson = personNoun;
        // (Brought in by "a" as a sentence's subject, any noun WordNet has only as a kind of person: "One deckhand
        // shrugged.", "A midwife ...". Not after "the" below, where the noun may be an epithet the text varies for
        // `s` ("the Republican nominee"), nor deeper in a sentence, where it may be no one ("a replacement candidate").)
        const isNewPerson = newPersonNoun;
        if (describedBetween(this.known, s, want, isPerson, isNewPerson)) {
          this.lastPath = 'pronoun: none, a described person between';
          return null;
        }
        if (describedSubjectOver(this.known, s, want, isPerson)) {
          this.lastPath = 'pronoun: none, a described subject over an owner';
          return null;
        }
        if (describedOwnerOver(this.known, s, want, isPerson)) {
          this.lastPath = 'pronoun: none, a described owner opens a sentence between';
          return null;
        }
        if (describedSpeakerBetween(this.known, s, want, isPerson)) {
          this.lastPath = 'pronoun: none, a described speaker between';
          return null;
        }
        // "The widow said ... . She added:": a kin word of the gender as a subject between (`kin-subject-between.ts`).
        if (kinSubjectBetween(this.known, s, want)) {
          this.lastPath = 'pronoun: none, a kin word of the gender opens a sentence between';
          return null;
        }
        // "The grocer, who ..., said .... ¶ ... ¶ Back at the market, the grocer was restocking. '...,' he said.": a
        // sentence between opens on a description the text gave another speaker before this one; the pronoun may
        // mean that one.
        if (otherSpeakersDescriptionOpens(this.known, s, want, this.locals.slice(0, Math.max(0, this.locals.indexOf(s))))) {
          this.lastPath = "pronoun: none, another speaker's description opens a sentence between";
          return null;
        }
        // "Coach Berg praised his players. ¶ His assistant was more critical. ¶ '...,' he said.": a sentence passed
        // over opens on someone described as another's relation or helper; the pronoun may mean that one.
        if (possessedSubjectBetween(this.known, s, want, isNewPerson)) {
          this.lastPath = 'pronoun: none, a possessed description as subject between';
          return null;
        }
        // One of no known gender beside a newcomer whose noun tells the pronoun's gender ("Brandt met a chairwoman
        // of the port board. '...,' she told him."): she is surely who is meant, he only maybe.
        if (!s.gender && genderedNewcomerBeside(this.known, s, want, isPerson)) {
          this.lastPath = 'pronoun: none, a newcomer of the gender beside one of none';
          return null;
        }
        // "he" back to someone only described and never speaking ("a president", "the former president", "Ban's
        // term as U.N. chief") is often a person named nearby whom the reading missed, or no person at all:
        // on PolNeAR's train split 0 right for 11 wrong (4 of the judgeable ones). No answer rather than a guess.
        // Unless the writer put a question to them: the text sets them up to answer.
        // Unless it opens the pronoun's own sentence as its subject: "The representative of Chile rejected what
        // he called "...".
        // (Or the subject of the sentence before, whom this sentence's own pronoun subject already went on with:
        // "A guide who ... listened. Asked for her view, she said only: ...".)
        if (s.kind === 'unnamed' && s.mentionOnly && !s.askedByWriter && !s.setUpToSpeak && !(seen === this.read.sentence && this.opensSentence(s)) && !(s.subjectAt === seen && seen === this.read.sentence - 1 && at === paragraph) && !(s.subjectAt === this.read.sentence - 1 && seen === this.read.sentence && at === paragraph && pronounSubject(this.read.textOf.get(seen), p))) return null;
        // "Okoye pollster Dirk Brandt, the state's top analyst, took up the thread. '...,' he said.": the sentence
        // before opens with someone working for `s`, named after their role; that one is its subject, not `s`.
        // "The elder Vell laughed. ... His younger brother, Arvo Vell, is still in the town. '... my brother ...,' he
        // said.": one named only as the relation of a "his" (or "her") of the pronoun's gender, in the sentence
        // before, whom the quote itself calls by that relation ("my brother"), is not its speaker: the one that
        // "his" means is. No answer rather than a guess. (Without the quote's "my brother", "Her daughter, Ana
        // Vell, was more animated. '...,' she said." is the daughter speaking.)
        if (seen === this.read.sentence - 1 && s.mentionOnly && this.namedAsRelationOfOther(seen, s, want, paragraph)) {
          this.lastPath = 'pronoun: none, named as the relation of another of the gender';
          return null;
        }
        if (this.opensWithAideOf(this.read.sentence - 1, s, want)) {
          this.lastPath = 'pronoun: none, the sentence before opens with an aide of the candidate';
          return null;
        }
        // "Okoye won the crowds over, Brandt said. '...,' he said.": the sentence before closes by crediting someone
        // else with what it reports; the pronoun goes on with that one (`reporter-pronoun.ts`), not the one talked about.
        // "Tench bakes; Pardee sells. '...,' he said.": the sentence before has another person of the gender open a
        // clause of its own after a semicolon; either may be meant. No answer rather than a guess.
        // "Prosecutor Ivo Vance cross-examined the defendant, Karl Uhl. He said he had been at home. '...,' he
        // said.": one who questions is not the one who answers; the one questioned, of the pronoun's gender or of
        // none told, may be meant. No answer rather than a guess. (So for "Tom Hale asked Piet Vonk whether ...",
        // the sentence just before.)
        if (seen >= this.read.sentence - 2 && this.questionedOther(s, want)) {
          this.lastPath = 'pronoun: none, the one before questioned another';
          return null;
        }
        if (seen === this.read.sentence - 1 && this.otherClauseSubject(seen, s, want)) {
          this.lastPath = 'pronoun: none, another subject after a semicolon in the sentence before';
          return null;
        }
        // "... memos in which the elder Mr Roe priced the barley. In one, he wrote: ...": the sentence before names
        // writings by another of the gender, and this one has "he" write; the writer of those may be meant as well
        // as the subject. No answer rather than a guess.
        if (seen === this.read.sentence - 1 && this.writingsOfOtherBefore(seen, s, want)) {
          this.lastPath = 'pronoun: none, the sentence before names writings by another';
          return null;
        }
        // "Lind said ... ¶ On Friday, former Ambassador to Japan J.Bold recalled that ... '...,' he said.": the
        // sentence right before has a capitalised subject of its own that reports, whom the reading did not take
        // for a person; the pronoun may mean that one rather than someone further back. No answer rather than a guess.
        // "Rask said .... ¶ At the plant Lutz talked. '...,' she said.": the sentence right before has for its subject,
        // past a short phrase of time or place with no comma, a person the pronoun may mean (of its gender or of none
        // told), whom the reading did not take up; no leap back past them. No answer rather than a guess.
        if (seen < this.read.sentence - 1 && this.frontedSubjectOtherAt(this.read.sentence - 1, s, want)) {
          this.lastPath = 'pronoun: none, the sentence before has another subject past a fronted phrase';
          return null;
        }
        if (seen < this.read.sentence - 1 && this.reportingSubjectOtherAt(this.read.sentence - 1, s)) {
          this.lastPath = 'pronoun: none, another reports in the sentence before';
          return null;
        }
        if (seen === this.read.sentence - 1 && this.creditedOtherAt(seen, s)) {
          this.lastPath = 'pronoun: none, the sentence before credits someone else';
          return null;
        }
        // "Her brother, NAME, sold his land to a developer, NAME2. ¶ '...,' she says. ¶ '...,' he says.": a pronoun
        // that reaches over another voice's quote between to one who never spoke, where that one's sentence names in
        // full another the pronoun may mean as well: the subject's pull does not carry across the words between. No
        // answer rather than a guess. (Narration between, "The siblings were separated in 1950.", keeps the thread.)
        if (bridged && s.mentionOnly && this.quoteInSentence(seen + 1) && otherBeside(this.known, s, seen, want) !== 'alone') {
          this.lastPath = 'pronoun: none, reaching over a sentence to one named beside another';
          return null;
        }
        this.lastPath = `pronoun ${s.gender === want ? (s.genderSure ? 'gender told' : 'gender by name') : 'no gender'} | ${s.kind} | ${Math.min(this.read.sentence - seen, 3)} back${bridged ? ' bridged' : carried ? ' carried' : ''}${spoke === undefined ? '' : ' | spoke'} | ${s.mentionOnly ? 'mention' : 'speaker'} | ${otherBeside(this.known, s, seen, want)}`;
        // "Abena Osei spoke. ... Afua, the youngest, teaches music. '...,' she said.": the sentence right before, not
        // where `s` was last seen, opens on a name set off by a description that the reading did not take up as
        // anyone; the pronoun may mean that one. No answer rather than a guess (`unread-name-subject.ts`).
        const before = seen < this.read.sentence - 1 ? this.read.textOf.get(this.read.sentence - 1) : undefined;
        if (before && unreadNameSubject(before.masked.slice(before.from, before.to), (w) => this.knowsName(w) || this.locals.some((l) => l.names.some((n) => nameWords(n).includes(w))))) {
          this.lastPath = 'pronoun: none, the sentence before opens on a name the reading did not take up';
          return null;
        }
        // "Ms. Lorn met Ms. Marsk. '...,' she said.": the sentence just before names, beside the one it is about,
        // another of the pronoun's gender; either may be meant. No answer rather than a guess.
        // "Alex Moray stood glaring at Neil Burke, who shrugged. '...,' he said.": one whose first name tells no
        // sex (both sexes bear it) beside a man of the pronoun's gender by his first name, who acts last in the
        // sentence before in a "who" clause of his own; either may be meant. No answer rather than a guess.
        if (seen === this.read.sentence - 1 && !s.genderSure && s.kind === 'person' && s.names.some((n) => givenNameOfBothSexes(n)) && this.actorOfWhoClause(seen, s, want)) {
          this.lastPath = 'pronoun: none, a name of both sexes beside one of the gender who acts last';
          return null;
        }
        if (seen === this.read.sentence - 1 && sameGenderBeside(this.known, s, seen, want)) {
          this.lastPath = SAME_GENDER_BESIDE;
          return null;
        }
        // "Strand told her the money had gone. '...,' she said.": the one last seen acts on another of the
        // pronoun's gender in the sentence just before; either may be meant. No answer rather than a guess.
        if (seen === this.read.sentence - 1 && actsOnOtherOfGender(this.known, s, seen, want)) {
          this.lastPath = ACTS_ON_OTHER;
          return null;
        }
        // "She quotes a midwife from the valley: '...' ¶ '...,' she says.": the sentence right before had this one
        // relay the words of someone quoted there (whom the reading may not take for a "she", a noun the lexicon
        // lacks); a pronoun that only says, not writes, right after may be that one going on. No answer rather than
        // the relayer (`relayer-thread.ts`).
        if (s.kind === 'person' && seen === this.read.sentence - 1 && this.relayedBy(s, p, seen) && !this.pronounWritesHere(p)) {
          this.lastPath = RELAYED_VOICE_GOES_ON;
          return null;
        }
        if (s.gender === want) return s;
        // "The minister, Halvard Stroud, was asked by Petra Ulwin, a union leader. '...,' she said.": one of untold
        // sex beside one told of the pronoun's in the sentence just before is not the one it means; no answer rather
        // than the untold one (`told-gender-beside.ts`).
        if (seen === this.read.sentence - 1 && s.gender == null && toldGenderBeside(this.known, s, seen, want)) {
          this.lastPath = 'pronoun: none, one of untold sex beside one told of the gender';
          return null;
        }
        // "We spoke to Ivo Lind about Olga Petrova. '...,' she said.": one of no gender told, beside one of the
        // pronoun's gender whom the sentence just before talks about, may be either. No answer rather than a guess.
        if (seen === this.read.sentence - 1 && talkedAboutIn(this.known, seen, s, want)) {
          this.lastPath = TALKED_ABOUT_BETWEEN;
          return null;
        }
        // "Han Jong Su met Lee Min Seo in Busan, but she said ...": the sentence names, before the pronoun,
        // another person whom it may as well mean, and no gender tells the two apart. No answer rather than a guess.
        // "A source close to the actress Bella Roane said she had screamed '...'": one described by their tie to a
        // person named inside the description, of no gender told, may report that person's words as well as their
        // own; the pronoun may mean either. No answer rather than a guess.
        if (seen === this.read.sentence && s.kind === 'unnamed' && tiedToNamedOfGender(s, want)) {
          this.lastPath = 'pronoun: none, a description tied to a person of the gender';
          return null;
        }
        if (seen === this.read.sentence && this.untoldOtherBefore(s, p)) {
          this.lastPath = 'pronoun: none, another of untold gender named in its sentence';
          return null;
        }
        // "Ri Pol-san left with a cousin, Ri Mi-ok. She remembers ...": a namesake named in full since `s` was
        // last seen, whom the checks above took for `s` by the shared family name; either may be meant, and no
        // gender tells them apart. No answer rather than a guess (`ungendered-namesake.ts`).
        if (untoldNamesakeSince(this.known, s, want)) {
          this.lastPath = 'pronoun: none, a namesake of untold gender named since';
          return null;
        }
        found = s;
        continue;
      }
      // "I put that to a former diplomat. "...," he said.": one the writer has just put a question to, in the
      // sentence before, answers it; someone quoted earlier in the paragraph is no rival.
      if (found.kind === 'unnamed' && found.askedByWriter && (this.sentenceOf.get(found) ?? -1) === this.read.sentence - 1) return found;
      // "She quotes an old pilot: '...'. ¶ '...,' she writes.": the nearer, of no sex told, was only the object of
      // the relaying verb whose subject was this pronoun's person (of its sex), in the same sentence: the thread is
      // the relayer's, not the one whose words were passed on (`relayer-thread.ts`).
      if ((p === 'he' || p === 'she') && s.gender === want && found.gender == null && (this.sentenceOf.get(found) ?? -1) >= this.read.sentence - 2 && this.sentenceOf.get(s) === this.sentenceOf.get(found)) {
        const k = this.read.textOf.get(this.sentenceOf.get(found)!);
        if (k && relayerOpens(k.masked.slice(k.from, k.to), p, s.names)) {
          // (Right after the relayed words, a pronoun that only "says" may be the one quoted, going on: no one.)
          if (this.sentenceOf.get(found) === this.read.sentence - 1 && !this.pronounWritesHere(p)) {
            this.lastPath = RELAYED_VOICE_GOES_ON;
            return null;
          }
          this.lastPath = 'pronoun: the one who relayed the nearer one\'s words, not the one quoted';
          return s;
        }
      }
      // "Park Sun Ok, who ..., did not speak, but a week earlier she had said ...": the pronoun opening a clause
      // joined to its sentence by "but" or "and" is the subject of the sentence it is joined to; one named in a
      // sentence before is no rival, whatever gender the name leaves open.
      if (this.sentenceOf.get(found) === this.read.sentence && (this.sentenceOf.get(s) ?? -1) < this.read.sentence && this.conjoinedSubject(found, p)) {
        this.lastPath = `pronoun no gender | ${found.kind} | 0 back | subject of the clause joined`;
        return found;
      }
      // "What she found, she says, was a careful listener. Kim asked questions ... '...,' she recalled.": the
      // nearer one, of no known gender, is only talked about, after the paragraph's narration already ran on the
      // same pronoun; it goes on with the one of that gender it meant, not the one of none mentioned since.
      if (s.gender === want && found.mentionOnly && !this.spokeIn.has(found) && this.pronounThreadBefore(found, p, s, want)) {
        this.lastPath += ' | the paragraph runs on the pronoun before one of no gender';
        return s;
      }
      // "Mayor Jane Roe was away. A spokesman for the mayor, who ..., added that ... '...,' she said.": a "-man"
      // title that women hold too tells no sex, but beside a woman the pronoun may mean, the nearer is no surer.
      if (want === 'f' && s.gender === 'f' && found.kind === 'unnamed' && [...found.heads].some((h) => SEXLESS_MAN_TITLES.has(h))) {
        this.lastPath = 'pronoun: none, a "-man" title beside a woman';
        return null;
      }
      // "When Roe spoke on the radio, "...," Kask snorted. "...," he said.": of two the sentence before names, the
      // subject of its main clause, not the one its fronted clause of time sets the scene with.
      const main = this.mainSubjectOf(this.read.sentence - 1, found, s);
      if (main) {
        this.lastPath += ' | the main clause\'s subject before';
        return main;
      }
      // ("Lars Lind died in May. ¶ Greta died in 2011. '...,' he said.": the nearer, of no sex told, is named only by a
      // given name the lists give the other sex and is the subject of "died" in the sentence that last named them,
      // while one further back is of the pronoun's: two signs against the nearer, none for the other; no one. (The lone
      // name's sex alone is no sign: "Kim" may be a family name, "Lys" a call sign; nor is a death alone.)
      if (found.kind === 'person' && !found.gender && s.kind === 'person' && (s.gender ?? listedGender(s.names) ?? firstNameGender(s.names[0]?.trim().split(/\s+/u)[0] ?? '')) === want && this.loneGivenNameOfOtherSex(found, want) && this.reportedDeadWhereLastSeen(found)) {
        this.lastPath = 'pronoun: none, the nearer is named by a lone given name of the other sex and reported dead';
        return null;
      }
      // Two people the pronoun may both mean, named in the same paragraph, and no gender to tell them apart.
      this.lastPath += ' | second candidate';
      return at >= (this.paragraphOf.get(found) ?? 0) ? null : found;
    }
    return found;
  }

  /**
   * Whether sentence `k` opens with a name of `s` before one or two lowercase words of role and another person's
   * full name ("Okoye pollster Dirk Brandt", "Okoye's campaign manager Ana Ruiz"), of no other gender than `want`.
   */
  /**
   * Whether sentence `k` names `s` right after "His/Her [younger] <relation>, " of a possessive of gender `want`,
   * and the current sentence (of paragraph `paragraph`), quotes and all, speaks of "my <relation>", or sentence `k`
   * opens so and only tells background on the relative (`kin-background.ts`).
   */
  private namedAsRelationOfOther(k: number, s: LocalSpeaker, want: 'm' | 'f', paragraph: number): boolean {
    const at = this.read.textOf.get(k);
    const here = this.read.textOf.get(this.read.sentence);
    if (!at || !here) return false;
    const own = (this.paragraphs[paragraph - 1] ?? '').slice(here.from, here.to).toLowerCase();
    const text = at.masked.slice(at.from, at.to);
    for (const m of kinAppositivesIn(text)) {
      if (m.owner !== want) continue;
      // (Or the sentence opens on the relative and only tells background on them: "His father, NAME, was born in
      // PLACE. '...,' he said." may be the one "his" means as well as the father.)
      const background = !text.slice(0, m.at).trim() && kinBackgroundAfter(text.slice(m.end - 1));
      if (!background && !sharedRegExp(`\\bmy\\s+(?:[\\p{Ll}]+\\s+)?${m.kin.toLowerCase()}\\b`, 'u').test(own)) continue;
      const named = nameWords(m.name);
      if (named.length > 0 && s.names.some((n) => { const mine = nameWords(n); return named.every((w) => mine.includes(w)); })) return true;
    }
    return false;
  }

  /**
   * The one person the text brought in as `relation` ("his daughter": "His daughter, Lina Vell,", "his daughter Lina
   * Vell") in paragraph `paragraph` or one before, who is known as a person; null when none or more than one.
   */
  /**
   * The relative a name's possessive owns ("Pryce's wife"): the one person the text brought in before as "His
   * wife, NAME SURNAME," (`kinIntroducedBefore`), bearing the owner's surname, of the relative's sex, when exactly
   * one other person the text knows bears that surname, not told of the other sex than "his"/"her" says. Two so
   * brought in, or two other bearers, leave it to the description.
   */
  private kinOfNamedOwner(description: string, paragraph: number): LocalSpeaker | null {
    const owned = nameOwnedKin(description);
    if (!owned) return null;
    const surname = nameWords(owned.owner).at(-1);
    if (!surname) return null;
    let found: LocalSpeaker | null = null;
    for (const m of this.mentions) {
      if (m.paragraph > paragraph || m.words.length < 2 || m.words.at(-1) !== surname) continue;
      const ownerSex = kinIntroducedBefore((this.paragraphs[m.paragraph - 1] ?? '').slice(Math.max(0, m.at - 50), m.at), owned.kin);
      if (!ownerSex) continue;
      const person = this.personByCompact.get(m.compact);
      if (!person || person === AMBIGUOUS || person.kind !== 'person' || person.plural) continue;
      const told = person.gender ?? listedGender(person.names);
      if (told && told !== owned.sex) continue;
      // (The owner: the one other person bearing the surname, of the possessive's sex or of none told.)
      const others = [...new Set(this.personByCompact.values())].filter((s) => s !== AMBIGUOUS && s !== person && s.kind === 'person' && !s.plural && s.names.some((n) => nameWords(n).at(-1) === surname));
      if (others.length !== 1) return null;
      const ownerTold = others[0]!.gender ?? listedGender(others[0]!.names);
      if (ownerTold && ownerTold !== ownerSex) return null;
      if (found && found !== person) return null;
      found = person;
    }
    return found;
  }

  private broughtInBy(relation: string, paragraph: number): LocalSpeaker | null {
    const want = /^(his|her|their)\s+([\p{Ll}]+)$/iu.exec(relation.trim());
    if (!want) return null;
    const [owner, kin] = [want[1]!.toLowerCase(), want[2]!.toLowerCase()];
    let found: LocalSpeaker | null = null;
    let foundAt = 0;
    for (const m of this.mentions) {
      if (m.paragraph > paragraph || m.words.length < 2) continue;
      const before = (this.paragraphs[m.paragraph - 1] ?? '').slice(Math.max(0, m.at - 40), m.at);
      const k = /\b(his|her|their)\s+(?:(?:late|elder|older|younger|eldest|youngest|only|adult|twin)\s+)?([\p{Ll}]+),?\s+$/iu.exec(before);
      if (!k || k[1]!.toLowerCase() !== owner || k[2]!.toLowerCase() !== kin) continue;
      const person = this.personByCompact.get(m.compact);
      if (!person || person.kind !== 'person') continue;
      if (found && found !== person) return null;
      found = person;
      foundAt = m.paragraph;
    }
    // "His wife disagreed" after another man came in and spoke since "His wife, NAME, ..." was written: "his" is
    // the man at hand now, so the wife brought in for the earlier one is not who it means.
    if (found && owner !== 'their') {
      const sex = owner === 'his' ? 'm' : 'f';
      let last: LocalSpeaker | null = null;
      let at = -1;
      for (const [s, n] of this.spokeAt) {
        // (One of no known sex may be "his" too: "the owner, Mr. Choi," is a title the reading does not keep.)
        if (n > at && s.kind === 'person' && !s.plural && s !== found && (s.gender ?? listedGender(s.names) ?? sex) === sex) {
          at = n;
          last = s;
        }
      }
      const firstNamed = (x: LocalSpeaker): number => {
        const own = new Set(x.names.map(compactName));
        return Math.min(...this.mentions.filter((m) => own.has(m.compact)).map((m) => m.paragraph));
      };
      // (Unless one there before the relation was written is named again here or just before: "Back at the
      // stand, Ana Roe was packing. Her brother, she said, ...".)
      const againHere = this.mentions.some((m) => {
        if (m.paragraph < paragraph - 1 || m.paragraph > paragraph) return false;
        const x = this.personByCompact.get(m.compact);
        // (Of either sex as read: a sex the reading took from a misread "he said" must not undo the rule.)
        return !!x && x !== found && x.kind === 'person' && firstNamed(x) <= foundAt;
      });
      if (last && !againHere && firstNamed(last) > foundAt) return null;
      // "His brother Tomas Vell, a colonel, disagrees. '...,' the colonel said. ¶ His brother said: ...": no one is his
      // own brother; when the one brought in is himself the last speaker of the possessive's sex, "his" is he, and his
      // brother someone else (the reading of the relation from the other side, `kinOfJustSpoken`, may tell whom).
      if (this.lastSpeakerOfSex(sex, paragraph) === found) return null;
    }
    return found;
  }

  /**
   * The one person the text brought in, up to `paragraph`, by a name set off right after the relation `kin`
   * owned by anyone ("his wife, Ada Vell", "Roe's wife, Ada Vell"): the person a bare "the wife" means. Null
   * when no one or more than one was so brought in.
   */
  private broughtInByAnyone(kin: string, paragraph: number): LocalSpeaker | null {
    let found: LocalSpeaker | null = null;
    let sites = 0;
    for (const m of this.mentions) {
      if (m.paragraph > paragraph || m.words.length < 2) continue;
      const before = (this.paragraphs[m.paragraph - 1] ?? '').slice(Math.max(0, m.at - 60), m.at);
      // ("Roe's mother and coach, Ada Roe,": a role joined to the word of kin by "and" is the same person's; not a
      // second word of kin, "her son and daughter,", two people.)
      const k = relationOwnedBefore(before);
      if (!k || k.relation.toLowerCase() !== kin || (k.joined !== undefined && kinSex(k.joined.toLowerCase()) !== null)) continue;
      const person = this.personByCompact.get(m.compact);
      if (!person || person.kind !== 'person' || person.plural) continue;
      if (found && found !== person) return null;
      found = person;
      sites++;
    }
    // (Nor when the text used the word of anyone else before: "a sailor's wife who gave no name".)
    const here = this.read.textOf.get(this.read.sentence);
    // (A subhead is no use of the word: "## The uncle in Dover" over the section that brings the uncle in labels
    // him, and brings in no one else.)
    const text = [...this.paragraphs.slice(0, paragraph - 1).filter((p) => !MARKDOWN_HEADING.test(p)), here ? here.masked.slice(0, here.from) : ''].join('\n');
    // ("owner Ana Roe, 55, and her daughter, Ilse," then '"...," the mother said': with no one brought in by the
    // word itself, the one person brought in as that relation from the other side, "and her daughter", when the
    // text used the word nowhere before.)
    const sex = kinSex(kin);
    if (!found && sex && (text.match(sharedRegExp(String.raw`\b${escapeRegExp(kin)}\b`, 'giu')) ?? []).length === 0) {
      const owners = new Set<LocalSpeaker>();
      for (const para of this.paragraphs.slice(0, paragraph)) {
        for (const name of coordinatedOwners(para, kin, sex)) {
          // (The name's last words: "owner Ana Roe" is Ana Roe.)
          const words = name.split(/\s+/u);
          const person = words.map((_, i) => this.personByCompact.get(compactName(words.slice(i).join(' ')))).find((x) => x !== undefined);
          if (!person || person.kind !== 'person' || person.plural) return null;
          owners.add(person);
        }
      }
      const one = owners.size === 1 ? [...owners][0]! : null;
      const told = one ? (one.gender ?? listedGender(one.names)) : null;
      return one && (!told || told === sex) ? one : null;
    }
    if (!found || (text.match(sharedRegExp(String.raw`\b${escapeRegExp(kin)}\b`, 'giu')) ?? []).length !== sites) return null;
    // (Of the relation's sex, or of none told.)
    const told = found ? (found.gender ?? listedGender(found.names)) : null;
    return found && (!told || told === kinSex(kin)) ? found : null;
  }

  /**
   * "His wife" (or "her brother" ...) right after the one the possessive points to spoke: the last speaker, a
   * person of the possessive's sex who spoke in this paragraph or the one before, with no one else of that sex
   * named since; and the person the text gave as that speaker's relation, seen from the other side ("Her
   * husband, Tomas Kosh," of the woman named before it: `kinOf`). Null when any of it is left open.
   */
  private kinOfJustSpoken(relation: string, paragraph: number): LocalSpeaker | null {
    const pk = possessiveKin(relation);
    if (!pk) return null;
    const { sex } = pk;
    const last = this.lastSpeakerOfSex(pk.owner, paragraph);
    const name = last ? this.kinOf(last, pk.kin, sex, paragraph) : null;
    if (!name) return null;
    const found = this.resolvePerson(name, paragraph, null);
    return found !== AMBIGUOUS && found !== last && found.kind === 'person' && found.names.includes(name) ? found : null;
  }

  /**
   * The one who spoke last, when a person of sex `want` who spoke in `paragraph` or the one before, and no one
   * else who may be of that sex is named where they spoke or since: whom a "his" or "her" at hand points to.
   */
  private lastSpeakerOfSex(want: 'm' | 'f', paragraph: number): LocalSpeaker | null {
    let last: LocalSpeaker | null = null;
    let at = -1;
    for (const [s, n] of this.spokeAt) {
      if (n > at) {
        at = n;
        last = s;
      }
    }
    const lastIn = last ? this.spokeIn.get(last) : undefined;
    if (!last || lastIn === undefined || last.kind !== 'person' || last.plural || (last.gender ?? listedGender(last.names)) !== want || paragraph - lastIn > 1) return null;
    const people = [...new Set(this.personByCompact.values())].filter((s) => s !== last && !s.plural && s.kind === 'person');
    // (Anyone else of the possessive's sex named where they spoke or since may be whom it means.)
    // (The speaker's own full name is no naming of another who shares a word of it: "Lindiwe Khumalo said" names
    // no other Khumalo, her husband, whom a "her husband" after it may then mean. Nor is a name inside the quoted
    // words, "'I told him, they can't hear you, Sizwe,' Lindiwe Khumalo said.": the narration names no one there.)
    const said = this.paragraphs.slice(lastIn - 1, paragraph).join('\n').replace(/["“][^"“”\n]*["”]/gu, ' ');
    const since = last.names.filter((n) => /\s/u.test(n)).reduce((t, n) => t.split(n).join(' '), said);
    const named = (s: LocalSpeaker): boolean => s.names.some((n) => n.split(/\s+/u).some((w) => w.length > 1 && sharedRegExp(String.raw`\b${escapeRegExp(w)}\b`, 'u').test(since)));
    if (people.some((s) => (s.gender ?? listedGender(s.names)) !== (want === 'm' ? 'f' : 'm') && named(s))) return null;
    const own = new Set(last.names.map(compactName));
    const other = (n: NameMention): boolean => n.words.length >= 2 && !own.has(n.compact) && (n.kin ?? genderOfName(n.name) ?? listedGender([n.name])) !== (want === 'm' ? 'f' : 'm');
    if (this.mentions.some((n) => n.paragraph >= lastIn && n.paragraph <= paragraph && other(n) && !people.some((s) => s.names.some((x) => compactName(x) === n.compact) && (s.gender ?? listedGender(s.names)) === (want === 'm' ? 'f' : 'm')))) return null;
    return last;
  }

  /** Whether sentence `k` read so far holds a quote (its words masked). */
  /**
   * Whether sentence `k` opens on `s` relaying, with "quotes"/"cites", the words of someone quoted in it: a person
   * described (not `s`) to whom a quote of that sentence is credited.
   */
  private relayedBy(s: LocalSpeaker, p: 'he' | 'she', k: number): boolean {
    const t = this.read.textOf.get(k);
    if (!t || !this.quoteInSentence(k) || !relayerOpens(t.masked.slice(t.from, t.to), p, s.names)) return false;
    return this.locals.some((o) => o !== s && o.kind === 'unnamed' && !o.plural && this.sentenceOf.get(o) === k && this.spokeIn.has(o) && [...o.heads].some((h) => PERSON_NOUNS.has(h) || isPersonNoun(h) || wordNetPersonOnly(h)));
  }

  /** Whether the sentence being read credits its quote to `p` with a verb of writing ("she writes"). */
  private pronounWritesHere(p: 'he' | 'she'): boolean {
    const t = this.read.textOf.get(this.read.sentence);
    return !!t && pronounWrites(t.masked.slice(t.from, t.to), p);
  }

  private quoteInSentence(k: number): boolean {
    const t = this.read.textOf.get(k);
    return !!t && /_{2,}/u.test(t.masked.slice(t.from, t.to));
  }

  /**
   * '"...," his wife replied.' right after a man spoke whom the text brought in as another's husband ("Holm's
   * husband, Piet, ..."): "his" is the one who just spoke, when no one else of his sex is named since he spoke,
   * and the wife is the one the introduction names, the one person the text so calls, of the relation's sex.
   */
  relationHolder(relation: string): ParsedSpeaker | null {
    const paragraph = this.read.paragraph;
    const pk = possessiveKin(relation);
    if (!pk) return null;
    const { sex } = pk;
    const want = pk.owner;
    const last = this.lastSpeakerOfSex(want, paragraph);
    if (!last) return this.kinNamedBefore(want, pk.kin, sex, paragraph, null);
    const people = [...new Set(this.personByCompact.values())].filter((s) => s !== last && !s.plural && s.kind === 'person');
    for (let j = paragraph; j >= 1; j--) {
      // ("Ivo Vell and his wife, Nadia Vell, run a shop." before '"...," Vell said. "...," his wife said.': the one
      // the text brought in as his wife, named so right after him, when the name is one person's of that sex.)
      const owned = ownedRelationIntroduction(this.paragraphs[j - 1]!, pk.kin, last.names);
      if (owned) {
        const fits = people.filter((s) => s.names.some((n) => sameFullName(nameWords(n), nameWords(owned.name))));
        const told = fits.length === 1 ? (fits[0]!.gender ?? listedGender(fits[0]!.names)) : null;
        return told === sex ? { type: 'name', name: fits[0]!.names[0]!, role: null, kind: 'person' } : null;
      }
      const intro = ownerIntroduction(this.paragraphs[j - 1]!, pk.kin, last.names);
      if (!intro) continue;
      // (Brought in as "Sizwe Khumalo and his wife, Lindiwe": the possessive tells the owner's sex where the
      // text and the name lists do not.)
      // (The owner's last words name one person; an opening word, "Then Holm's", is no part of the name.)
      const words = intro.owner.split(/\s+/u);
      for (let k = 0; k < words.length; k++) {
        const tail = words.slice(k).join(' ');
        const fits = people.filter((s) => s.names.some((n) => n === tail || n.split(/\s+/u).at(-1) === tail));
        if (fits.length === 0) continue;
        const told = fits.length === 1 ? (fits[0]!.gender ?? listedGender(fits[0]!.names) ?? intro.ownerSex ?? null) : null;
        return told === sex ? { type: 'name', name: fits[0]!.names[0]!, role: null, kind: 'person' } : null;
      }
      return null;
    }
    return this.kinNamedBefore(want, pk.kin, sex, paragraph, last);
  }

  /**
   * '"...," his uncle said.' after "Tobin Roe fishes .... His uncle, Piet Vaal, taught him.": the one the text
   * named in full as "his uncle" (`kin-named-before.ts`) in this paragraph or the two before, when it so names one
   * person only; the owner, the nearest person of the possessive's sex named before that introduction, is not
   * that kin, is `last` when someone of that sex spoke last, and no one else who may be of that sex is named
   * from the introduction's paragraph on (whose "his" it would be is then no longer sure). Null otherwise.
   */
  private kinNamedBefore(want: 'm' | 'f', kin: string, sex: 'm' | 'f', paragraph: number, last: LocalSpeaker | null): ParsedSpeaker | null {
    const here = this.read.textOf.get(this.read.sentence);
    const found: { paragraph: number; at: number; name: string }[] = [];
    for (let j = 1; j <= paragraph; j++) {
      const text = j === paragraph ? (here ? here.masked.slice(0, here.from) : '') : this.paragraphs[j - 1]!;
      for (const x of kinNamedIn(text, want === 'm' ? 'his' : 'her', kin)) found.push({ paragraph: j, ...x });
    }
    if (found.length === 0 || new Set(found.map((x) => compactName(x.name))).size !== 1) return null;
    const intro = found[0]!;
    if (found.at(-1)!.paragraph < paragraph - 2) return null;
    const kinWords = nameWords(intro.name);
    const other = want === 'm' ? 'f' : 'm';
    // (A name that tells no sex, "Pak Su-chol", has the one the text told of its bearer, "he said", "Mr.": the
    // owner of "his father" may be a man known only so.)
    const toldSex = (n: NameMention): 'm' | 'f' | null => {
      const s = this.personByCompact.get(compactName(n.name));
      return s?.genderSure ? s.gender : null;
    };
    const sexOf = (n: NameMention): 'm' | 'f' | null => n.kin ?? genderOfName(n.name) ?? listedGender([n.name]) ?? toldSex(n);
    // The owner: the nearest person of the possessive's sex named in full before the introduction, in its paragraph
    // or, when it names none before it, the paragraph before.
    const before = this.mentions.filter((n) => n.words.length >= 2 && !sameFullName(n.words, kinWords) && ((n.paragraph === intro.paragraph && n.at < intro.at) || n.paragraph === intro.paragraph - 1));
    const sameParagraph = before.filter((n) => n.paragraph === intro.paragraph);
    const owner = (sameParagraph.length ? sameParagraph : before).filter((n) => sexOf(n) !== other).at(-1);
    if (!owner || sexOf(owner) !== want) return null;
    if (last && !last.names.some((n) => sameFullName(nameWords(n), owner.words))) return null;
    // (No one else who may be of the possessive's sex named since: "his" might be theirs.)
    if (this.mentions.some((n) => n.paragraph >= intro.paragraph && n.paragraph <= paragraph && n.words.length >= 2 && !sameFullName(n.words, kinWords) && !sameFullName(n.words, owner.words) && sexOf(n) !== other)) return null;
    const people = [...new Set(this.personByCompact.values())].filter((s) => !s.plural && s.kind === 'person' && s.names.some((n) => sameFullName(nameWords(n), kinWords)));
    if (people.length > 1) return null;
    const told = people.length === 1 ? (people[0]!.gender ?? listedGender(people[0]!.names)) : (genderOfName(intro.name) ?? listedGender([intro.name]));
    if (told && told !== sex) return null;
    this.lastPath = 'description: the kin the text named in full as such before';
    return { type: 'name', name: people[0]?.names[0] ?? intro.name, role: null, kind: 'person' };
  }

  private opensWithAideOf(k: number, s: LocalSpeaker, want: 'm' | 'f'): boolean {
    const at = this.read.textOf.get(k);
    if (!at) return false;
    const m = aideOpening(at.masked.slice(at.from, at.to));
    if (!m) return false;
    const own = new Set(s.names.flatMap((n) => nameWords(n)));
    if (!own.has(nameWords(m[1]!)[0] ?? '')) return false;
    const other = nameWords(m[3]!);
    if (other.some((w) => own.has(w))) return false;
    const g = genderOfName(m[3]!);
    return !g || g === want;
  }

  /** Of `a` and `b`, both seen in sentence `k`, the one named as the subject of its main clause after a fronted clause of time or cause. */
  private mainSubjectOf(k: number, a: LocalSpeaker, b: LocalSpeaker): LocalSpeaker | null {
    const at = this.read.textOf.get(k);
    if (!at || this.sentenceOf.get(a) !== k || this.sentenceOf.get(b) !== k) return null;
    const name = mainClauseSubject(at.masked.slice(at.from, at.to));
    const last = name ? nameWords(name).at(-1) : undefined;
    if (!last) return null;
    const hasIt = (x: LocalSpeaker): boolean => x.names.some((n) => nameWords(n).includes(last));
    if (hasIt(a) === hasIt(b)) return null;
    return hasIt(a) ? a : b;
  }

  /** Whether sentence `k` closes on a credit of what it reports to a name not of `s` ("..., Brandt said."). */
  private writingsOfOtherBefore(k: number, s: LocalSpeaker, want: 'm' | 'f'): boolean {
    const here = this.read.textOf.get(this.read.sentence);
    const at = this.read.textOf.get(k);
    if (!here || !at) return false;
    if (!(want === 'm' ? HE_WROTE : SHE_WROTE).test(here.masked.slice(here.from, here.to))) return false;
    const m = WRITINGS_BY.exec(at.masked.slice(at.from, at.to));
    if (!m) return false;
    const writer = m[1] ?? m[2] ?? m[3]!;
    const title = /^(Mr|Mrs|Ms|Miss|Dr)\.?\s/u.exec(writer.replace(/^the\s+\S+\s+/u, ''))?.[1];
    if (title && title !== 'Dr' && (title === 'Mr') !== (want === 'm')) return false;
    const words = nameWords(writer.replace(/^the\s+\S+\s+/u, '').replace(/^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+/u, ''));
    const g = genderOfName(words.join(' '));
    if (!title && g && g !== want) return false;
    const own = new Set(s.names.flatMap((n) => nameWords(n)));
    return words.length > 0 && !words.every((w) => own.has(w));
  }

  /** Whether sentence `k` has a capitalised word not of `s`'s names right before a verb of reporting ("J.Bold recalled that"). */
  /**
   * Whether sentence `k` has for its subject, past a short fronted phrase with no comma ("At the plant Lutz
   * talked."), a person other than `s` of gender `want` or of none told (a word the reading knows as no one counts
   * when it may be a person's surname).
   */
  private frontedSubjectOtherAt(k: number, s: LocalSpeaker, want: 'm' | 'f'): boolean {
    const at = this.read.textOf.get(k);
    if (!at) return false;
    const w = subjectPastFrontedPhrase(at.masked.slice(at.from, at.to));
    const key = w ? (nameWords(w)[0] ?? '') : '';
    if (!key || s.names.some((n) => nameWords(n).includes(key))) return false;
    const known = this.known.byEnd(key);
    if (known) return known !== s && known.kind === 'person' && !known.plural && !(known.gender && known.gender !== want);
    return unknownWordMayBePerson(w!, want);
  }

  private reportingSubjectOtherAt(k: number, s: LocalSpeaker): boolean {
    const at = this.read.textOf.get(k);
    if (!at) return false;
    const m = REPORTING_SUBJECT.exec(at.masked.slice(at.from, at.to));
    if (!m) return false;
    const words = nameWords(m[1]!);
    return words.length > 0 && !s.names.some((n) => nameWords(n).some((w) => words.includes(w)));
  }

  private creditedOtherAt(k: number, s: LocalSpeaker): boolean {
    const at = this.read.textOf.get(k);
    if (!at) return false;
    const m = CLOSING_CREDIT.exec(at.masked.slice(at.from, at.to));
    if (!m) return false;
    // ("..., KCNA said. The agency quoted him as saying "..."": the body credited before is the medium quoting the
    // pronoun now, no rival for it; `medium-quoting-pronoun.ts`.)
    const here = this.read.textOf.get(this.read.sentence);
    const body = /^[\p{Lu}]{2,}$/u.test(m[1]!) || this.locals.some((l) => l.kind === 'organisation' && l.names.some((n) => compactName(n) === compactName(m[1]!)));
    if (body && here && pronounMediumQuotes(here.masked.slice(here.from, here.to))) return false;
    const last = nameWords(m[1]!).at(-1);
    return !!last && !s.names.some((n) => nameWords(n).includes(last));
  }

  /** Whether a sentence after sentence `seen` (of the last few), before the one being read, opens with another person the pronoun may mean. */
  /**
   * Whether a sentence of this paragraph before the one where `other` was last seen has `p` as its subject
   * ("What she found, she says, was ...") and does not name `other`: the paragraph's narration ran on that
   * pronoun before `other` came in. The thread must be `s`'s: a sentence between it and `other` that names
   * another the pronoun may mean breaks it ("He then outlined ... Cruz said ... The Ohio governor said ...
   * '...,' he said": the "he" far back is someone else's, and the governor just named is the nearer answer).
   */
  private pronounThreadBefore(other: LocalSpeaker, p: 'he' | 'she', s: LocalSpeaker, want: 'm' | 'f'): boolean {
    const here = this.read.textOf.get(this.read.sentence);
    const seen = this.sentenceOf.get(other);
    if (!here || seen === undefined) return false;
    const words = new Set(other.names.flatMap((n) => nameWords(n)));
    for (let k = this.read.sentence - 1; k > 0; k--) {
      const at = this.read.textOf.get(k);
      if (!at || at.masked !== here.masked) return false;
      if (k >= seen) continue;
      if ((this.read.namedIn.get(k)?.named ?? []).some((m) => m.words.some((w) => words.has(w)))) continue;
      if (pronounSubject(at, p)) return true;
      if (namesSomeoneElse(this.known, k, s, want)) return false;
    }
    return false;
  }

  private someoneElseSince(seen: number, s: LocalSpeaker, want: 'm' | 'f'): boolean {
    for (let k = Math.max(seen + 1, this.read.sentence - CARRIED_SENTENCES); k < this.read.sentence; k++) if (opensWithOtherPerson(this.known, k, s, want)) return true;
    return false;
  }

  /** Whether no sentence after sentence `seen`, up to the one being read, names anyone but `s` whom the pronoun may mean. */
  /**
   * Whether `s` is the only person the document has named or brought in up to this paragraph: a profile's
   * opening scene names its subject alone ("Vera Lund was at her desk by dawn. The screens ... ¶ '...,' she
   * says."), and the pronoun can mean no one else, whatever gender the first name leaves untold.
   */
  private onlyPersonSoFar(s: LocalSpeaker, paragraph: number): boolean {
    const own = new Set(s.names.map((n) => compactName(n)));
    const ends = new Set(s.names.map((n) => nameWords(n).at(-1)));
    for (const m of this.mentions) {
      // ("Russia's Amur region": a name a possessive opens is something owned, no person.)
      if (m.paragraph > paragraph || /['’]s\s/u.test(m.name) || classifyProperName(m.name) !== 'person') continue;
      if (!own.has(m.compact) && !(m.words.length === 1 && ends.has(m.words[0]))) return false;
    }
    return !this.locals.some((x) => x !== s && x.kind !== 'organisation' && !x.plural);
  }

  private noOneElseSince(seen: number, s: LocalSpeaker, want: 'm' | 'f'): boolean {
    for (let k = seen + 1; k < this.read.sentence; k++) if (namesSomeoneElse(this.known, k, s, want)) return false;
    return true;
  }

  /**
   * Whether the bare "the researcher" may be the analyst quoted in this sentence or the one before: writers vary
   * the word for a commentator ("the analyst", "the researcher", "the expert") from one sentence to the next,
   * never for someone not just quoted.
   */
  private expertJustQuoted(s: LocalSpeaker, d: Extract<ParsedSpeaker, { type: 'description' }>): boolean {
    if (!EXPERT_HEADS.has(d.head) || !/^the\s+[\p{Ll}]+$/iu.test(d.text) || s.kind !== 'person' || ![...s.heads].some((h) => EXPERT_HEADS.has(h))) return false;
    const spoke = this.spokeAt.get(s);
    return spoke !== undefined && spoke >= this.read.sentence - 1;
  }

  /** Whether the sentence being read opens with one of the descriptions `s` was given, as its subject. */
  /** Whether this sentence names, before its first pronoun `p`, a person other than `s` whose gender is untold or `p`'s. */
  private untoldOtherBefore(s: LocalSpeaker, p: 'he' | 'she'): boolean {
    const at = this.read.namedIn.get(this.read.sentence);
    const here = this.read.textOf.get(this.read.sentence);
    if (!at || !here) return false;
    const text = here.masked.slice(here.from, here.to);
    const pronounAt = sharedRegExp(String.raw`\b${p}\b`, 'iu').exec(text)?.index ?? -1;
    if (pronounAt < 0) return false;
    const own = new Set(s.names.flatMap((n) => nameWords(n)));
    const want = p === 'he' ? 'm' : 'f';
    return at.named.some((m) => {
      if (m.words.length < 2 || m.words.some((w) => own.has(w)) || m.at - here.from >= pronounAt || m.at < here.from) return false;
      if (classifyProperName(m.name) !== 'person') return false;
      const other = this.personByCompact.get(m.compact);
      if (other && other.kind !== 'person') return false;
      const g = other?.gender ?? genderOfName(m.name) ?? titleGender(m.role);
      return !g || g === want;
    });
  }

  /**
   * Whether this sentence opens with `s` as its subject and goes on, past no other person's name, to a clause
   * joined by "but" or "and" whose subject is the pronoun (after a few words of time at most): "X did not
   * speak, but a week earlier she had said".
   */
  private conjoinedSubject(s: LocalSpeaker, p: 'he' | 'she'): boolean {
    if (!this.opensSentence(s)) return false;
    const here = this.read.textOf.get(this.read.sentence);
    if (!here) return false;
    const text = here.masked.slice(here.from, here.to).trimStart();
    const m = sharedRegExp(String.raw`,\s+(?:but|and|yet)\s+(?:[\p{Ll}\d][\p{Ll}\d\s-]{0,30}?\s+)?${p}\b`, 'u').exec(text);
    if (!m) return false;
    // The pronoun's first use in the sentence, and no other person named before it (the name that opens the
    // sentence aside: its own words are read past).
    if (sharedRegExp(String.raw`\b${p}\b`, 'iu').exec(text)!.index < m.index) return false;
    const name = s.names.find((n) => text.toLowerCase().startsWith(n.toLowerCase()))!;
    const between = text.slice(name.length, m.index);
    for (const w of between.matchAll(/(?<![\p{L}'’.-])[\p{Lu}][\p{Ll}'’-]+/gu)) if (classifyProperName(w[0].replace(/['’]s$/u, '')) === 'person') return false;
    return true;
  }

  private opensSentence(s: LocalSpeaker): boolean {
    const here = this.read.textOf.get(this.read.sentence);
    if (!here) return false;
    const opening = here.masked.slice(here.from, here.to).trimStart().toLowerCase();
    return s.names.some((n) => opening.startsWith(n.toLowerCase()) && /^[\s,]/u.test(opening.slice(n.length)));
  }

  /**
   * Whether sentence `at` opens with one of `s`'s names or their last word ("Orlov has ..."), then a space or a
   * comma, as the subject of anything but a question ("Tallis asked whether ..." is answered by someone else).
   */
  private opensWithNameAt(s: LocalSpeaker, at: number): boolean {
    const there = this.read.textOf.get(at);
    if (!there) return false;
    const opening = there.masked.slice(there.from, there.to).trimStart().toLowerCase();
    if (s.names.some((n) => [n.toLowerCase(), nameWords(n).at(-1) ?? n].some((w) => opening.startsWith(w) && /^[\s,]/u.test(opening.slice(w.length)) && !ASKING_VERB.test(opening.slice(w.length))))) return true;
    // (Or a full name set off after a short description opening the sentence: "Berg's deputy, Ola Lie, said ...".)
    return s.names.some((n) => {
      if (!/\s/u.test(n)) return false;
      const at = opening.indexOf(`, ${n.toLowerCase()},`);
      return at > 0 && at <= 50 && !/[,;:]/u.test(opening.slice(0, at)) && !ASKING_VERB.test(opening.slice(at + n.length + 3));
    });
  }

  /**
   * "His grandson, Pim, 9, had other worries. '...,' the boy said.", "Welk laughed. '...,' the old miller said.":
   * news writing varies its words for the one person it has just made a sentence's subject. A definite
   * description crediting a quote, no title of office (those the roles above tie, or leave to someone new), its
   * head word used nowhere before in the text: the person named last, the subject of the sentence right before
   * in the same paragraph, with no one else seen since, nor in that sentence after them, when a noun's sex does
   * not rule them out. Else null: a description the text never tied to anyone stays someone new.
   */
  private subjectJustBefore(d: Extract<ParsedSpeaker, { type: 'description' }>, paragraph: number): LocalSpeaker | null {
    const head = d.head.toLowerCase();
    // ("the expert", "the analyst" for one just named as a research fellow or a professor: news writing calls a
    // commentator by the trade of commenting; the role the text gave them must be one of learning.)
    const learned = LEARNED_HEADS.test(head);
    if (!/^[\p{Ll}-]+$/u.test(head) || TITLES.has(head) || (OFFICE_HEADS.test(head) && !learned) || ORG_NOUNS.has(head)) return null;
    // ("NAME posted .... On the thread, the top comment reads: ...": a written thing, no person, is no epithet for
    // the one before, `thing-head.ts`.)
    if (thingHead(head)) return null;
    // "The family's statement read: ..." after "The family's lawyer, NAME, said ...": a paper its owner's
    // possessive gives to someone is theirs, not the last sentence's subject's.
    if (ISSUED_HEADS.has(head) && /['’]s?\s/u.test(d.text)) return null;
    const k = this.read.sentence - 1;
    const here = this.read.textOf.get(this.read.sentence);
    const before = this.read.textOf.get(k);
    // The sentence before is in the quote's paragraph (both sentences share its masked text).
    if (!here || !before || here.masked !== before.masked) return null;
    const prev = before.masked.slice(before.from, before.to);
    // Its subject: a name opening it before a lowercase verb, after a fronted clause of time or cause, or after a
    // description set off by commas ("His grandson, Pim, 9, had ...").
    // (Past an aside set off by commas after it: "Arman Roe, no relation to the MP, runs a firm ...".)
    const opening = /^\s*((?:[\p{Lu}][\p{L}'’-]*)(?:\s+[\p{Lu}][\p{L}'’-]*){0,3})(?:\s*,\s+(?:no\s+relation|not\s+related)\b[^,"“”]{0,60},)?\s+(?!(?:and|or|of|in|on|at|to|for|with|from|by)\b)[\p{Ll}]/u.exec(prev)?.[1];
    const name = [opening, mainClauseSubject(prev), describedSubject(prev.trimStart())?.name].find((n): n is string => !!n && !NOT_A_SUBJECT.test(n.split(/\s+/u)[0]!) && this.knowsName(n));
    if (!name) return null;
    // "Roe was asked a question. '...,' the moderator said.": a sentence before that has its subject asked, told or
    // acted on by someone it leaves unnamed brings that other one in; the description may be them.
    if (ACTED_ON.test(prev)) return null;
    const ends = new Set(nameWords(name));
    // No one else named in the sentence before or in the quote's own before the credit, nor seen there.
    if (this.mentions.some((m) => m.paragraph === paragraph && m.at >= before.from && m.at < here.to && !m.words.some((w) => ends.has(w)))) return null;
    if (this.recent.at(-1) === AMBIGUOUS) return null;
    // (Nor a known person's surname alone there: "Lindqvist looked at Dahl.")
    const rest = prev.slice(prev.indexOf(name) + name.length);
    if ([...rest.matchAll(/(?<![\p{L}'’-])[\p{Lu}][\p{L}'’-]+/gu)].some((m) => !ends.has(nameWords(m[0])[0] ?? '') && this.knowsName(m[0]))) return null;
    const seenHere = (x: LocalSpeaker): boolean => x !== AMBIGUOUS && (this.sentenceOf.get(x) ?? -1) >= k && !x.names.some((n) => nameWords(n).some((w) => ends.has(w)));
    if (this.recent.some(seenHere)) return null;
    // The head word used before for anyone or anything ("the announcer", "a miller at the gate"): the text may mean them.
    const text = [...this.paragraphs.slice(0, paragraph - 1), here.masked.slice(0, before.to)].join('\n');
    if (sharedRegExp(String.raw`\b${head}\b`, 'iu').test(text)) return null;
    const sex = nounSex(head);
    const told = this.knownGender(name) ?? genderOfName(name);
    if (sex && told && told !== sex) return null;
    const found = this.resolvePerson(name, paragraph, null);
    if (learned && !(found && found !== AMBIGUOUS && (found.kind === 'person' && [...found.roles, ...found.mentionRoles, ...this.appositiveRoles(found, paragraph)].some((r) => LEARNED_ROLE.test(learnedReading(r)))))) return null;
    // ("Her husband, Ivo Roen, a retired border guard, joined her. '...,' the retired nurse said.": one retires
    // from a calling, so "the retired nurse" names a calling; the text gave him another, so it is not him. So too
    // a profession's noun, "the nurse", "the teacher", which no one is called for age or looks.)
    // ("A border guard, Ivo Darn, stood by the gate. '...,' the engineer said.": a trade is a calling as much as a
    // profession is; only a word of sex, kin, age or residence, "the veteran", names him whatever his calling.)
    if (found && found !== AMBIGUOUS && found.kind === 'person' && (PAST_CALLING.test(d.text) || isKindOf(head, 'professional', 4, 1) || (!learned && !namesNoCalling(head)))) {
      const callings = [...found.roles, ...found.mentionRoles].filter((r) => kinSex(r.split(/\s+/u).at(-1) ?? r) === null && nounSex(r.split(/\s+/u).at(-1) ?? r) === null);
      if (callings.length > 0 && !callings.some((r) => roleFits(r, head, [], true) || roleInCategory(r, head))) return null;
    }
    return found;
  }

  /** The roles set off by commas right after one of `s`'s full names up to paragraph `paragraph` ("NAME, a fellow at X,"). */
  private appositiveRoles(s: LocalSpeaker, paragraph: number): string[] {
    const text = this.paragraphs.slice(0, paragraph).join('\n');
    return s.names.filter((n) => /\s/u.test(n)).flatMap((n) => [...text.matchAll(sharedRegExp(String.raw`${n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')},\s+((?:a|an|the)\s[^,.;:]{1,80})`, 'gu'))].map((m) => m[1]!));
  }

  /**
   * "Lin said he agreed with that. '...,' he said.": the subject of the sentence just before, in the same
   * paragraph, who reported `p` saying or doing (`self-report-before.ts`), when this sentence names no one and the
   * subject is a person known by that name whose sex the text has not told to be the other. Else null.
   */
  private selfReporterBefore(p: 'he' | 'she', paragraph: number): LocalSpeaker | null {
    const here = this.read.textOf.get(this.read.sentence);
    const before = this.read.textOf.get(this.read.sentence - 1);
    if (!here || !before || here.masked !== before.masked) return null;
    const name = selfReportingSubject(before.masked.slice(before.from, before.to), p);
    if (!name || NOT_A_SUBJECT.test(name.split(/\s+/u)[0]!) || !this.knowsName(name) || this.namesKnownPerson(this.read.sentence)) return null;
    const s = this.resolvePerson(name, paragraph, null);
    if (s === AMBIGUOUS || s.kind !== 'person' || s.plural) return null;
    if (s.genderSure && s.gender && s.gender !== (p === 'he' ? 'm' : 'f')) return null;
    return s;
  }

  /**
   * "Back in Oslo, Brekke's own view was that the thaw would not last. '...,' she said.": a sentence whose subject
   * is a known person's view, answer or reply ("NAME's answer was ...", "NAME's reply: ...") gives the floor to
   * that person; the pronoun in the next sentence of the paragraph is theirs, when their gender is `want` or
   * untold and neither sentence names anyone else. Else null (the pronoun is read the ordinary way).
   */
  /**
   * "His cashier laughed at that. '...,' she said.": the sentence before, in the same paragraph, opens on a helper
   * of someone of the other sex than the pronoun's, with a gesture or a view (`possessed-gesture.ts`): the helper,
   * the only person of the pronoun's sex the two sentences bring in, when the pronoun's own sentence names no one.
   */
  private possessedGestureBefore(want: 'm' | 'f', paragraph: number): LocalSpeaker | null {
    const here = this.read.textOf.get(this.read.sentence);
    const before = this.read.textOf.get(this.read.sentence - 1);
    if (!here || !before || here.masked !== before.masked) return null;
    if (/[\p{Lu}]/u.test(here.masked.slice(here.from, here.to).replace(/^\s*\S+/u, '').replace(/["“”][^"“”]*["”]/gu, ''))) return null;
    const described = possessedGestureOfSex(before.masked.slice(before.from, before.to), want);
    const parsed = described ? parseSubjectPhrase(described) : null;
    if (parsed?.type !== 'description' || parsed.kind !== 'unnamed' || parsed.plural) return null;
    return this.resolve(parsed, paragraph, null, false);
  }

  /**
   * The person the sentence right before reports on, "BODY said NAME left ...", when this sentence has a medium quote
   * "him" or "her" as saying the words, the body is a body the reading knows (or an acronym), the name is a person's
   * full name of the pronoun's sex or of none told, and the sentence before names no other person; null otherwise.
   */
  private reportedByMediumBefore(want: 'm' | 'f', paragraph: number): LocalSpeaker | null {
    const cur = this.read.sentence;
    const here = this.read.textOf.get(cur);
    const before = this.read.textOf.get(cur - 1);
    if (!here || !before) return null;
    const pronoun = pronounMediumQuotes(here.masked.slice(here.from, here.to));
    if (!pronoun || (pronoun === 'he' ? 'm' : 'f') !== want) return null;
    const prev = before.masked.slice(before.from, before.to);
    const found = bodyReportedName(prev);
    if (!found) return null;
    const body = found.body.replace(/^[Tt]he\s+/u, '');
    if (!/^[\p{Lu}]{2,}$/u.test(body) && !this.locals.some((l) => l !== AMBIGUOUS && l.kind === 'organisation' && l.names.some((n) => compactName(n) === compactName(found.body) || compactName(n) === compactName(body)))) return null;
    const parsed = parseSubjectPhrase(found.name);
    if (parsed?.type !== 'name' || parsed.kind !== 'person' || !/\s/u.test(parsed.name)) return null;
    const sex = genderOfName(parsed.name);
    if (sex && sex !== want) return null;
    // (No one else named in that sentence: "KCNA said Ren Tavo met Ivo Brand" leaves "him" open.)
    const own = new Set(nameWords(parsed.name));
    const beforeParagraph = this.read.paragraph === paragraph && here.masked === before.masked ? paragraph : paragraph - 1;
    if (this.mentions.some((m) => m.paragraph === beforeParagraph && m.at >= before.from && m.at < before.to && !m.words.every((w) => own.has(w)) && classifyProperName(m.name) === 'person')) return null;
    const person = this.resolvePerson(parsed.name, paragraph, parsed.role);
    return person === AMBIGUOUS || person.kind !== 'person' ? null : person;
  }

  /**
   * The relative owned by a known person's name ("Pryle's wife") who opens the sentence right before the pronoun's
   * as its subject, of the pronoun's sex, when the pronoun's sentence names no one (outside its quotes) and the owner
   * is one person the text knows: that relative as described (null otherwise).
   */
  private ownedKinJustBefore(want: 'm' | 'f', paragraph: number): LocalSpeaker | null {
    const cur = this.read.sentence;
    const here = this.read.textOf.get(cur);
    const before = this.read.textOf.get(cur - 1);
    if (!here || !before) return null;
    // (Nothing but the pronoun and its verb round the quote: no one else the pronoun may mean.)
    if (/[\p{Lu}]/u.test(here.masked.slice(here.from, here.to).replace(/["“”][_\s.,!?]*["“”]?/gu, ' ').replace(/^\s*\S+/u, ''))) return null;
    const found = ownedKinSubject(before.masked.slice(before.from, before.to), want);
    if (!found) return null;
    // The owner's surname is one the text gave a person (a husband and wife may both bear it).
    const end = nameWords(found.owner).at(-1) ?? '';
    const holders = [...new Set(this.personByCompact.values())].filter((s) => s !== AMBIGUOUS && s.kind === 'person' && !s.plural && s.names.some((n) => nameWords(n).at(-1) === end));
    if (holders.length === 0) return null;
    const parsed = parseSubjectPhrase(found.description);
    if (parsed?.type !== 'description' || parsed.kind !== 'unnamed' || parsed.plural) return null;
    // ("His wife, Odile Pryle," of Thomas Pryle before: the one the text named as that relative of one holder, `kinOf`.)
    const named = [...new Set(holders.map((h) => this.kinOf(h, parsed.head.toLowerCase(), want, paragraph)).filter((n): n is string => n !== null))];
    const person = named.length === 1 ? this.resolvePerson(named[0]!, paragraph, null) : null;
    if (person && person !== AMBIGUOUS && person.kind === 'person' && person.names.includes(named[0]!)) return person;
    return this.resolve(parsed, paragraph, null, false);
  }

  private possessiveSubjectBefore(want: 'm' | 'f', paragraph: number): LocalSpeaker | null {
    const cur = this.read.sentence;
    const here = this.read.textOf.get(cur);
    const before = this.read.textOf.get(cur - 1);
    if (!here || !before || here.masked !== before.masked) return null;
    const prev = before.masked.slice(before.from, before.to);
    // (Or the owner's words themselves, where they were said: "Roe's own words at the dinner were warmer".)
    const m = /^\s*(?:[^,;:"“”]{1,40},\s+)?((?:[\p{Lu}][\p{L}-]+\s+){0,2}[\p{Lu}][\p{L}-]+)['’]s\s+(?:(?:own|first|only|short|blunt|simple|private|considered|last|final|closing|latest)\s+){0,2}(?:view|answer|reply|response|verdict|advice|assessment|explanation|opinion|prediction|reading|take|conclusion|message|(?:words|remarks|comments)(?:\s+(?:at|in|on|during|before|after)\s+[^,;:"“”_]{1,40}?)?)\s*(?:was|is|were|are|has\s+been|have\s+been|:)/u.exec(prev);
    if (!m) return null;
    const words = nameWords(m[1]!);
    let owner = this.personByEnd.get(words.at(-1) ?? '');
    if (owner && owner !== AMBIGUOUS && !owner.names.some((n) => nameWords(n).at(-1) === words.at(-1))) owner = undefined;
    // (A family name written first, "Kim" of "Kim Jong Un", is no end of a name: the person it names, read as any
    // bare name is, when one.)
    if (!owner && words.length === 1) {
      const read = this.resolvePerson(m[1]!, paragraph, null);
      owner = read !== AMBIGUOUS && read.kind === 'person' && read.names.some((n) => nameWords(n)[0] === words[0]) ? read : undefined;
    }
    if (!owner || owner === AMBIGUOUS || owner.kind !== 'person' || owner.plural) return null;
    const sex = owner.gender ?? listedGender(owner.names);
    if (sex && sex !== want) return null;
    // No one else named in either sentence; but for the one the pronoun's own verb addresses, "He told Kask that
    // ...", who cannot be that "he" (the owner can never be it: "He told Roe" leaves Roe's words to no one).
    const own = new Set(owner.names.flatMap((n) => nameWords(n)));
    const hereText = here.masked.slice(here.from, here.to);
    const addressed = ADDRESSED_BY_PRONOUN.exec(hereText);
    if (addressed && nameWords(addressed[1]!).some((w) => own.has(w))) return null;
    const skipFrom = addressed ? here.from + addressed[0].length - addressed[1]!.length : -1;
    const skipTo = addressed ? here.from + addressed[0].length : -1;
    for (const t of [prev, addressed ? hereText.slice(addressed[0].length) : hereText]) {
      for (const w of t.matchAll(/[\p{Lu}][\p{L}'’-]+/gu)) {
        const word = nameWords(w[0].replace(/['’]s$/u, ''))[0];
        if (word && !own.has(word) && this.personByEnd.has(word)) return null;
      }
    }
    if (this.mentions.some((x) => x.paragraph === paragraph && x.at >= before.from && x.at < here.to && !(x.at >= skipFrom && x.at < skipTo) && !x.words.some((w) => own.has(w.toLowerCase())))) return null;
    return owner;
  }

  /** Whether this sentence opens its paragraph right after a paragraph that the sentence before opened. */
  private opensParagraphAfterOne(): boolean {
    const here = this.read.textOf.get(this.read.sentence);
    const before = this.read.textOf.get(this.read.sentence - 1);
    return !!here && !!before && here.masked !== before.masked && here.masked.slice(0, here.from).trim() === '' && before.masked.slice(0, before.from).trim() === '';
  }

  /**
   * "Dana Pike, a researcher at the Coastal Institute, said ... [new paragraph] "...," the expert added.": writers
   * vary the word for a commentator ("the expert", "the analyst") from the one the text gave them. A bare "the
   * expert" (or another of EXPERT_HEADS) credited for a quote is the one person named in full, in its paragraph
   * before its sentence or in the paragraph before, whom the text gave a role of that family (a title before the
   * name, "Economist Piet Hale", or one set off after it), when no one else is named after that person up to the
   * credit, the credit's sentence names no one, and no one else there was given a commentator's role. Else null.
   */
  private expertNamedJustBefore(d: Extract<ParsedSpeaker, { type: 'description' }>, paragraph: number): LocalSpeaker | null {
    if (!EXPERT_HEADS.has(d.head) || !/^the\s+[\p{Ll}]+$/iu.test(d.text)) return null;
    const at = this.read.textOf.get(this.read.sentence);
    if (!at) return null;
    const window = this.mentions.filter((m) => (m.paragraph === paragraph && m.at < at.from) || m.paragraph === paragraph - 1);
    const headsOf = (m: NameMention): string[] => (m.role ? normaliseName(m.role).split(/\s+/u).map(singular) : []);
    const fitting = window.filter((m) => headsOf(m).some((h) => EXPERT_FAMILY.has(h)));
    if (fitting.length === 0 || new Set(fitting.map((m) => m.compact)).size !== 1) return null;
    const fit = fitting[fitting.length - 1]!;
    const own = new Set(fit.words.map((w) => w.toLowerCase()));
    // No one else named in full there who was given a commentator's role of any kind, nor after them.
    if (window.some((m) => m.compact !== fit.compact && (headsOf(m).some((h) => COMMENTATOR_HEADS.has(h)) || m.paragraph > fit.paragraph || (m.paragraph === fit.paragraph && m.at > fit.at)))) return null;
    if (this.mentions.some((m) => m.paragraph === paragraph && m.at >= at.from && m.at < at.to)) return null;
    // Nor a known person's name alone between them and the credit ("Lind disagreed."), the credit's sentence included.
    const between = fit.paragraph === paragraph ? at.masked.slice(fit.at + fit.name.length, at.to) : `${(this.paragraphs[paragraph - 2] ?? '').slice(fit.at + fit.name.length)}\n${at.masked.slice(0, at.to)}`;
    for (const w of between.matchAll(/(?<![\p{L}'’-])[\p{Lu}][\p{L}'’-]+/gu)) {
      const word = nameWords(w[0])[0];
      if (word && !own.has(word.toLowerCase()) && this.knowsName(w[0].replace(/['’]s$/u, ''))) return null;
    }
    // (A sentence opened by a surname the text has not named in full counts too: "Omdal disagreed.")
    for (const m of between.matchAll(SENTENCE_SUBJECT_WORD)) {
      const word = m[1]!;
      if (!own.has(word.toLowerCase()) && !FUNCTION_WORDS.has(word.toLowerCase()) && !inWordNet(word) && !inWordNet(word.replace(/s$/u, ''))) return null;
    }
    return this.resolvePerson(fit.name, paragraph, fit.role);
  }

  /** Whether the sentence before this one opens this sentence's paragraph. */
  private opensParagraphBefore(): boolean {
    const here = this.read.textOf.get(this.read.sentence);
    const before = this.read.textOf.get(this.read.sentence - 1);
    return !!here && !!before && here.masked === before.masked && before.masked.slice(0, before.from).trim() === '';
  }

  /** Whether sentence `k` (its narration, quotes masked) holds a capitalised word that is a known person's first or last name. */
  private namesKnownPerson(k: number): boolean {
    const there = this.read.textOf.get(k);
    if (!there) return false;
    for (const m of there.masked.slice(there.from, there.to).matchAll(/[\p{Lu}][\p{L}'’-]+/gu)) {
      const w = nameWords(m[0])[0];
      if (w && this.personByEnd.get(w)?.kind === 'person') return true;
    }
    return false;
  }

  /** Whether sentence `k` has a clause after a semicolon opened by a known person other than `s`, not of the other gender. */
  /**
   * Whether sentence `k` closes on someone other than `s`, named in full with a first name of gender `want`
   * that the English lists give that gender alone, set off by a "who" clause ("..., who shrugged.").
   */
  private actorOfWhoClause(k: number, s: LocalSpeaker, want: 'm' | 'f'): boolean {
    const at = this.read.textOf.get(k);
    if (!at) return false;
    const text = at.masked.slice(at.from, at.to);
    const m = /([\p{Lu}][\p{Ll}'’-]+\s+[\p{Lu}][\p{L}'’-]+),\s+who\s+(?:(?:then|only|just|simply|merely)\s+)?[\p{Ll}]+(?:\s+[\p{Ll}]+){0,4}[.!?]?\s*$/u.exec(text);
    if (!m) return false;
    const own = new Set(s.names.flatMap((n) => nameWords(n)));
    if (nameWords(m[1]!).some((w) => own.has(w))) return false;
    return genderOfName(m[1]!) === want && listedGender([m[1]!]) === want;
  }

  /**
   * Whether one of the two sentences before this one has `s`, by a word of their name, question someone else
   * ("Vance cross-examined the defendant, Karl Uhl", "Vance questioned Karl Uhl for hours"), one named in full or
   * described, whose name or noun tells no gender other than `want`.
   */
  private questionedOther(s: LocalSpeaker, want: 'm' | 'f'): boolean {
    const own = new Set(s.names.flatMap((n) => nameWords(n)));
    for (let k = Math.max(0, this.read.sentence - 2); k < this.read.sentence; k++) {
      const at = this.read.textOf.get(k);
      if (!at) continue;
      const text = at.masked.slice(at.from, at.to);
      const m = QUESTIONED_OTHER.exec(text) ?? (k === this.read.sentence - 1 ? ASKED_OTHER.exec(text) : null);
      if (!m || !own.has(nameWords(m[1]!)[0] ?? '')) continue;
      const name = m[3];
      const noun = m[2]?.trim().split(/\s+/u).pop();
      if (name && nameWords(name).some((w) => own.has(w))) continue;
      const g = name ? (genderOfName(name) ?? listedGender([name])) : null;
      const ng = noun ? nounSex(noun, { plural: false }) : null;
      if ((g && g !== want) || (ng && ng !== want)) continue;
      if (!name && !(noun && (PERSON_NOUNS.has(noun) || isPersonNoun(noun)))) continue;
      return true;
    }
    return false;
  }

  private otherClauseSubject(k: number, s: LocalSpeaker, want: 'm' | 'f'): boolean {
    const there = this.read.textOf.get(k);
    if (!there) return false;
    const text = there.masked.slice(there.from, there.to);
    if (!text.includes(';')) return false;
    const own = new Set(s.names.flatMap((n) => nameWords(n)));
    for (const m of text.matchAll(/;\s+(?:(?:but|and|while|whereas)\s+)?([\p{Lu}][\p{L}'’-]+)\s+([\p{Ll}][\p{Ll}'’-]*)/gu)) {
      const w = nameWords(m[1]!)[0];
      if (!w || own.has(w)) continue;
      const other = this.personByEnd.get(w);
      if (other && other !== s && !(other.gender && other.gender !== want)) return true;
      // "Ruiz won the first round; Kell won the second.": a bare surname the reading never met as a person, the
      // subject of its own clause (a verb follows), may be one as well; when neither has a gender told, either
      // may be meant. (Not against one whose gender is known: "Mr. Ruiz won; Heathrow stayed shut.")
      if (!other && !s.gender && !/['’]s?$/u.test(m[1]!) && !FUNCTION_WORDS.has(m[1]!.toLowerCase()) && !FUNCTION_WORDS.has(m[2]!) && VERB_LIKE.test(m[2]!) && unknownWordMayBePerson(m[1]!, want)) return true;
    }
    return false;
  }

  /** Whether `s` was the subject or speaker of this sentence or the one before, or spoke in this paragraph or the one before. */
  private near(s: LocalSpeaker, paragraph: number): boolean {
    const seen = this.sentenceOf.get(s) ?? -1;
    if (seen >= this.read.sentence - 1) return true;
    const spoke = this.spokeIn.get(s);
    return spoke !== undefined && paragraph - spoke <= 1;
  }

  /** (`words` is `nameWords(name)`, when the caller has it already.) */
  private resolvePerson(name: string, paragraph: number, titleRole: string | null, words: readonly string[] = nameWords(name)): LocalSpeaker {
    // "Varela, the widow, said": the bearer of the surname the text brought in as "his widow, NAME" (`kin-apposed-surname.ts`).
    const kinned = words.length === 1 ? this.personByApposedKin(name, words[0]!, paragraph) : null;
    if (kinned) return this.resolvePerson(kinned, paragraph, titleRole);
    let s = this.resolvePersonOnce(name, paragraph, titleRole, words);
    // '"...," Mrs. Kim said' for one person, then "Jenny Kim" brought in and always called in full, then "Mrs. Kim
    // paused": the courtesy title and surname stay with the one the text gave them first, not the namesake who
    // spoke last, unless she was named just before or called by the surname alone (`courtesy-title-kept.ts`).
    const sex = words.length === 1 && s.kind === 'person' ? courtesyTitleSex(titleRole) : null;
    if (sex) {
      const key = `${sex} ${words[0]!}`;
      const held = this.titledBySurname.get(key);
      // (Only a first holder the text named in full: a bare "Ms. Roe" read before the text told who she is is no one
      // to keep the title from the full name it now resolves to.)
      if (held && held !== s && held.kind === 'person' && held.names.some((n) => /\s/u.test(n)) && !this.everCalledBySurname.get(words[0]!)?.has(s) && namesakeNamedAwayFrom(s.names, this.mentions, paragraph)) s = held;
      else this.titledBySurname.set(key, s);
    }
    // Kept: whether a one-word name was this person's first name or surname.
    if (words.length === 1 && s.kind === 'person') {
      // (By the filing of a full name: "Kim" is the family name of "Kim Jong Un", written first.)
      const filed = s.names.map((n) => surnameFiling(n)).find((f) => f !== null);
      if (filed && filed.given === words[0] && filed.surname !== words[0]) this.calledByFirst.add(s);
      else if (filed && filed.surname === words[0]) {
        this.calledBySurname.set(words[0]!, s);
        let ever = this.everCalledBySurname.get(words[0]!);
        if (!ever) this.everCalledBySurname.set(words[0]!, (ever = new Set()));
        ever.add(s);
      }
    }
    return s;
  }

  /**
   * The full name of the one person bearing `surname` whom the text introduced, up to paragraph `paragraph`, with the
   * word of kin the current sentence (or sentence `sentence`) sets off after the bare surname `name` ("Varela, the widow,": "his widow, Ines
   * Varela"); null when the sentence sets off none, or no one or two people were introduced so.
   */
  private personByApposedKin(name: string, surname: string, paragraph: number, sentence: number = this.read.sentence): string | null {
    const here = this.read.textOf.get(sentence);
    const kin = here ? apposedKin(here.masked.slice(here.from, here.to), name) : null;
    if (!kin) return null;
    const names = new Map<string, string>();
    for (const m of this.mentions) {
      if (m.paragraph > paragraph || m.words.length < 2 || m.words.at(-1) !== surname) continue;
      if (introducedKin((this.paragraphs[m.paragraph - 1] ?? '').slice(Math.max(0, m.at - 40), m.at)) !== kin) continue;
      names.set(m.words.join(' '), m.name);
    }
    return names.size === 1 ? [...names.values()][0]! : null;
  }

  /**
   * "Varga said his granddaughter had ...": of two people sharing a surname, a man and a woman, the one of the
   * possessive's sex, when the word of kin it owns is of the other's (`kin-possessive.ts`).
   */
  private kinPossessiveGender(surname: string, paragraph: number): 'm' | 'f' | null {
    const at = this.read.textOf.get(this.read.sentence);
    const hit = at ? kinPossessive(at.masked.slice(at.from, at.to), surname) : null;
    if (!hit || hit.owner === hit.kin) return null;
    const sexes = new Map<string, 'm' | 'f' | null>();
    for (const m of this.mentions) {
      if (m.paragraph > paragraph || m.words.length < 2 || surnameOf(m.words) !== surname || sexes.has(m.compact)) continue;
      sexes.set(m.compact, m.kin ?? genderOfName(m.name) ?? this.personByCompact.get(m.compact)?.gender ?? null);
    }
    const known = [...sexes.values()];
    return known.length === 2 && known.includes(hit.owner) && known.includes(hit.kin) ? hit.owner : null;
  }

  /**
   * "Marsh let her staff believe ..." earlier in the narration: of a man and a woman named in full who bear the
   * surname, the one of the sex the text gave the bare surname (`surname-own-possessive.ts`), not whichever was
   * named last.
   */
  private narratedSurnameGender(surname: string, written: string, paragraph: number): 'm' | 'f' | null {
    const sexes = new Map<string, 'm' | 'f' | null>();
    for (const m of this.mentions) {
      if (m.paragraph > paragraph || m.words.length < 2 || surnameOf(m.words) !== surname || sexes.has(m.compact)) continue;
      sexes.set(m.compact, m.kin ?? genderOfName(m.name) ?? null);
    }
    // (A holder of no sex told whose given name the lists lean one way, "Bill", stdlib listing it for women too, is
    // counted by that lean, `listsLeanSex`: "Marsh let her staff ..." beside Bill and Hillary Marsh tells her.)
    for (const [compact, g] of sexes) if (g === null) sexes.set(compact, leanOfFullName(this.mentions, compact));
    const known = [...sexes.values()];
    if (known.length < 2 || !known.includes('m') || !known.includes('f')) return null;
    const g = surnameOwnGender(this.paragraphs.slice(0, paragraph).map((p) => p.replace(/["“][^"“”]*["”]?/gu, ' ')), written);
    return g && known.filter((x) => x === g).length === 1 ? g : null;
  }

  /**
   * `Jane Marsh's health ... a physician under Governor Paul Marsh said ... "...," Marsh wrote.`: an untitled bare
   * surname that a man and a woman named in full before both bear, when neither has spoken or been a sentence's
   * subject under it and nothing in the text tells which sex is meant: the one named last is no surer than the
   * other, so no one.
   */
  private unsettledNamesakes(surname: string, written: string, paragraph: number): boolean {
    const sexes = new Set<'m' | 'f' | null>();
    const names = new Set<string>();
    for (const m of this.mentions) {
      if (m.paragraph > paragraph || m.words.length < 2 || surnameOf(m.words) !== surname || names.has(m.compact)) continue;
      names.add(m.compact);
      sexes.add(m.kin ?? genderOfName(m.name) ?? null);
    }
    if (names.size !== 2 || !sexes.has('m') || !sexes.has('f')) return false;
    if (this.surnames.lastBySurname(surname, this.surnameContext)) return false;
    return !(this.read.reflexiveGender(surname) ?? this.reportedPronounGender(surname, paragraph) ?? this.objectPronounGender(surname, paragraph) ?? this.kinPossessiveGender(surname, paragraph) ?? this.narratedSurnameGender(surname, written, paragraph));
  }

  /**
   * "Lim said she had stopped ...": the reported clause's pronoun tells which of a man and a woman sharing a
   * surname speaks, but only when the text so far names no one else of that gender the pronoun could be.
   * (Not the same reader as namesakeOfGender, which resolves the pronoun instead: see there why both are needed.)
   */
  private reportedPronounGender(surname: string, paragraph: number): 'm' | 'f' | null {
    const g = this.read.reportedPronounGender(surname);
    return g && this.pronounOnlyHolder(surname, paragraph, g) ? g : null;
  }

  /**
   * `Park Ji-ho ... Park Ye-rin (she, told by the text) ... ¶ Park said ..., and that she doubted ...`: of exactly
   * two people named in full who bear the surname (a name written family name first bears its first word), one the
   * text has told to be of the pronoun's sex and the other of no sex told or named: the pronoun may be the first
   * of them, as the reported clause's own subject, when no one else in this paragraph may be it (no one else named
   * outside the quotes of that sex or of none told, no one of it described). A woman named paragraphs before
   * does not take a "she" the bare surname's own clause gives (`pronounOnlyHolder` asks the whole text so far).
   * The full name of the one told so, or null.
   */
  private toldHolderHere(surname: string, paragraph: number): string | null {
    const g = this.read.reportedPronounGender(surname);
    if (!g) return null;
    const holders = new Map<string, NameMention>();
    for (const m of this.mentions) if (m.paragraph <= paragraph && bearsSurname(m, surname)) holders.set(m.compact, m);
    if (holders.size !== 2) return null;
    const all = [...holders.values()];
    const sexes = all.map((m) => {
      const l = this.personByCompact.get(m.compact);
      return m.kin ?? genderOfName(m.name) ?? (l?.genderSure ? l.gender : null) ?? null;
    });
    if (!sexes.includes(g) || !sexes.includes(null)) return null;
    const holderWords = new Set(all.flatMap((m) => m.words));
    if (this.mentions.some((m) => m.paragraph === paragraph && !holders.has(m.compact) && !holderWords.has(m.words[0]!) && [g, null].includes(m.kin ?? genderOfName(m.name)))) return null;
    const narration = (this.paragraphs[paragraph - 1] ?? '').replace(/["“][^"“”]*["”]?/gu, ' ');
    if (narration.split(/[^\p{L}-]+/u).some((w) => nounSex(w, { sexlessTitles: true, plural: false }) === g)) return null;
    return all[sexes.indexOf(g)]!.name;
  }

  /**
   * `Olsen described her as "..."` after Greta Olsen and her son, Jon Olsen: the object pronoun is not the
   * subject (that would be "herself"), so when it can only be the holder of the surname of its sex, the bare
   * surname is the holder of the other.
   */
  private objectPronounGender(surname: string, paragraph: number): 'm' | 'f' | null {
    const g = this.read.objectPronounGender(surname);
    if (!g || !this.pronounOnlyHolder(surname, paragraph, g)) return null;
    const other = g === 'f' ? 'm' : 'f';
    const holders = this.mentions.filter((m) => m.paragraph <= paragraph && m.words.length >= 2 && surnameOf(m.words) === surname);
    return holders.some((m) => (m.kin ?? genderOfName(m.name)) === other) ? other : null;
  }

  /** Whether a pronoun of gender `g` can only be a holder of `surname`: one of two or more holders may be of it, and no one else of it is in sight. */
  private pronounOnlyHolder(surname: string, paragraph: number, g: 'm' | 'f'): boolean {
    const holders = this.mentions.filter((m) => m.paragraph <= paragraph && surnameOf(m.words) === surname);
    // Only between two people of the surname, one of whom may be of the pronoun's gender: otherwise the
    // ordinary reading stands.
    const genders = new Map(holders.map((m) => [m.compact, m.kin ?? genderOfName(m.name)]));
    if (genders.size < 2 || ![...genders.values()].some((x) => x === null || x === g)) return false;
    // No one else the pronoun could be: no one else of its gender named so far, and no one of unknown gender
    // named in full in this paragraph or the one before.
    // (A lone first name counts too, "Their daughter, Sora,", unless it is a holder's own: "Hana" for Hana Lim.)
    const holderWords = new Set(holders.flatMap((m) => m.words));
    const other = this.mentions.some((m) => {
      if (m.paragraph > paragraph || surnameOf(m.words) === surname || (m.words.length < 2 && holderWords.has(m.words[0]!))) return false;
      const x = m.kin ?? genderOfName(m.name);
      return x === g || (x === null && m.paragraph >= paragraph - 1);
    });
    if (other || this.locals.some((l) => l.gender === g && !l.names.some((n) => surnameOf(nameWords(n)) === surname))) return false;
    // Nor anyone of that sex described in this paragraph or the one before, outside the quotes ("Their son, Minho,
    // ...", "a woman in the queue"); a noun that heads a holder's own name ("her husband, Piet Ruys") is theirs.
    // (Paragraphs are counted from 1.)
    let nearby = this.paragraphs.slice(Math.max(0, paragraph - 2), paragraph).join(' ').replace(/["“][^"“”]*["”]?/gu, ' ');
    for (const name of new Set(holders.map((m) => m.name))) nearby = nearby.split(name).map((part, i, all) => (i < all.length - 1 ? part.replace(/[\p{Ll}-]+,?\s+$/u, ' ') : part)).join(' ');
    return !nearby.split(/[^\p{L}-]+/u).some((w) => nounSex(w, { sexlessTitles: true, plural: false }) === g);
  }

  /** Whether a full name's mention only names a thing after an article, as a word before its noun: "the Hatice Demir clinic", "a Jon Roe scholarship". */
  private namesAThing(m: NameMention): boolean {
    const text = this.paragraphs[m.paragraph - 1] ?? '';
    const named = text.indexOf(m.name, m.at);
    if (named < 0) return false;
    return /(?:^|[^\p{L}])(?:the|a|an)\s+$/iu.test(text.slice(Math.max(0, named - 5), named)) && /^\s+[\p{Ll}]/u.test(text.slice(named + m.name.length));
  }

  private resolvePersonOnce(name: string, paragraph: number, titleRole: string | null, nameWordsOf: readonly string[]): LocalSpeaker {
    // "Sir Henry", "Oleg Nikolayevich": a form of address for a full name the text gave is that person.
    // ("Richard "Dickie" Hart, 61," then '"...," Dickie told us': the nickname alone is the one it was given to.)
    // (So is the nickname with the surname, '"...," Dickie Hart said': `nicknamesNamed` keys it too.)
    const nicknamed = this.nicknames.size > 0 && nameWordsOf.length <= 2 ? this.nicknames.get(name) : undefined;
    if (nicknamed && compactName(nicknamed) !== compactName(name)) return this.resolvePerson(nicknamed, paragraph, titleRole);
    // ("Harun told reporters" after "Datuk Mohd Harun Latif said": a given name inside one person's full name.)
    const addressed = fullNameForAddress(name, this.mentions, paragraph, (m) => this.namesAThing(m)) ?? this.particleFullName(name, paragraph) ??
      (nameWordsOf.length === 1 ? fullNameForInnerName(name, this.mentions, paragraph, (c) => this.personByCompact.has(c)) : null);
    // (A surname with particles that two people named so far bear is neither: the name as written, no one's in full.)
    if (addressed === TWO_HOLDERS) return this.personByCompact.get(compactName(name)) ?? this.create('person', name, true);
    if (addressed) return this.resolvePerson(addressed, paragraph, titleRole);
    const particle = this.particleSurname(name);
    const words = particle ?? nameWordsOf;
    const compact = compactName(name);
    let full = name;
    let mentionRole: string | null = null;
    // A title tells the gender ("Mr. Obama" is not Michelle Obama): a bare surname goes only to a person the
    // text has not shown to be of the other gender.
    const want = titleGender(titleRole) ?? (words.length === 1 ? (this.read.reflexiveGender(words[0]!) ?? this.reportedPronounGender(words[0]!, paragraph) ?? this.objectPronounGender(words[0]!, paragraph) ?? this.kinPossessiveGender(words[0]!, paragraph) ?? this.narratedSurnameGender(words[0]!, name, paragraph)) : null);
    // A person of no gender told yet may still have a first name of the other gender ("Mr. Trump" is not the
    // Ivanka Trump named before, whatever else the text says of her).
    // A title of office before a bare surname picks the one person of that name who holds it ("Chairman Kim").
    if (words.length === 1 && titleRole) {
      // ("Dr. Eleanor Vance, a senior fellow (no relation ...)": a learned title written before a full name stays
      // with her, though the description after it is read as her role, or none is.)
      const learned = (m: NameMention): string[] => {
        const t = LEARNED_BEFORE.exec((this.paragraphs[m.paragraph - 1] ?? '').slice(Math.max(0, m.at - 12), m.at));
        return t ? [t[1]!] : [];
      };
      const candidates = [
        ...this.mentions.filter((m) => m.paragraph <= paragraph && (m.role || learned(m).length)).map((m) => ({ name: m.name, roles: [...(m.role ? [m.role] : []), ...learned(m)] })),
        ...this.locals.filter((l) => l.kind === 'person').flatMap((l) => l.names.map((n) => ({ name: n, roles: [...l.roles, ...l.mentionRoles] }))),
      ];
      const titled = personByTitle(words[0]!, titleRole, candidates) ?? personByLearnedTitle(words[0]!, titleRole, candidates);
      // (Never the bare surname itself again, a one-word name holding the title: that would read it for ever.)
      if (titled && compactName(titled) !== compact) return this.resolvePerson(titled, paragraph, titleRole);
    }
    // "Dr. Holt" and, introduced as someone of her own, "Ms. Holt, who manages the shop next door,": two people.
    if (words.length === 1 && titleRole) {
      const apart = this.titledApart(name, words[0]!, titleRole);
      if (apart) {
        this.touch(apart);
        if (!apart.names.includes(name)) this.addName(apart, name);
        addRole(apart, titleRole);
        if (want) toldGender(apart, want);
        this.titleKinds(apart).add(titleKind(titleRole)!);
        return apart;
      }
    }
    // A bare "Holt" after two told apart so: the one named last.
    if (words.length === 1 && !titleRole && this.locals.some((l) => l.apartFrom && l.names.includes(name))) {
      const last = [...this.recent].reverse().find((l) => l.kind === 'person' && l.names.includes(name) && !(want && l.genderSure && l.gender !== want));
      if (last) {
        this.touch(last);
        if (want) toldGender(last, want);
        return last;
      }
    }
    // (Set when the bare surname is a namesake just named in full whom the text has not read as anyone yet.)
    let freshNamesake = false;
    let familyAlone = false;
    // ("Park said ..., and that she doubted ..." between a man of no sex told and a woman the text called "she".)
    const told = words.length === 1 && !titleRole ? this.toldHolderHere(words[0]!, paragraph) : null;
    if (told && compactName(told) !== compact) return this.resolvePerson(told, paragraph, null);
    if (words.length === 1) {
      // Whom the bare surname means: the person at hand, a full name to read instead, or a full name mentioned (`surname-holders.ts`).
      const bare = this.surnames.bareSurname(name, words, paragraph, titleRole, want, this.surnameContext);
      if ('person' in bare) {
        this.touch(bare.person);
        return bare.person;
      }
      if ('instead' in bare) return this.resolvePerson(bare.instead, paragraph, titleRole);
      freshNamesake = bare.freshNamesake;
      familyAlone = bare.familyAlone && !bare.pick;
      if (bare.pick) {
        // (A bare "Berg" whose latest mention is "Van der Berg" after "Jan van der Berg": the full name.)
        const particleFull = this.particleFullName(bare.pick.name, paragraph);
        full = typeof particleFull === 'string' ? particleFull : bare.pick.name;
        mentionRole = bare.pick.role;
      }
    } else {
      const m = this.mentions.find((x) => x.compact === compact && x.role);
      mentionRole = m?.role ?? null;
    }
    // (The name's own forms, made above, when no fuller name was picked.)
    const fullCompact = full === name ? compact : compactName(full);
    const fullWords = full === name && !particle ? words : nameWords(full);
    // The first person with either compact name; else, for one word, the latest person with it as first or
    // last name; else the first person with the same full name.
    let s = fitsWanted(want, words, first(this.personByCompact.get(fullCompact), this.personByCompact.get(compact)));
    // (Not the namesake already called by the bare surname, when the one just named in full is meant.)
    if (freshNamesake && s && full !== name && !s.names.some((n) => sameFullName(nameWords(n), fullWords))) s = undefined;
    // ("Senator Paul Roe opened ...; a nurse who gave only her surname, Roe, testified. '...,' said Roe.": a surname
    // the text says was all the family name given, with no full name picked, is only the one known by it alone,
    // never one named in full with it, whatever the order of the name's words; else a new person.)
    if (familyAlone) s = this.locals.find((l) => l.kind === 'person' && l.names.every((n) => nameWords(n).length === 1) && l.names.some((n) => compactName(n) === compact));
    if (!s && fullWords.length === 1 && !familyAlone) s = fitsWanted(want, words, this.personByEnd.get(fullWords[0]!));
    if (!s && fullWords.length > 1) {
      for (const l of this.personsByEnds.get(`${fullWords[0]!}|${fullWords[fullWords.length - 1]!}`) ?? []) {
        if (l.names.some((n) => sameFullName(nameWords(n), fullWords))) s = first(s, l);
      }
    }
    if (!s) {
      s = this.create('person', full, true);
      // "her son, NAME": the word of kin tells his gender where his first name does not.
      const kin = this.mentions.find((m) => m.kin && m.compact === compactName(full))?.kin;
      if (kin) s.gender ??= kin;
    }
    // A bare surname found as someone else's full name ("Clinton" read as the Chelsea Clinton mentioned last,
    // but found as the Hillary Clinton who spoke): the speaker keeps their own first name.
    // Names written family name first share their first word instead: "Kim Yo Jong" is not the "Kim Jong Un"
    // a bare "Kim" was read as, and two different full names are never one person (a missed merge is better).
    const korean = familyNameFirst(full);
    const clash = fullWords.length >= 2 && s.names.some((n) => {
      const w = nameWords(n);
      if (w.length < 2 || sameFullName(w, fullWords)) return false;
      if (korean || familyNameFirst(n)) return w[0] === fullWords[0] && w.slice(1).join(' ') !== fullWords.slice(1).join(' ');
      // ("Tan Weiming" and "Tan Yue": a family name first that the reading does not know as one; the same first word
      // and another after it are two people as surely as two first names before one surname are.)
      return (w[w.length - 1] === fullWords[fullWords.length - 1] && w[0] !== fullWords[0]) || (w[0] === fullWords[0] && w.slice(1).join(' ') !== fullWords.slice(1).join(' ') && !sameFullName(w, fullWords));
    });
    // ("Ms. Tan" after "Tan Weiming" was called "Tan" and "Tan Yue" named since: a title of sex picked the full name of
    // someone the text already has; that one, not the other full name the bare surname was given to before.)
    const picked = clash && want && full !== name ? this.personByCompact.get(fullCompact) : undefined;
    if (picked && picked !== s && picked.kind === 'person' && (!picked.gender || picked.gender === want)) {
      this.touch(picked);
      addRole(picked, titleRole!);
      toldGender(picked, want!);
      return picked;
    }
    for (const n of clash ? [name] : [full, name]) if (!s.names.includes(n)) this.addName(s, n);
    if (titleRole) addRole(s, titleRole);
    const kindOfTitle = titleKind(titleRole);
    if (kindOfTitle) this.titleKinds(s).add(kindOfTitle);
    if (mentionRole) addRole(s, mentionRole, true);
    // A title is the text telling the gender: it outweighs a guess from a first name ("Mr Kim").
    if (want) toldGender(s, want);
    return s;
  }

  /** The kinds of title ("Dr." or a courtesy title) each person was called by, with a bare surname. */
  private readonly titled = new Map<LocalSpeaker, Set<'doctor' | 'courtesy'>>();

  private titleKinds(s: LocalSpeaker): Set<'doctor' | 'courtesy'> {
    let set = this.titled.get(s);
    if (!set) this.titled.set(s, (set = new Set()));
    return set;
  }

  /**
   * For a titled bare surname ("Ms. Holt", "Dr. Holt"): the person of that surname called by the same kind of
   * title, when the text holds two of that surname told apart so; or a new person, when the only ones of that
   * surname were called by the other kind of title and this mention brings in someone of their own, set off by
   * a description or a "who" clause ("Ms. Holt, who manages the shop next door,", "Ms. Holt, a nurse,"). A doctor
   * is "Dr." throughout a report; "Ms." for the same woman beside a description of her own is someone else.
   * Null when neither holds.
   */
  private titledApart(name: string, surname: string, titleRole: string): LocalSpeaker | null {
    const kind = titleKind(titleRole);
    if (!kind) return null;
    const holders = this.locals.filter((l) => l.kind === 'person' && l.names.some((n) => nameWords(n).at(-1) === surname));
    if (holders.length === 0) return null;
    const same = holders.filter((l) => this.titled.get(l)?.has(kind));
    // (Only between two this reading told apart so: "Mr. Roe" and "Ms. Roe" are told apart by their sex.)
    const split = holders.some((l) => l.apartFrom);
    const want = titleGender(titleRole);
    const fitting = same.filter((l) => !(want && l.gender && l.genderSure && l.gender !== want));
    if (split && fitting.length === 1) return fitting[0]!;
    if (same.length > 0 || split) return null;
    const other = holders.filter((l) => this.titled.get(l)?.size);
    if (other.length === 0 || other.length !== holders.length) return null;
    const here = this.read.textOf.get(this.read.sentence);
    if (!here) return null;
    const sentence = here.masked.slice(here.from, here.to);
    const at = sentence.indexOf(name);
    if (at < 0) return null;
    const after = sentence.slice(at + name.length);
    if (!/^,\s+(?:who\b|(?:a|an|the|no)\s+[\p{Ll}])/u.test(after)) return null;
    // (Not when the description says again what the one before was: "Dr. Holt, the surgeon," then "Ms. Holt, a surgeon at the clinic,".)
    const described = (/^,\s+([^,;.]{1,80})/u.exec(after)?.[1] ?? '').toLowerCase().split(/[^\p{Ll}]+/u).filter((w) => w.length > 3);
    if (holders.some((l) => described.some((w) => l.heads.has(w) || l.words.has(w) || l.heads.has(singular(w))))) return null;
    const made = this.create('person', name, true);
    made.apartFrom = holders.map((l) => l.key);
    return made;
  }

  /** Whether this sentence names a ministry before the description `text` ("the minister") in it. */
  private ministryBefore(text: string): boolean {
    const here = this.read.textOf.get(this.read.sentence);
    if (!here) return false;
    const sentence = here.masked.slice(here.from, here.to);
    const at = sentence.toLowerCase().indexOf(text.toLowerCase());
    return at > 0 && /\bministry\b/iu.test(sentence.slice(0, at));
  }

  private resolveOrg(name: string): LocalSpeaker {
    const compact = compactName(name);
    let s = first(first(this.orgByCompact.get(compact), this.orgByAcronym.get(compact)), this.orgByCompact.get(acronymOf(name)));
    if (!s) {
      s = this.create('organisation', name, true);
      // "the NIS", a report having spelled it out once in narration ("the National Intelligence Service (NIS)
      // told lawmakers"), is that body by its full name too.
      const spelt = spelledOutBefore(this.paragraphs, name);
      if (spelt && !s.names.includes(spelt)) this.addName(s, spelt);
      // And the other way: "the Korean Press Agency (KPA)" credited by its full name is "the KPA" as well.
      // (With the article the name bears, as the report would write the short form as a speaker: "the KPA".)
      const letters = spelt ? null : bracketedAcronymAfter(this.paragraphs, name);
      const short = letters ? `${/^the\s/iu.test(name) ? 'the ' : ''}${letters}` : null;
      if (short && !s.names.includes(short)) this.addName(s, short);
    }
    if (!s.names.includes(name)) this.addName(s, name);
    // "South Korea's Unification Ministry" is a ministry: a later "the ministry" (or "the unification ministry")
    // may mean it, as "the minister" means a person given that role.
    // A name built as "NOUN of ..." ("Ministry of Foreign Affairs", "Bank of Korea") has that noun for its head,
    // not its last word: "the ministry" later may mean it too.
    const ofHead = /(?:^|\s)([\p{Lu}][\p{Ll}]+)\s+(?:of|for)\s+(?:the\s+)?[\p{Lu}]/u.exec(name)?.[1];
    for (const word of [name.split(/\s+/u).at(-1)!, ...(ofHead ? [ofHead] : [])]) {
      const described = parseSpeakerPhrase(`the ${word.toLowerCase()}`);
      if (described?.type === 'description' && described.kind === 'organisation' && !described.plural) {
        s.heads.add(described.head);
        for (const w of contentWords(name)) s.words.add(w);
      }
    }
    return s;
  }

  /**
   * The distinct people named in this paragraph (before this sentence) or the two before it whose role holds
   * the description's head (or a title of one who leads, for "leader") and every other word of it; at least one
   * other word is needed ("the minister" alone ties no one).
   */
  /** The one body named lately on `head` ("the Saltmouth Pier Trust" for "the trust"), resolved; or null. */
  private bodyHeadedBy(head: string, paragraph: number): LocalSpeaker | null {
    const at = this.read.textOf.get(this.read.sentence);
    const names = namesHeadedBy(this.paragraphs, head, paragraph, at ? at.from : 0);
    return names.length === 1 && classifyProperName(names[0]!) === 'organisation' ? this.resolveOrg(names[0]!) : null;
  }

  /**
   * "The National Intelligence Service (NIS) gave the assessment .... ..., which the agency described as '...'": the
   * one body seen in this paragraph or the two before whose name WordNet files under `head` (`body-kind.ts`), when
   * no news agency is named there ("the agency" may be the wire's own then: `agency-description.ts`); or null.
   */
  private bodyOfKind(head: string, paragraph: number): LocalSpeaker | null {
    const at = this.read.textOf.get(this.read.sentence);
    const window = [this.paragraphs[paragraph - 3] ?? '', this.paragraphs[paragraph - 2] ?? '', at ? at.masked.slice(0, at.from) : ''].join('\n');
    if (namesNewsAgency(window)) return null;
    const fits = this.locals.filter((l) => l.kind === 'organisation' && !l.plural && paragraph - (this.paragraphOf.get(l) ?? -9) <= 2 && l.names.some((n) => {
      if (!/^(?:the\s+)?[\p{Lu}]/u.test(n)) return false;
      const tie = nameOfKind(n, head);
      // (A kind only, "union" of "the group", is sure for a body in this paragraph or one that spoke in it or the one
      // before; a body named further back, or a paragraph back without speaking, may not be the one meant.)
      return tie === 'sense' || (tie === 'kind' && (this.paragraphOf.get(l) === paragraph || paragraph - (this.spokeIn.get(l) ?? -9) <= 1));
    }));
    if (fits.length !== 1) return null;
    fits[0]!.heads.add(head);
    return fits[0]!;
  }

  /**
   * "The IHS, in a note to clients, said ... [new paragraph] The institute added: ...": the body credited last,
   * in this paragraph or the one before, when a name it bears is built on `head` (its acronym's expansion, given
   * further back, "the Institute for Harbour Studies (IHS)"), and no other body built on it is named lately; or null.
   */
  private lastBodyBuiltOn(head: string, paragraph: number): LocalSpeaker | null {
    const last = this.recent.at(-1);
    if (!last || last === AMBIGUOUS || last.kind !== 'organisation' || last.plural) return null;
    if (paragraph - (this.spokeIn.get(last) ?? -9) > 1 || !last.names.some((n) => nameHeadedBy(n, head))) return null;
    const at = this.read.textOf.get(this.read.sentence);
    const own = new Set(last.names.map((n) => compactName(n)));
    return namesHeadedBy(this.paragraphs, head, paragraph, at ? at.from : 0).every((n) => own.has(compactName(n))) ? last : null;
  }

  /** The one body named lately with an appositive of `head` ("Kvist Marine, a Bergen shipbuilder,"), resolved; or null. */
  private bodyApposedWith(head: string, paragraph: number): LocalSpeaker | null {
    const at = this.read.textOf.get(this.read.sentence);
    const names = namesApposedWith(this.paragraphs, head, paragraph, at ? at.from : 0);
    if (names.length !== 1) return null;
    const compact = compactName(names[0]!);
    // (One the reading already took for a speaker is that speaker, as read: "Kvist Marine" may have been read as
    // a person's name, and the noun after it is still what the text calls it.)
    // A name that opens on a known first name is a person's, and "the governor" after "Hal Brand, a former
    // governor," is not Hal Brand (an office left is no one's now): only a misread firm passes as a person here.
    const person = this.personByCompact.get(compact);
    const known = this.orgByCompact.get(compact) ?? (person && !isKnownFirstName(names[0]!.split(/\s+/u)[0]!) ? person : undefined);
    if (known) return known;
    const parsed = parseSpeakerPhrase(names[0]!);
    const body = (parsed?.type === 'name' && parsed.kind === 'organisation') || (this.bodies ??= bodyNames(this.paragraphs)).has(compact);
    return body ? this.resolveOrg(names[0]!) : null;
  }

  /** The names mentioned before the sentence read now. */
  private namedBefore(paragraph: number): NameMention[] {
    const at = this.read.textOf.get(this.read.sentence);
    const upTo = this.namedUpTo ?? at?.from;
    return this.mentions.filter((m) => m.paragraph < paragraph || (m.paragraph === paragraph && upTo !== undefined && m.at < upTo));
  }
  /** While a description inside the sentence is read (`askedInClauseSpeaker`), where its names known before it end. */
  private namedUpTo: number | null = null;

  /**
   * The one person the text so far gave a role headed by `head` ("Ivan Petrov, the stationmaster,"), when the
   * head is no title of office, no other person holds it and no one unnamed was described by it; else null.
   */
  private soleRoleHolder(head: string, paragraph: number): NameMention | null {
    // (A clergyman's title, "the pastor", is no office many hold in a text: one congregation's pastor, whom the
    // text named once, perhaps as "the Rev. NAME". Not "the father", a parent first, nor "the minister", an office.)
    if ((TITLES.has(head) && (head === 'father' || !isKindOf(head, 'clergyman'))) || OFFICE_HEADS.test(head)) return null;
    const at = this.read.textOf.get(this.read.sentence);
    // ("a lawyer for the archivist" serves the archivist and is none: `role-served.ts`.)
    const holders = this.mentions.filter((m) => m.role && (m.paragraph < paragraph || (m.paragraph === paragraph && at && m.at < at.from)) && roleFits(m.role, head, [], false) && !headOnlyServed(m.role, head) && !headOnlyTaught(m.role, head));
    if (holders.length === 0 || new Set(holders.map((m) => m.compact)).size !== 1) return null;
    if (this.locals.some((x) => x.kind === 'unnamed' && x.heads.has(head))) return null;
    // Someone else brought in by the role, unnamed ("a stationmaster at Osten"), or named with it in a way the
    // mentions did not read: the text up to here uses the word only as the holder's role.
    const before = [...this.paragraphs.slice(0, paragraph - 1), at ? at.masked.slice(0, at.from) : ''].join('\n');
    const uses = before.match(sharedRegExp(String.raw`\b${head}s?\b`, 'giu'))?.length ?? 0;
    if (sharedRegExp(String.raw`\b(?:a|an|another|one|other|two|three|several|some)\s+(?:[\p{Ll}-]+\s+){0,2}${head}s?\b`, 'iu').test(before)) return null;
    if (uses > holders.length + this.locals.filter((x) => x.heads.has(head)).length + 2) return null;
    // Nor one set apart by words the holder's role lacks ("the North Korean stationmaster", reached by phone):
    // another holder of the role, whom a bare "the stationmaster" after it may mean.
    const holder = holders[holders.length - 1]!;
    const own = new Set((holder.role ?? '').toLowerCase().split(/[^\p{L}-]+/u));
    // (A title in quotation marks counts as such words: "the “Harbour Lights” actress" is the actress of that show.)
    for (const m of before.matchAll(sharedRegExp(String.raw`\bthe\s+((?:[\p{L}'’"“”-]+\s+){1,4})${head}s?\b`, 'giu'))) {
      // (A possessive is its owner's word: "the party's treasurer" is set apart by nothing the holder's role lacks.)
      if (m[1]!.trim().split(/\s+/u).some((w) => !own.has(w.toLowerCase().replace(/^["“”'’]+|["“”'’]+$/gu, '').replace(/['’]s$/u, '')))) return null;
    }
    return holder;
  }

  /**
   * "The show went live to the Berlin correspondent, Ada Fenn. ... [new paragraph] "...," the correspondent said.":
   * a bare description opening its paragraph's first sentence (the quote first) is the one person the paragraph
   * before named in full with a role of that head, a title of office too, when the text so far gave that head to
   * no one else, named or not, and uses the word for nothing else. Else null.
   */
  private roleOfParagraphBefore(head: string, paragraph: number): NameMention | null {
    const at = this.read.textOf.get(this.read.sentence);
    if (!at || paragraph < 2) return null;
    // (Or after one sentence of the paragraph going on with the holder as "he" or "she", naming no one else in
    // full: "She said the closest NAME came .... '...,' the archivist said.", `pronounLeadBefore`.)
    const lead = pronounLeadBefore(at.masked.slice(0, at.from));
    if (at.masked.slice(0, at.from).trim() !== '' && (!lead || this.mentions.some((m) => m.paragraph === paragraph && m.at < at.from && m.words.length >= 2))) return null;
    // (The word itself, now held: "the governor" is no "former governor", "the leader" no bare "President X".)
    // (Nor a lower office of that name: "Deputy Governor NAME" is no "the governor", `office-rank.ts`.)
    const holders = this.mentions.filter((m) => m.role && m.paragraph < paragraph && roleHoldsHead(m.role, head) && !headOnlyServed(m.role, head) && !headOnlyTaught(m.role, head) && !PAST_ROLE.test(m.role) && !lowerRankOnly(new Set(), new Set([head]), [m.role], head));
    if (holders.length === 0 || new Set(holders.map((m) => m.compact)).size !== 1 || holders.at(-1)!.paragraph !== paragraph - 1) return null;
    // (The pronoun leading the paragraph must fit the holder's sex where the text or the name tells it.)
    if (lead) {
      const sex = holders.at(-1)!.kin ?? this.personByCompact.get(holders.at(-1)!.compact)?.gender ?? genderOfName(holders.at(-1)!.name);
      if (sex !== lead) return null;
    }
    if (this.locals.some((x) => x.kind !== 'person' && x.heads.has(head))) return null;
    if (this.locals.some((x) => x.kind === 'person' && x.heads.has(head) && !x.names.some((n) => compactName(n) === holders[0]!.compact))) return null;
    // The word itself used in the text before only in that person's roles ("a correspondent in Kyiv" is someone else).
    const text = [...this.paragraphs.slice(0, paragraph - 1), at.masked.slice(0, at.from)].join('\n');
    const uses = text.match(sharedRegExp(String.raw`\b${head}s?\b`, 'giu'))?.length ?? 0;
    if (uses > holders.length) return null;
    return holders.at(-1)!;
  }

  /**
   * "Nadia Roe ... On Thursday she hosted a session ... '...,' the host replied.", "Cross-examined by X, Dr Roe
   * accepted ... '...,' the witness replied.": a bare description whose noun is the agent of a verb (`ROLE_VERBS`)
   * is the one person named in full whom the text, before it, makes the subject of that verb (by name, or as "he"
   * or "she" in a paragraph that names only them before it), when no one else is, the text gives the noun to
   * no one, and uses it nowhere before. Else null.
   */
  private agentOfRoleVerb(head: string, paragraph: number): string | null {
    const verbs = ROLE_VERBS[head];
    const at = this.read.textOf.get(this.read.sentence);
    if (!verbs || !at) return null;
    const found = new Set<string>();
    let chosen: string | null = null;
    for (let k = 0; k < paragraph; k++) {
      const text = k === paragraph - 1 ? at.masked.slice(0, at.from) : this.paragraphs[k]!;
      for (const m of text.matchAll(verbs)) {
        const subject = (m[1] ?? m[2] ?? '').replace(/^(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+/u, '');
        let name: string | null = null;
        if (/^(?:he|she)$/iu.test(subject)) {
          const named = this.mentions.filter((x) => x.paragraph === k + 1 && x.words.length >= 2 && x.at < m.index!);
          if (new Set(named.map((x) => x.compact)).size === 1) name = named[0]!.name;
        } else if (subject) {
          const word = nameWords(subject).at(-1);
          const held = this.mentions.filter((x) => x.paragraph <= k + 1 && x.words.length >= 2 && word && x.words.includes(word));
          if (new Set(held.map((x) => x.compact)).size === 1) name = held[0]!.name;
        }
        if (!name) return null;
        found.add(compactName(name));
        if (found.size > 1) return null;
        chosen = name;
      }
    }
    if (found.size !== 1 || !chosen) return null;
    const name = chosen;
    const before = [...this.paragraphs.slice(0, paragraph - 1), at.masked.slice(0, at.from)].join('\n');
    if (sharedRegExp(String.raw`\b${head}s?\b`, 'iu').test(before)) return null;
    if (this.locals.some((x) => x.heads.has(head)) || this.mentions.some((m) => m.role && roleHoldsHead(m.role, head))) return null;
    return name;
  }

  /** Whether a mention after `s` was last seen, before this sentence, gives someone else a role fitting `head` and `rest`. */
  private roleGivenSince(s: LocalSpeaker, head: string, rest: readonly string[], paragraph: number): boolean {
    const seen = this.paragraphOf.get(s);
    if (seen === undefined) return false;
    const own = new Set(s.names.map((n) => compactName(n)));
    const ownWords = new Set(s.names.flatMap((n) => nameWords(n)));
    // (Someone given that role in the very paragraph the speaker was seen in counts too, before the description's
    // own sentence: "The transport minister, Jo Vaage, met the environment minister, Ada Holm. The minister said".)
    const at = this.read.textOf.get(this.read.sentence);
    // (Only in the description's own paragraph: one given the role in passing in an earlier paragraph where the
    // speaker led, "President Jo Vik warned ... a week after Ada Holm met President Ola Berg", is farther off.)
    const since = (m: NameMention): boolean => m.paragraph > seen || (m.paragraph === seen && m.paragraph === paragraph && at !== undefined && m.at < at.from);
    return this.namedBefore(paragraph).some((m) => since(m) && m.role && !own.has(m.compact) && !m.words.some((w) => ownWords.has(w)) && roleFits(m.role, head, rest, false));
  }

  private describedMentions(head: string, words: ReadonlySet<string>, paragraph: number, reach = 2): NameMention[] {
    const rest = [...words].filter((w) => w !== head);
    // A bare "the historian" ties only someone this paragraph has just given that role ("For X, a historian
    // of the war, the summit ... "...," the historian said."); "the minister" three paragraphs on ties no one.
    const bare = rest.length === 0;
    const at = this.read.textOf.get(this.read.sentence);
    const found = new Map<string, NameMention>();
    // "Roe, for his part, thinks ... "...," says the former minister.": one this paragraph has already named, by
    // the surname, is at hand for a description with more words than its noun however far back the role was given.
    const namedHere = bare || !at ? null : new Set((at.masked.slice(0, at.from).match(/[\p{Lu}][\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase()));
    for (const m of this.mentions) {
      if (!m.role || m.paragraph > paragraph || (paragraph - m.paragraph > (bare ? 0 : reach) && !namedHere?.has(m.words.at(-1) ?? ''))) continue;
      if (m.paragraph === paragraph && (!at || m.at >= at.from)) continue;
      if (roleFits(m.role, head, rest, bare)) found.set(m.compact, m);
    }
    // Anyone else named in full in the paragraph before a bare description leaves it open (a name inside the
    // fitting person's role, "a historian of Soviet-North Korean ties", is no one else).
    const inRole = (m: NameMention): boolean => [...found.values()].some((f) => m.at > f.at && m.at < f.at + f.name.length + (f.role?.length ?? 0) + 4);
    if (bare && this.mentions.some((m) => m.paragraph === paragraph && at && m.at < at.from && m.words.length >= 2 && !found.has(m.compact) && !inRole(m))) return [];
    return [...found.values()];
  }

  /**
   * Who issued "the statement" that speaks: the subject of the sentence that said so, in this paragraph before
   * the statement speaks or in the one before (`issued-statement.ts`), a name or a body described; else null.
   */
  /**
   * The one the sentence right after the quote's says issued the statement ("It was issued by BODY."), a body or a
   * person named in full; null when that sentence tells no issuer so.
   */
  private issuerOfStatementAfter(paragraph: number): LocalSpeaker | null {
    const at = this.read.textOf.get(this.read.sentence);
    if (!at) return null;
    const phrase = issuerToldAfter(at.masked, at.from, at.to, this.paragraphs[paragraph] ?? null);
    const parsed = phrase ? parseSubjectPhrase(phrase) : null;
    if (parsed?.type !== 'name' || (parsed.kind === 'person' && !/\s/u.test(parsed.name))) return null;
    const found = parsed.kind === 'person' ? this.resolvePerson(parsed.name, paragraph, parsed.role) : this.resolveOrg(parsed.name);
    if (found === AMBIGUOUS) return null;
    this.lastPath = 'description: the issuer the next sentence tells of the statement';
    return found;
  }

  private statementIssuer(head: string, paragraph: number): LocalSpeaker | null {
    const at = this.read.textOf.get(this.read.sentence);
    const here = at ? at.masked.slice(0, at.from) : '';
    const phrase = issuerOf(here, head) ?? (paragraph >= 2 ? issuerOf(this.paragraphs[paragraph - 2]!, head) : null);
    // ("the League for Cooperation with Peru": a body's name read up to its "with" when the whole reads as none.)
    const upToWith = phrase && / with /u.test(phrase) ? parseSubjectPhrase(phrase.slice(0, phrase.indexOf(' with '))) : null;
    const read = phrase ? (parseSubjectPhrase(phrase) ?? (upToWith && upToWith.type !== 'pronoun' && upToWith.kind === 'organisation' ? upToWith : null) ?? describedBodyName(phrase)) : null;
    // ("Analysts at Wren Partners said in a client note": the firm whose people wrote it, as the credit reads it.)
    const staff = read?.type === 'description' && read.plural && read.kind === 'unnamed' ? /^[\p{L}-]+\s+(?:at|of|from)\s+((?:the\s+)?[\p{Lu}][\p{L}&'’.-]*(?:\s+[\p{Lu}][\p{L}&'’.-]*){0,4})$/u.exec(read.text) : null;
    const firm = staff ? parseSubjectPhrase(staff[1]!) : null;
    const parsed = firm && firm.type === 'name' && firm.kind === 'organisation' ? firm : read;
    if (!parsed || parsed.type === 'pronoun' || (parsed.type === 'description' && (parsed.kind !== 'organisation' || ISSUED_HEADS.has(parsed.head)))) return null;
    const found = parsed.type === 'name' ? (parsed.kind === 'person' ? this.resolvePerson(parsed.name, paragraph, parsed.role) : this.resolveOrg(parsed.name)) : this.resolveDescription(parsed, paragraph, false);
    this.lastPath = 'description: the issuer of the statement';
    return found;
  }

  /**
   * The paper a medium's description or voice ("the paper", "its editorial", "whose editors") means: the news
   * medium the text named last before it, in its paragraph or the one before (`medium-voice.ts`). Undefined when
   * the description is no medium's; null for a voice with no paper named at hand (never a speaker of its own).
   */
  private mediumVoiced(d: Extract<ParsedSpeaker, { type: 'description' }>, paragraph: number): LocalSpeaker | null | undefined {
    // (A paper's heads only: a paper's voice is read against the papers the text names.)
    if (!PAPER_HEADS.has(d.head)) return undefined;
    // A description with words of its own ("the People's Daily newspaper", "the city's paper") names its medium.
    if (!/^(?:the|its|whose|an(?=\s+editorial$))\s+(?:(?:editorial\s+)?board|editorial(?:\s+(?:board|page|writers))?|editors|leader\s+writers?|paper|newspaper|daily|tabloid|broadsheet|weekly)$/iu.test(d.text)) return undefined;
    const voice = !/^the\s+(?:paper|newspaper|daily|tabloid|broadsheet|weekly)$/iu.test(d.text);
    const at = this.read.textOf.get(this.read.sentence);
    if (!at) return voice ? null : undefined;
    this.media ??= mediumNames(this.paragraphs);
    const sentence = at.masked.slice(at.from, at.to).toLowerCase();
    const here = sentence.indexOf(d.text.toLowerCase());
    const upTo = here >= 0 ? at.from + here : at.from;
    const hereName = lastMediumBefore(at.masked, upTo, this.media);
    const name = hereName ?? (paragraph > 0 ? lastMediumBefore(this.paragraphs[paragraph - 1]!, Infinity, this.media) : null);
    if (!name) return voice ? null : undefined;
    // "The Velm Gazette's editorial board stands by its view. '...,' the board wrote": the voice the text named in
    // full with that paper, where the paper was found, is shown so, as its credit in full would be.
    const full = voice ? ownedVoiceIn(hereName ? at.masked.slice(0, upTo) : this.paragraphs[paragraph - 1]!, name) : null;
    if (full) {
      this.lastPath = 'description: the medium\'s voice named in full before';
      return this.resolveOrg(full);
    }
    this.lastPath = 'description: the medium named last';
    return this.resolveOrg(name);
  }

  /**
   * "It" for a paper: the paper the text named last, in this sentence or paragraph, when the body "it" was read
   * as is another paper or none ("The Dover Times's board was blunter. It called ..." after another paper
   * spoke), so two papers' words never become one's.
   */
  private mediumForIt(found: LocalSpeaker | null, paragraph: number): LocalSpeaker | null {
    const at = this.read.textOf.get(this.read.sentence);
    if (!at) return null;
    this.media ??= mediumNames(this.paragraphs);
    if (found && !found.names.some((n) => isMediumName(n, this.media!))) return null;
    const upTo = at.from + Math.max(0, at.masked.slice(at.from, at.to).search(/\bit\b/iu));
    const name = lastMediumBefore(at.masked, upTo, this.media);
    if (!name) return null;
    // ("The Velm Gazette's editorial board was blunter. It called ...": the paper's voice named in full last, the board.)
    const full = ownedVoiceIn(at.masked.slice(0, upTo), name, true);
    const compact = compactName(full ?? name);
    if (found && found.names.some((n) => compactName(n) === compact)) return null;
    this.lastPath = full ? 'pronoun it: the medium\'s voice named in full last' : 'pronoun it: the medium named last';
    return this.resolveOrg(full ?? name);
  }

  /** Whether a sentence of this paragraph, up to the current one, opens with the bare surname of a person other than `s`. */
  private otherSubjectInParagraph(s: LocalSpeaker, head: string): boolean {
    const at = this.read.textOf.get(this.read.sentence);
    if (!at) return false;
    for (const m of at.masked.slice(0, at.to).matchAll(SENTENCE_SUBJECT_WORD)) {
      const w = nameWords(m[1]!)[0];
      const other = w ? this.surnames.lastBySurname(w, this.surnameContext) : undefined;
      if (!other || other === s || other.kind !== 'person') continue;
      // ("Roe, the presenter, asked ... The deputy mayor laughed.": one the text gave only a calling the
      // description's head does not fit is no one it may mean.)
      const calling = [...other.roles, ...other.mentionRoles];
      if (calling.length > 0 && !other.heads.has(head) && !calling.some((r) => roleFits(r, head, [], true))) continue;
      return true;
    }
    return false;
  }

  /**
   * Whether `s` would fit "the professor" only as a retired one while the text, up to this paragraph, gives the
   * calling, now or formerly, to someone else ("Ruth Oake, a professor of music"): then it is not told whose.
   */
  private callingHeldByAnother(s: LocalSpeaker, head: string, paragraph: number): boolean {
    if (!leftCallingOnly(s, head)) return false;
    const own = new Set(s.names.map((n) => compactName(n)));
    return this.mentions.some((m) => m.paragraph <= paragraph && m.role && !own.has(m.compact) && roleHoldsHead(m.role, head));
  }

  /**
   * The one person a definite description fits whom its paragraph names before its sentence (`named-in-
   * paragraph.ts`): someone the text gave that role, or a speaker with that head; null when none or several.
   */
  /**
   * Whether someone other than `best`, a person the text gave a role of their own, was seen in paragraph
   * `paragraph` after `best` was last at hand.
   */
  private otherRoleHolderHere(best: LocalSpeaker, paragraph: number): boolean {
    return this.recent.slice(this.recent.indexOf(best) + 1).some((x) => x !== AMBIGUOUS && x !== best && x.kind === 'person' && this.paragraphOf.get(x) === paragraph && x.roles.length + x.mentionRoles.length > 0);
  }

  private fitNamedInParagraph(d: Extract<ParsedSpeaker, { type: 'description' }>, words: ReadonlySet<string>, proper: readonly string[], paragraph: number): LocalSpeaker | null {
    const at = this.read.textOf.get(this.read.sentence);
    if (!at || at.from === 0) return null;
    const rest = [...words].filter((w) => w !== d.head);
    const fitting: FittingPerson<() => LocalSpeaker>[] = [];
    for (const m of this.namedBefore(paragraph)) {
      if (m.role && roleFits(m.role, d.head, rest, false)) fitting.push({ names: [m.name], value: () => this.resolvePerson(m.name, paragraph, m.role) });
    }
    for (const s of this.recent) {
      if (s === AMBIGUOUS || s.kind !== 'person' || !s.heads.has(d.head)) continue;
      if (proper.some((w) => !holdsWord(s.words, w)) || onlyFormer(s, d.head) || this.callingHeldByAnother(s, d.head, paragraph) || lowerRankOnly(s.words, new Set(d.text.toLowerCase().split(/\s+/u)), rankRoles(s), d.head)) continue;
      if (otherPortfolio([...s.roles, ...s.mentionRoles, ...s.names], d.text, d.head)) continue;
      if (higherRankOnly([...s.roles, ...s.mentionRoles], d.text, d.head)) continue;
      fitting.push({ names: s.names, value: () => s });
    }
    const found = namedInParagraph(at.masked.slice(0, at.from), d.text, fitting) ?? (proper.length > 0 ? this.soleTitleHolderInParagraph(d, rest, proper, paragraph) : null);
    if (!found) return null;
    // As for a role given in the paragraph (`describedMentions`): anyone else named in full in the paragraph
    // before a bare description leaves it open, but for a name inside the fitting person's own role.
    if (rest.length === 0) {
      const chosen = fitting.find((f) => f.value === found)!;
      const family = new Set(chosen.names.flatMap((n) => n.toLowerCase().split(/\s+/u)));
      const here = this.mentions.filter((m) => m.paragraph === paragraph && m.at < at.from);
      // ("Ambassador Lee Jun-ho ... ¶ Lee Min-ji, deputy chief of mission, said .... '...,' the diplomat said.": a
      // full name sharing only the family name with the fitting person's full name is a namesake, someone else.)
      // (Not when the fitting person holds the very noun, "Mayor Lydia Roe and her brother, police chief Ewan Roe, ...
      // said the mayor": the title says who, as `heldAsRole` has it below.)
      const inFull = chosen.names.some((n) => n.trim().split(/\s+/u).length >= 2) && !heldAsRole(chosen.value(), d.head);
      const own = here.filter((m) => m.words.some((w) => family.has(w.toLowerCase())) && !(inFull && m.words.length >= 2 && m.words.some((w) => !family.has(w.toLowerCase()))));
      const inRole = (m: NameMention): boolean => own.some((f) => m.at > f.at && m.at < f.at + f.name.length + (f.role?.length ?? 0) + 4);
      if (here.some((m) => m.words.length >= 2 && !own.includes(m) && !inRole(m))) return null;
    }
    return found();
  }

  /**
   * `Senator Jo Roe has pressed the point for weeks. "...," the West Australian senator told a dinner.`: a
   * description whose proper words ("West Australian") no role the text gave holds may still be the one person
   * of its head the paragraph names before it, when the text gave that person the bare title only (no proper
   * word of its own that the description's could contradict, as "Russian President" would "the French
   * president"), gave no one else anywhere a role of that head, and names no one else in full before it there.
   */
  private soleTitleHolderInParagraph(d: Extract<ParsedSpeaker, { type: 'description' }>, rest: readonly string[], proper: readonly string[], paragraph: number): (() => LocalSpeaker) | null {
    const at = this.read.textOf.get(this.read.sentence);
    if (!at || at.from === 0) return null;
    // Only proper words added to the head ("the outspoken senator" asks for a word the role must hold).
    if (!rest.every((w) => proper.includes(w))) return null;
    const holders = this.mentions.filter((m) => m.role && roleFits(m.role, d.head, [], false));
    const families = new Set(holders.map((m) => nameWords(m.name).at(-1)));
    for (const s of this.locals) if (s.kind === 'person' && s.heads.has(d.head)) for (const n of s.names) families.add(nameWords(n).at(-1));
    if (families.size !== 1 || this.locals.some((s) => s.kind !== 'person' && s.heads.has(d.head))) return null;
    const bareTitle = (role: string): boolean => role.split(/\s+/u).every((w) => !/^[\p{Lu}]/u.test(w) || singular(normaliseName(w)) === d.head);
    if (!holders.every((m) => bareTitle(m.role!))) return null;
    if (this.locals.some((s) => s.kind === 'person' && s.heads.has(d.head) && ![...s.roles, ...s.mentionRoles].every(bareTitle))) return null;
    const mine = holders.filter((m) => m.paragraph === paragraph && m.at < at.from);
    if (mine.length === 0) return null;
    const own = new Set(mine.flatMap((m) => nameWords(m.name)));
    const here = this.mentions.filter((m) => m.paragraph === paragraph && m.at < at.from);
    if (here.some((m) => m.words.length >= 2 && !nameWords(m.name).some((w) => own.has(w)))) return null;
    const one = mine.at(-1)!;
    return () => this.resolvePerson(one.name, paragraph, one.role);
  }

  /**
   * The one person of `sex` the text has named with a role of `head` (or a title WordNet files under it: "Rep."
   * for "lawmaker"), when no unnamed speaker was described by that head; null when none or several.
   */
  private sexedRoleHolder(head: string, sex: 'm' | 'f'): LocalSpeaker | null {
    if (this.locals.some((x) => x.kind === 'unnamed' && x.heads.has(head))) return null;
    const fits = this.locals.filter((x) => x.kind === 'person' && !x.plural && (x.gender ?? listedGender(x.names)) === sex && (x.heads.has(head) || [...x.roles, ...x.mentionRoles].some((r) => roleFits(r, head, [], true))));
    if (fits.length !== 1) return null;
    // (Anyone else named with such a role, not told of the other sex, may be the one meant.)
    const own = new Set(fits[0]!.names.map((n) => compactName(n)));
    const other = sex === 'm' ? 'f' : 'm';
    if (this.mentions.some((m) => m.role && !own.has(m.compact) && roleFits(m.role, head, [], true) && (m.kin ?? this.personByCompact.get(m.compact)?.gender ?? listedGender([m.name])) !== other)) return null;
    return fits[0]!;
  }

  /**
   * "Vos spoke to a member of the Norlandic delegation. '...,' the delegate told her.": an unnamed one's bare
   * description ("the delegate"), no one at hand fits, is the one newcomer of that role its paragraph brought in by
   * "a" before the sentence, named by the fuller words that brought them in (`newcomer-description.ts`); the one
   * already read under those words, if any. Null when the paragraph brings in none, or two, or the description has
   * a word the fuller one lacks ("the Danish delegate").
   */
  private newcomerNamed(d: Extract<ParsedSpeaker, { type: 'description' }>, words: ReadonlySet<string>): LocalSpeaker | null {
    if (d.kind !== 'unnamed' || d.plural || !/^the\s/iu.test(d.text)) return null;
    const here = this.read.textOf.get(this.read.sentence);
    const full = here ? newcomerDescription(here.masked.slice(0, here.from), d.head) : null;
    if (!full) return null;
    const own = full.toLowerCase().split(/[^\p{L}]+/u);
    if (d.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => w && w !== 'the' && singular(w) !== d.head && !own.includes(w))) return null;
    const same = normaliseName(full);
    const known = this.locals.find((x) => x.kind === 'unnamed' && !x.plural && x.names.some((n) => normaliseName(n) === same));
    const s = known ?? this.create('unnamed', full, false);
    if (!s.names.includes(d.text)) this.addName(s, d.text);
    s.heads.add(d.head);
    for (const w of [...words, ...contentWords(full)]) s.words.add(w);
    this.lastPath = known ? 'description: the newcomer its paragraph brought in, already read' : 'description: new unnamed, named as its paragraph brought them in';
    return s;
  }

  /** Whether the paragraph being read, before the sentence being read, brings in someone new of the role `head` by "a". */
  private heldAnewInParagraph(head: string): boolean {
    const here = this.read.textOf.get(this.read.sentence);
    return here !== undefined && introducesHolderOf(here.masked.slice(0, here.from), head);
  }

  /**
   * Whether the paragraph being read, before the sentence being read, brings in someone new of the role `head` by "a"
   * after its last mention of `who` (by a capitalised word of their names): "Eik said a spokesman for the port had called him."
   */
  private heldAnewSince(head: string, who: LocalSpeaker): boolean {
    const here = this.read.textOf.get(this.read.sentence);
    if (!here) return false;
    const text = here.masked.slice(0, here.from);
    const at = lastHolderIntroduction(text, head);
    if (at < 0) return false;
    let last = -1;
    for (const w of who.names.flatMap((n) => n.split(/\s+/u)).filter((x) => /^[\p{Lu}]/u.test(x))) {
      for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(w)}(?![\p{L}])`, 'gu'))) last = Math.max(last, m.index!);
    }
    // (Only one named in the paragraph before the newcomer: an unnamed one's own "A senior official ... said" is
    // their bringing in, not another's.)
    return last >= 0 && at > last;
  }

  private resolveDescription(described: Extract<ParsedSpeaker, { type: 'description' }>, paragraph: number, asSpeaker: boolean): LocalSpeaker | null {
    // "a spokesperson for the Department" after "the Department of Coastal Affairs": read with the body's full name.
    if (described.text.includes(' the ')) {
      const here = this.read.textOf.get(this.read.sentence);
      const full = withFullBodyName(described.text, [...this.paragraphs.slice(0, Math.max(0, paragraph - 1)), here ? here.masked.slice(0, here.from) : ''].join('\n'));
      if (full) described = { ...described, text: full };
    }
    // "the head of the Kremlin", "the Kremlin boss": the leader of the country whose seat it is.
    const seat = seatLeader(described.text);
    const given = seat ? { ...described, text: seat, head: 'leader' } : described;
    // "the Russian head of state" (or "of government") is "the Russian leader": one who leads a country.
    // "the head of the Korean state" is "the Korean leader": the people's adjective inside is kept.
    const d = HEAD_OF_STATE.test(given.text) ? { ...given, head: 'leader' } : given;
    const asLeader = d === given ? d.text : `${d.text.replace(HEAD_OF_STATE, '$1')} leader`.replace(/\s+/gu, ' ');
    // "the former", "the latter": one of two people just named together, or nobody (`former-latter.ts`).
    const which = formerOrLatter(d.text);
    if (which) {
      const here = this.read.textOf.get(this.read.sentence);
      // The sentence the phrase points back to: its own, when it names people before the phrase ('Kellow met
      // Straade, and the latter said: ...'), or the one before. Exactly two people named there are the pair, in
      // the order named, whatever joins them ("met", "and", "spoke to"); one or three named leave no one sure.
      const at = here ? here.masked.slice(here.from, here.to).search(FORMER_LATTER_PHRASE) : -1;
      const ownNames = (this.read.namedIn.get(this.read.sentence)?.named ?? []).filter((m) => here && at >= 0 && m.at < here.from + at);
      // (A body's or a prize's name there is no one of the pair: "The Harwood Prize was shared by Beatrix Lowe and
      // Constance Mbeki." A capitalised name right after "the" is a thing's or a body's, never a person's.)
      const pointedAt = ownNames.length ? this.read.namedIn.get(this.read.sentence) : this.read.namedIn.get(this.read.sentence - 1);
      const person = (m: SentenceName): boolean => (parseSpeakerPhrase(m.name) as { kind?: string } | null)?.kind !== 'organisation' && !/(?<![\p{L}])the\s+$/iu.test(pointedAt?.masked.slice(Math.max(0, m.at - 5), m.at) ?? '') && !/^the\s/iu.test(pointedAt?.masked.slice(m.at, m.at + 4) ?? '');
      const pointedNames = (ownNames.length ? ownNames : pointedAt?.named ?? []).filter(person);
      // (Someone unnamed joined to one of them, "met Omar Faye and his aide", is a third the phrase may mean.)
      const companion = pointedAt ? unnamedCompanion(pointedAt.masked, pointedNames, (w) => isRoleNoun(w) || wordNetPerson(singular(w))) : false;
      const pointed = companion && pointedNames.length ? 'none' : memberOfSentence(pointedNames, which);
      if (pointed === 'none') {
        this.lastPath = `description: the ${which}, not two named in the sentence it points back to`;
        return null;
      }
      if (pointed) {
        this.lastPath = `description: the ${which} of the two the sentence names`;
        return this.resolvePerson(pointed, paragraph, null);
      }
      const before = [paragraph >= 2 ? this.paragraphs[paragraph - 2]! : '', here ? here.masked.slice(0, here.from) : ''].join('\n');
      const named = pairMember(before, which);
      // (Or two bare names each opening a clause, "Holm talked about boats and Sand about money.": each read as
      // the text reads that bare name anywhere, by the table of its holders.)
      const bare = named ? null : parallelMember(before, which, (n) => this.personNamed(n));
      this.lastPath = named || bare ? `description: the ${which} of two named together` : `description: the ${which}, no pair named`;
      if (bare) {
        const found = this.resolve({ type: 'name', name: bare, role: null, kind: 'person' }, paragraph, null, false);
        this.lastPath = `description: the ${which} of two named in parallel clauses`;
        return found?.kind === 'person' ? found : null;
      }
      return named ? this.resolvePerson(named, paragraph, null) : null;
    }
    // "The third person, a former rail clerk who now lives abroad, said ...": a description that only counts the
    // sources speaks through its appositive, which says who the source is.
    if (!d.plural && audienceOnly(d.text)) {
      const at = this.read.textOf.get(this.read.sentence);
      const here = at ? at.masked.slice(at.from, at.to).toLowerCase().indexOf(d.text.toLowerCase()) : -1;
      const apposed = at && here >= 0 ? describedApposition(at.masked.slice(at.from + here, at.to).replace(/^./u, (c) => c.toUpperCase())) : null;
      const who = apposed && apposed.description.toLowerCase() === d.text.toLowerCase() ? parseSubjectPhrase(apposed.appositive) : null;
      if (who?.type === 'description' && who.kind === 'unnamed' && !who.plural && !audienceOnly(who.text)) return this.resolveDescription(who, paragraph, asSpeaker);
    }
    if (d.definite && isCourtVoice(d.text)) {
      const at = this.read.textOf.get(this.read.sentence);
      const court = namedCourt([...this.paragraphs.slice(0, Math.max(0, paragraph - 1)), at ? at.masked.slice(0, at.from) : ''].join('\n'));
      if (court) {
        this.lastPath = 'description: the bench or ruling of the one court named';
        return this.resolveOrg(court);
      }
      if (isCourtOnlyVoice(d.text)) {
        this.lastPath = 'description: a court\'s bench or ruling, no one court named';
        return null;
      }
    }
    if (d.definite && !d.plural && ISSUED_HEADS.has(d.head)) {
      const issuer = this.statementIssuer(d.head, paragraph);
      if (issuer) return issuer;
      // ("The message added: ..." with no sender told is nobody's: a message, or a note, is no voice of its own.)
      // (Nor is a circular, a bulletin or an advisory whose issuer the text does not tell.)
      if (/^(?:message|note|circular|bulletin|advisory)$/u.test(d.head)) return null;
      // (Nor a statement, a release or a communique: "The yard, owned by BODY, said in a statement ... The
      // statement added:" with the issuer not read is no newcomer "a statement" who speaks.)
      if (/^(?:statement|release|communiqu[eé])$/u.test(d.head)) {
        // ('"...," the statement said. It was issued by BODY.': told in the very next sentence, `issued-by-after.ts`.)
        const after = this.issuerOfStatementAfter(paragraph);
        if (after) return after;
        this.lastPath = 'description: a statement whose issuer is not told';
        return null;
      }
    }
    const medium = d.kind === 'organisation' && d.definite && !d.plural ? this.mediumVoiced(d, paragraph) : undefined;
    if (medium !== undefined) return medium;
    if (d.head === 'agency' && isAgencyDescription(d.text)) {
      const at = this.read.textOf.get(this.read.sentence);
      const here = at ? at.masked.slice(at.from, at.to).toLowerCase().indexOf(d.text.toLowerCase()) : -1;
      const agency = at ? describedAgency(at.masked, at.from + Math.max(0, here), this.paragraphs[paragraph - 2] ?? null) : null;
      if (agency) {
        this.lastPath = 'description: the news agency named last';
        return this.resolveOrg(agency);
      }
    }
    if (d.definite && !d.plural && isFirmDescription(d.text)) {
      const at = this.read.textOf.get(this.read.sentence);
      const here = at ? at.masked.slice(at.from, at.to).toLowerCase().indexOf(d.text.toLowerCase()) : -1;
      const firm = at && here >= 0 ? describedFirm(at.masked, at.from + here, this.paragraphs[paragraph - 2] ?? null) : null;
      if (firm) {
        this.lastPath = 'description: the one firm named before it';
        return this.resolveOrg(firm);
      }
      const opening = at && here >= 0 ? openingFirm(d.text, this.paragraphs, at.masked, at.from + here, this.paragraphs[paragraph - 2] ?? null) : null;
      if (opening) {
        this.lastPath = 'description: the one firm the opening names';
        return this.resolveOrg(opening);
      }
    }
    // "'...,' Pryce's wife said." after "His wife, Harriet Pryce, ...": the one the text brought in as that
    // relative, bearing the owner's surname (`name-owned-kin.ts`).
    const ownedByName = !d.plural ? this.kinOfNamedOwner(d.text, paragraph) : null;
    if (ownedByName) {
      this.lastPath = 'description: the relative of the named owner the text brought in by that relation';
      return ownedByName;
    }
    // "Her husband" is as definite as "the husband": the one the text gave that relation ("Grace Roe and her
    // husband, Daniel Roe"). The possessive is no word a speaker must hold.
    const relation = isRelationDescription(d.text);
    const words = relation ? new Set([d.head]) : joinPeoples(asLeader, contentWords(asLeader));
    // "The Russian added" after "a senior Russian diplomat": a people's adjective alone refers back to the one
    // unnamed speaker the text described by it; with two so described, or a named person of that people, the
    // text does not say which (a new description stands).
    if (d.definite && !d.plural && PEOPLE_ALONE.test(d.text)) {
      const people = [...words];
      const of = (x: LocalSpeaker): boolean => people.length > 0 && people.every((w) => holdsWord(x.words, w));
      const fitting = this.locals.filter((x) => x.kind !== 'organisation' && !x.plural && x.names[0] !== d.text && of(x));
      if (fitting.length === 1 && fitting[0]!.kind === 'unnamed') {
        this.lastPath = 'description: the one speaker of that people';
        return fitting[0]!;
      }
    }
    // "His daughter watched him. '...,' she said." after "His daughter, Lina Vell, is a nurse.": the one person the
    // text brought in by that very relation ("his" and "daughter"), in this paragraph or one before, is who it
    // means; two so brought in (two men's daughters) leave it open.
    if (relation && !d.plural) {
      const kinned = this.broughtInBy(d.text, paragraph);
      if (kinned) {
        this.lastPath = 'description: the one brought in by that relation';
        return kinned;
      }
      // "Her husband, Tomas Kosh, ... listened. '...,' he said. His wife disagreed: ...": "his" is the man who
      // just spoke, and the text gave him that relation from the other side ("Her husband" of the woman named
      // before); his wife is she.
      const inverse = this.kinOfJustSpoken(d.text, paragraph);
      if (inverse) {
        this.lastPath = 'description: the relation of the one who just spoke, given from the other side';
        return inverse;
      }
    }
    // "At the register, his cashier, Ada Quill, was less amused. [...] His cashier laughed.": a possessive and a
    // noun for a person that is no kin ("his cashier", "her lawyer") is as definite as a word of kin: the one person
    // the text set off by that very phrase before a full name, when it did so for one person only.
    if (!relation && !d.plural && d.kind !== 'organisation' && OWNED_PERSON.test(d.text.trim()) && isPersonNoun(d.head)) {
      const owned = this.broughtInBy(d.text, paragraph);
      if (owned) {
        this.lastPath = 'description: the one brought in by that owned role';
        return owned;
      }
    }
    // "His wife, Ada Vell, arrived later. '...,' the wife said.": "the" and a noun of kin alone is the one person
    // the text brought in by that relation, whoever's relation it made them; two so brought in leave it open.
    const bareKin = !d.plural ? /^the\s+([\p{Ll}-]+)$/u.exec(d.text.trim()) : null;
    if (bareKin && kinSex(bareKin[1]!) !== null) {
      const kinned = this.broughtInByAnyone(bareKin[1]!, paragraph);
      if (kinned) {
        this.lastPath = 'description: the one the text brought in by that relation';
        return kinned;
      }
    }
    if (d.definite || relation) {
      // "the unification ministry official": the latest speaker with that head noun, best with shared words.
      let best: LocalSpeaker | null = null;
      let bestScore = -1;
      let tied = false;
      let tiedHere = false;
      let calledByOther = false;
      // A proper word of the description ("the GOP leaders", "the Chinese official") that a speaker lacks
      // rules that speaker out; so does a plural for one person ("the officials" is not "a senior official").
      // "the governor" is not someone the text gave that role only as a former one ("the former New Jersey
      // governor"): the text would say "the former governor".
      const past = PAST_ROLE.test(d.text);
      const ownerWord = relation ? null : descriptionOwner(d.text, d.head);
      const owner = ownerWord && ownerHeldTwice(this.paragraphs.slice(0, paragraph).join('\n'), d.head, ownerWord) ? ownerWord : null;
      const proper = relation ? [] : [...asLeader.matchAll(/(?<=^|\s)[\p{Lu}][\p{L}'’.-]*/gu)].map((m) => [...contentWords(m[0])][0]).filter((w): w is string => !!w && w !== d.head).map((w) => [...words].find((x) => x.split(' ').includes(w)) ?? w).filter((w, k, all) => all.indexOf(w) === k);
      // (Only for the one credited with a quotation: a description read as a sentence's subject keeps its
      // old reading, as "The party's nominee, he said, looked on ..." must not make "he" the nominee.)
      // "the female lawmaker" after two lawmakers named, a man and a woman: the one person of that sex the text
      // gave a role of that head (or a title WordNet files under it, "Rep."), when no one unnamed was so described.
      const sex = sexedHead(d.text, d.head);
      // "Its spokesperson, Ana Roe, said ... '...,' the spokeswoman said": a role's sexed form where the text gave
      // only its neutral form is the one person of that sex given the neutral one; anyone given the sexed form
      // itself is for the paths below (an unnamed one only so far as "the spokeswoman" itself, not "a spokeswoman").
      const neutral = SEXED_FORMS.get(d.head);
      if (asSpeaker && neutral && d.text.trim().toLowerCase() === `the ${d.head}` && !relation && !past && d.kind !== 'organisation' && !d.plural && !this.locals.some((x) => x.heads.has(d.head) && (x.kind !== 'unnamed' || x.names.some((n) => !/^the\s/iu.test(n)))) && !this.mentions.some((m) => m.role && roleFits(m.role, d.head, [], false))) {
        const one = this.sexedRoleHolder(neutral.role, neutral.sex);
        if (one) {
          this.lastPath = 'description: the one of that sex given the neutral form of that role';
          return one;
        }
      }
      if (asSpeaker && sex && !relation && !past && d.kind !== 'organisation' && !d.plural) {
        const sexed = this.sexedRoleHolder(d.head, sex);
        if (sexed) {
          this.lastPath = 'description: the one of that sex given that role';
          return sexed;
        }
      }
      if (asSpeaker && !relation && !past && d.kind !== 'organisation' && !d.plural) {
        // ("Eik said a spokesman for the port had called him. '...,' the spokesman said.": one of that role brought
        // in anew by "a" earlier in the paragraph may be the one meant as well as the one it names: no guess.)
        const named = this.fitNamedInParagraph(d, words, proper, paragraph);
        const here = named && named !== AMBIGUOUS && this.heldAnewSince(d.head, named) ? null : named;
        if (here) {
          this.lastPath = 'description: the one of that role its paragraph names';
          return here;
        }
        const expert = this.expertNamedJustBefore(d, paragraph);
        if (expert) {
          this.lastPath = 'description: the one commentator named just before';
          return expert;
        }
      }
      // (Fellows of a research body a description of an analyst may mean, when no one the text gave that noun fits.)
      const fellows: LocalSpeaker[] = [];
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const s = this.recent[i]!;
        // (A head the lexicon of roles lacks, "the guide", is no head a role gave: the roles' words are read for it.)
        if (s === AMBIGUOUS) continue;
        if (!(s.heads.has(d.head) || (s.kind === 'person' && [...s.roles, ...s.mentionRoles].some((r) => roleInCategory(r, d.head))) || leads(s, d.head, words) || this.expertJustQuoted(s, d) || peerDescribed(s, d.head) || (d.roleOnly && s.kind === 'person' && [...s.roles, ...s.mentionRoles].some((r) => roleHoldsHead(r, d.head))))) {
          // ("a senior fellow at the X Institute" for "the analyst": a looser fit, kept aside, `researchFellow`; so is
          // "a professor of Baltic history" for "the historian", `practisesField`.)
          if (!relation && !past && s.kind === 'person' && !d.plural && paragraph - (this.paragraphOf.get(s) ?? -9) <= 2 && [...s.roles, ...s.mentionRoles].some((r) => researchFellow(r, d.head) || practisesField(r, d.head)) && proper.every((w) => holdsWord(s.words, w)) && !(sex && (s.gender ?? listedGender(s.names)) === (sex === 'm' ? 'f' : 'm')) && !fellows.includes(s)) fellows.push(s);
          continue;
        }
        if ((s.kind === 'organisation') !== (d.kind === 'organisation')) continue;
        if (s.kind === 'unnamed' && s.plural !== d.plural) continue;
        // ("the male lawmaker" is never "the female lawmaker", nor a woman the text named.)
        if (sex && ((s.gender ?? (s.kind === 'person' ? listedGender(s.names) : null)) === (sex === 'm' ? 'f' : 'm') || [...s.words].some((w) => SEX_WORDS.get(w) === (sex === 'm' ? 'f' : 'm')))) continue;
        // "the two ministers" said it together: no one person of that role, however lately named.
        if (d.plural && s.kind === 'person') continue;
        if (proper.some((w) => !holdsWord(s.words, w))) continue;
        // "A spokesperson for Kerrin Water said ...; a spokesperson for the regulator said .... '...,' the regulator's
        // spokesperson said.": a body the description ties its person to, to which the text gave another of that
        // role, rules out one who lacks it (`description-owner.ts`).
        if (owner && !holdsWord(s.words, owner)) continue;
        // ("The regional governor's office" is not "the minister's office": another owner, another body.)
        if (otherPossessor(d.text, d.head, s.names)) continue;
        // "A second person ... said" then "The third person ... said": a counting word tells the sources apart.
        if (s.kind === 'unnamed' && otherOrdinal(d.text, s.names)) continue;
        // ("The veteran diplomat" may be one who followed the calling long and has left it, "a former diplomat",
        // as well as another the text gives it: it is not told whose.)
        if (!past && /\bveteran\b/iu.test(d.text) && this.callingHeldByAnother(s, d.head, paragraph)) {
          calledByOther = true;
          continue;
        }
        if (!past && (onlyFormer(s, d.head) || this.callingHeldByAnother(s, d.head, paragraph))) continue;
        // ("the former coach" is no one the text gave the coaching as theirs now, "The present coach is Ian Roe".)
        // ("the old head" too, `namesPastHolder`: "NAME, the acting head, was confirmed as head ... '...,' the old head
        // said" is not NAME.)
        // (Not one the text itself calls so, "The old captain of the ferry, NAME, 81,": there "old" tells an age.)
        // (Nor one who fits only by a title of the category held now: "the former lawmaker" is not "Rep. NAME".)
        if (namesPastHolder(d.text, d.head) && presentCategoryOnly(s, d.head)) continue;
        if (namesPastHolder(d.text, d.head) && onlyPresent(s, d.head) && ![...s.roles, ...s.mentionRoles].some((r) => namesPastHolder(r, d.head))) continue;
        // "the president" is not "Vice President Jane Roe" (`office-rank.ts`).
        if (lowerRankOnly(s.words, new Set(d.text.toLowerCase().split(/\s+/u)), rankRoles(s), d.head)) continue;
        // "the foreign minister" is not "Prime Minister Henrik Osten" (`office-rank.ts`).
        if (s.kind === 'person' && otherPortfolio([...s.roles, ...s.mentionRoles, ...s.names], d.text, d.head)) continue;
        // "the deputy minister" is not "Foreign Minister Jo Roe" (`office-rank.ts`).
        if (s.kind === 'person' && higherRankOnly([...s.roles, ...s.mentionRoles], d.text, d.head)) continue;
        let shared = 0;
        for (const w of words) if (w !== d.head && holdsWord(s.words, w)) shared++;
        if (shared > bestScore) {
          best = s;
          bestScore = shared;
          tied = false;
        } else if (shared === bestScore && paragraph - (this.paragraphOf.get(s) ?? 0) <= 3) {
          tied = true;
          if (this.paragraphOf.get(s) === paragraph) tiedHere = true;
        }
      }
      // (No one fits by the noun the text gave: the one fellow of a research body lately at hand, not two.)
      // (Nor when a sentence since the fellow was seen opens on someone else described as a person, "Her supervisor,
      // who asked not to be named, disagreed.": the loose fit is no longer the only one at hand.)
      if (!best && !tied && fellows.length === 1 && !otherPersonOpensSince(this.known, fellows[0]!, personNoun)) {
        best = fellows[0]!;
        bestScore = 0;
      }
      // "A Danish official said ... [new paragraph] One, a clerk of the board ..., said ... '...,' the official
      // said.": the one brought on in the quote's own paragraph to speak, whom no other there ties, is meant.
      const broughtHere = best !== null && tied && !tiedHere && best.kind === 'unnamed' && !best.plural && best.setUpToSpeak === true && this.paragraphOf.get(best) === paragraph;
      // Two of that kind seen lately that the words do not tell apart ("a Japanese official", "a Chinese
      // official", then "the official"): the text does not say which, unless it says "the same".
      if (best && tied && !broughtHere && !/\bsame\b/iu.test(d.text)) best = null;
      if (best && calledByOther && !/\bsame\b/iu.test(d.text)) best = null;
      // "A Dutch official said ... [new paragraph] A lock inspector said the gates were shut. "...," the official
      // said.": someone else unnamed, brought on in the quote's own paragraph as the subject of a verb of saying
      // since, may be the one "the official" means; the text does not say which.
      if (best && best.kind === 'unnamed' && !/\bsame\b/iu.test(d.text) && (this.paragraphOf.get(best) ?? paragraph) < paragraph && this.recent.slice(this.recent.indexOf(best) + 1).some((x) => x !== AMBIGUOUS && x !== best && x.kind === 'unnamed' && !x.plural && x.setUpToSpeak && this.paragraphOf.get(x) === paragraph)) best = null;
      // "Ambassador NAME said .... [new paragraph] NAME2, deputy chief of mission, said .... '...,' the diplomat said.":
      // one named in the quote's own paragraph with a role of their own may be the one the bare noun means as much as
      // the holder named before, when the text never gave that holder the noun itself (only a kind of it the lexicon
      // files under it, "ambassador" for "diplomat"); the text does not tie it, so no one. Not when the earlier one
      // holds the very noun ("The Speaker, NAME, ...", "Governor NAME"): then the noun is that holder's title.
      if (best && best.kind === 'person' && asSpeaker && words.size === 1 && !/\bsame\b/iu.test(d.text) && (this.paragraphOf.get(best) ?? paragraph) < paragraph && !heldAsRole(best, d.head) && this.otherRoleHolderHere(best, paragraph)) best = null;
      // "The Seoul Standard leads with ... the paper warns": a medium's description is the medium just named.
      if (!best && !tied && d.kind === 'organisation' && !d.plural) {
        const latest = this.recent.findLast((s) => s !== AMBIGUOUS && s.kind === 'organisation') ?? null;
        best = describedMedium(d.head, latest, latest ? paragraph - (this.paragraphOf.get(latest) ?? -9) : 9);
        if (!best && d.definite) {
          const last = this.recent.at(-1);
          const seen = last && last !== AMBIGUOUS ? last : null;
          best = describedBody(d.head, seen, seen ? paragraph - (this.paragraphOf.get(seen) ?? -9) : 9, seen ? paragraph - (this.spokeIn.get(seen) ?? -9) : 9);
        }
        if (best) bestScore = 0;
      }
      // "Kvist Marine, a Bergen shipbuilder, said ... The shipbuilder also said": the one body named lately with
      // that noun set off after its name (`apposed-body.ts`).
      if (!best && !tied && asSpeaker && !d.plural && d.definite && words.size === 1) {
        const body = this.bodyApposedWith(d.head, paragraph);
        if (body) {
          this.lastPath = 'description: the one body named with that noun set off after it';
          return body;
        }
        const spoken = d.kind === 'organisation' ? this.lastBodyBuiltOn(d.head, paragraph) : null;
        if (spoken) {
          this.lastPath = 'description: the body just credited, its name built on that noun';
          return spoken;
        }
        const headed = d.kind === 'organisation' ? this.bodyHeadedBy(d.head, paragraph) : null;
        if (headed) {
          this.lastPath = 'description: the one body named lately on that noun';
          return headed;
        }
        const kind = d.kind === 'organisation' ? this.bodyOfKind(d.head, paragraph) : null;
        if (kind) {
          this.lastPath = 'description: the one body named lately whose name WordNet files under that noun';
          return kind;
        }
      }
      // No one at hand fits: "the North Korean leader" may be the one person named lately with a role that
      // holds every word of the description ("North Korean leader Kim Jong Un", as an object); two fit, none.
      if (!best && !tied && d.kind !== 'organisation' && !d.plural) {
        // A proper word ("the Russian leader") ties so narrowly that the one person it fits may be named
        // further back, in the opening paragraphs of a short report.
        const fit = this.describedMentions(d.head, words, paragraph, proper.length > 0 ? 5 : 2);
        if (fit.length === 1) {
          this.lastPath = `description: role of a mention | ${words.size > 1 ? 'more words' : 'bare'}`;
          return this.resolvePerson(fit[0]!.name, paragraph, fit[0]!.role);
        }
        const before = fit.length === 0 && words.size === 1 && asSpeaker ? this.roleOfParagraphBefore(d.head, paragraph) : null;
        if (before) {
          this.lastPath = 'description: the one given that role in the paragraph before';
          return this.resolvePerson(before.name, paragraph, before.role);
        }
        // "says the stationmaster" paragraphs after "Ivan Petrov, the stationmaster,": a role no office title,
        // given in the text to one person only, ties that person however far back (a title of office, "the
        // minister", many may hold; the narrow reach above stands for those).
        // (So too a sentence's subject of "the" and that one lowercase noun, "The host laughed.", whom a "she said"
        // after it may mean; not a people's word, "the North Korean", which many the text names may be.)
        // "the veteran diplomat" of an obituary whose lead named its subject "a Soviet diplomat who ...".
        const subject = fit.length === 0 && paragraph > 1 ? obituarySubject(this.paragraphs[0], d.text, d.head, this.mentions) : null;
        // (Not when the text gave another person a role with that head in an appositive the mentions do not hold:
        // "His friend Jan Olek, a former diplomat, ...": "the veteran diplomat" may be either.)
        const otherHolds = subject !== null && this.locals.some((l) => l.kind === 'person' && !l.names.some((n) => compactName(n) === compactName(subject)) && [...l.roles, ...l.mentionRoles].some((r) => normaliseName(r).split(/\s+/u).map(singular).includes(d.head)));
        if (subject && otherHolds) {
          this.lastPath = 'description: none, the obituary\'s role held by another too';
          return null;
        }
        if (subject) {
          this.lastPath = 'description: the obituary\'s subject';
          return this.resolvePerson(subject, paragraph, null);
        }
        // (A past word, "the retired commander", only tells the deed is over: "who commanded a frigate".)
        const pastDeed = /^the\s+(?:retired|former)\s+[\p{Ll}]+$/u.test(d.text) && words.size === 2;
        const agent = fit.length === 0 && (words.size === 1 || pastDeed) && asSpeaker && /^the\s+(?:(?:retired|former)\s+)?[\p{Ll}]+$/u.test(d.text) ? this.agentOfRoleVerb(d.head, paragraph) : null;
        if (agent) {
          this.lastPath = 'description: the one the text has do what the role does';
          return this.resolvePerson(agent, paragraph, null);
        }
        const sole = fit.length === 0 && words.size === 1 && (asSpeaker || /^the\s+[\p{Ll}]+$/u.test(d.text)) ? this.soleRoleHolder(d.head, paragraph) : null;
        if (sole) {
          this.lastPath = 'description: the one person the text gave that role';
          return this.resolvePerson(sole.name, paragraph, sole.role);
        }
        const academic = fit.length === 0 && asSpeaker && /^the\s+(?:professor|researcher|scholar)$/u.test(d.text) ? this.soleAcademic(d.head, paragraph) : null;
        if (academic) {
          this.lastPath = 'description: the one academic the text named, lately';
          return academic;
        }
        // "the Spokesperson said" in a report that opened with "... by Jane Roe, Spokesperson for the Mayor.":
        // official style capitalises a title standing for the one holder the text named with it.
        const holder = fit.length === 0 ? officialHolder(this.mentions, d.text, paragraph) : null;
        if (holder) {
          this.lastPath = 'description: the holder of a capitalised title';
          return this.resolvePerson(holder.name, paragraph, holder.role);
        }
        // The text's roles fit no one: a person it named whom WordNet defines so ("the President of Russia").
        const defined = fit.length === 0 && proper.length > 0 && !past ? definedPerson(this.namedBefore(paragraph), d.head, [...words].filter((w) => w !== d.head)) : null;
        if (defined) {
          this.lastPath = 'description: WordNet definition of a person named';
          return this.resolvePerson(defined.name, paragraph, defined.role);
        }
      }
      // "Cruz defends ... in a commercial: "...," the senator says": a person the paragraph makes a sentence's
      // subject, up to the description's own, is nearer than one of that role named paragraphs back; the text
      // does not tie the description to the earlier one, so no one is chosen.
      if (best && best.kind === 'person' && (this.paragraphOf.get(best) ?? paragraph) < paragraph && this.otherSubjectInParagraph(best, d.head)) best = null;
      // "The Tribune's correspondent, Ada Fenn, spoke first. [...] the show went live to the Berlin correspondent,
      // Ola Brisk. "...," the correspondent said.": someone else given a role of that head since, named in full in
      // a mention (not a speaker the loop above weighed), may be the one meant; the text does not say which.
      if (best && best.kind === 'person' && !/\bsame\b/iu.test(d.text) && this.roleGivenSince(best, d.head, [...words].filter((w) => w !== d.head), paragraph)) best = null;
      // "Our defence ministry has said ..., and the minister told ...": a sentence that names a ministry before
      // "the minister" means that ministry's head, not someone of that role named in another paragraph.
      if (best && d.head === 'minister' && (this.paragraphOf.get(best) ?? paragraph) < paragraph && this.ministryBefore(d.text)) best = null;
      // "A spokesperson for the office of ROLE NAME said .... '...,' the spokesperson said.": one of that role
      // brought in by "a" earlier in the quote's own paragraph is the newcomer the description means, not one
      // seen only in paragraphs before (`indefinite-holder.ts`); left to a new description of its own.
      // (Or one seen in this paragraph too, when the newcomer is brought in after the last mention of them: "Eik said
      // a spokesman for the port had called him.")
      if (best && asSpeaker && d.definite && !d.plural && d.kind !== 'organisation' && !relation && ((this.paragraphOf.get(best) ?? paragraph) < paragraph ? this.heldAnewInParagraph(d.head) : this.heldAnewSince(d.head, best))) {
        this.lastPath = 'description: one of that role brought in anew in its paragraph';
        best = null;
        const brought = this.newcomerNamed(d, words);
        if (brought) return brought;
        const s = this.create(d.kind, d.text, false);
        s.heads.add(d.head);
        for (const w of [...words, ...contentWords(asLeader)]) s.words.add(w);
        return s;
      }
      if (best) {
        this.lastPath = `description: recent ${best.kind} | shared ${Math.min(bestScore, 2)} | ${Math.min(paragraph - (this.paragraphOf.get(best) ?? 0), 3)} paragraphs back`;
        if (!best.names.includes(d.text) && best.kind !== 'person') this.addName(best, d.text);
        for (const w of [...words, ...contentWords(asLeader)]) best.words.add(w);
        return best;
      }
    } else {
      // An indefinite description is someone new ("a Japanese official", then "a Chinese official"), unless the
      // text repeats it word for word: only the text ties two descriptions, never their being next to each other.
      // ("one of the sources" said twice is not thereby one person: the group is many, and the text names
      // none of them; only its saying "the same person" would tie them.)
      const same = normaliseName(d.text);
      for (let i = PARTITIVE_ONE.test(d.text) ? -1 : this.recent.length - 1; i >= 0; i--) {
        const s = this.recent[i]!;
        if (s !== AMBIGUOUS && s.kind === d.kind && s.names.some((n) => normaliseName(n) === same)) {
          this.lastPath = 'description: same words';
          return s;
        }
      }
    }
    // (A head the lexicon of roles lacks after "the" stands only for one the text gave a role of it.)
    if (d.roleOnly) {
      const learned = asSpeaker && ACADEMIC_EPITHET.test(d.text) ? this.academicJustBefore(paragraph) : null;
      if (learned) {
        this.lastPath = 'description: the academic the sentence before opened with';
        return learned;
      }
      this.lastPath = 'description: none, no one given that role';
      return null;
    }
    const varied = asSpeaker && d.definite && !d.plural && d.kind !== 'organisation' ? this.subjectJustBefore(d, paragraph) : null;
    if (varied) {
      this.lastPath = 'description: the subject of the sentence just before';
      return varied;
    }
    // "the charity said" with no charity named lately: a body known only by what it is set up as is no one to
    // name; the text ties it to a body or no one is credited.
    // (Written in lowercase: "the Trust for Open Shores" is a body's name.)
    if (d.kind === 'organisation' && d.definite && SET_UP_AS.has(d.head) && d.text.includes(d.head)) {
      this.lastPath = 'description: none, a charity or trust not named';
      return null;
    }
    this.lastPath = `description: new ${d.kind}`;
    // ("according to the press service of the Ministry of Transport, .... "...," the press service said.": a body's
    // bare description the paragraph gave in full just before, with the body it belongs to, is named so.)
    const whole = d.kind === 'organisation' && d.definite && !d.plural && !seat ? ownedInParagraph(this.paragraphs[paragraph - 1] ?? '', d.text) : null;
    if (whole) this.lastPath = 'description: new organisation, named in full in its paragraph';
    const brought = asSpeaker && d.definite && !d.plural && !relation && !seat ? this.newcomerNamed(d, words) : null;
    if (brought) return brought;
    // (Named as the text names them: "the head of the Kremlin", not the leader it was read as.)
    const s = this.create(d.kind, whole ?? (seat ? described.text : d.text), !asSpeaker);
    if (!asSpeaker && d.kind === 'unnamed' && this.read.writerAsks(d.text)) s.askedByWriter = true;
    s.heads.add(d.head);
    s.plural = d.plural;
    // The words apart too: a later "the Korean official" may still be this "North Korean official".
    for (const w of [...words, ...contentWords(asLeader)]) s.words.add(w);
    return s;
  }
}

// Words of one who has left a calling ("the retired nurse", "the former teacher"): the noun after them is a calling.
const PAST_CALLING = /\b(?:retired|former)\s/iu;

// One character that `\s` matches (the space before a role's last words in `roleHolder`).
const SPACE = /^\s$/u;

// How many sentences back a "he" or "she" may reach over narration that names no one else.
const CARRIED_SENTENCES = 5;

// A "he" or "she" opening a sentence as its subject, perhaps after a conjunction or an adverb of time.
const OPENING_PRONOUN = /^\s*(?:(?:But|And|Yet|So|Then|Now|Later|Still)\s+)?(?:he|she|He|She)\s+(?:[\p{Ll}]+ly\s+)?[\p{Ll}]{2,}/u;

/**
 * Whether `sentence` opens on the subject pronoun `p` and every one of `names` (a description: "a younger colleague")
 * is found in it only after that pronoun: someone the sentence brings in after its subject, not the subject.
 */
function namedOnlyAfterOpeningPronoun(sentence: string, p: string, names: readonly string[]): boolean {
  const m = OPENING_PRONOUN.exec(sentence);
  if (!m || !new RegExp(String.raw`\b${p}\b`, 'iu').test(m[0])) return false;
  const lower = sentence.toLowerCase();
  const at = names.map((n) => lower.indexOf(n.toLowerCase())).filter((i) => i >= 0);
  return at.length > 0 && at.every((i) => i >= m[0].length);
}

// Words for one who comments on a field from outside it, used in turn for the same person.
// What a charity is set up as: heads of a body's description that name no body of their own.
const SET_UP_AS = new Set(['charity', 'trust']);
const EXPERT_HEADS = new Set(['analyst', 'researcher', 'expert', 'specialist', 'scholar', 'academic', 'economist', 'commentator', 'observer']);
// Agent nouns and the verbs whose subject they name ("she hosted" is "the host"), each subject a name or "he"/"she"
// (captured first) or the name after a fronted participle of cross-examination (captured second).
const SUBJECT = String.raw`((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2}|\b[Hh]e|\b[Ss]he)`;
const ROLE_VERBS: Record<string, RegExp> = {
  host: new RegExp(String.raw`${SUBJECT}\s+(?:co-)?host(?:ed|s)\b(?!\s+by)|(?!)()`, 'gu'),
  moderator: new RegExp(String.raw`${SUBJECT}\s+moderat(?:ed|es)\b(?!\s+by)|(?!)()`, 'gu'),
  // ("Ivo Lund, who commanded a frigate for ten years," is "the commander", or "the retired commander" later.)
  commander: new RegExp(String.raw`${SUBJECT}(?:,\s+who)?\s+(?:once\s+|had\s+|has\s+|later\s+)?command(?:ed|s)\s+(?:a|an|the|his|her)\b|(?!)()`, 'gu'),
  witness: new RegExp(String.raw`${SUBJECT}\s+(?:testified|testifies|gave\s+evidence|gives\s+evidence|took\s+the\s+(?:witness\s+)?stand)\b|\b[Cc]ross-examined\s+by\s+[^.;]*?,\s+((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})\s+\p{Ll}`, 'gu'),
};
// The roles whose holder "the expert" (or another of EXPERT_HEADS) may mean: those heads and a scientist's.
const EXPERT_FAMILY = new Set([...EXPERT_HEADS, 'scientist']);
// Roles of others who comment from outside a field, any of whom "the expert" might mean as well.
const COMMENTATOR_HEADS = new Set([...EXPERT_FAMILY, 'historian', 'professor', 'fellow', 'lecturer', 'author', 'writer', 'consultant', 'strategist', 'adviser', 'advisor', 'pollster', 'political']);

/** Whether a role is lowercase adjectives only, no title ("liberal", "conservative", "pro-government"). */
function adjectivesOnly(role: string): boolean {
  const words = role.split(/\s+/u);
  return words.length <= 2 && words.every((w) => /^[\p{Ll}-]+$/u.test(w) && !TITLES.has(w) && (isLemma(w, 'adj') || /-/u.test(w)));
}

/** The first and last words of the names mentioned (no list per mention: a document mentions hundreds). */
// "the old builder", "the white-haired teacher", "the veteran fisherman": an epithet of age or looks and one noun.
const EPITHET_DESCRIPTION = /^the\s+(?:old|elderly|aged|ageing|aging|veteran|retired|grizzled|white-haired|grey-haired|gray-haired|silver-haired|bearded|wiry|burly)\s+([\p{Ll}-]+)$/iu;

/** The sex a noun right before a name tells ("His granddaughter, Masha,", "her son Pavel"), the first one found. */
// The possessive of a capitalised owner read as a name's role: "Harbor's" in "says Harbor's Lind".
const FIRM_OWNER = /^[\p{Lu}][\p{L}\p{N}.&-]*['’]s?$/u;

function nounBeforeSex(paragraphs: readonly string[], name: string): 'm' | 'f' | null {
  const re = sharedRegExp(String.raw`([\p{Ll}-]+),?\s+${escapeRegExp(name)}(?![\p{L}])`, 'gu');
  for (const p of paragraphs) for (const m of p.matchAll(re)) {
    const sex = nounSex(m[1]!, { plural: false });
    if (sex) return sex;
  }
  return null;
}

// A sentence opening on "he" or "she" and a verb addressing a named one ("He told Kask", "She assured Mayor Dahl"):
// the name, the object of the pronoun's own verb.
const ADDRESSED_BY_PRONOUN = /^\s*(?:He|She)\s+(?:(?:also|then|later|again)\s+)?(?:told|assured|promised|reminded|warned|thanked|urged|asked|toasted|greeted)\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’-]+)/u;

function mentionEnds(mentions: readonly NameMention[]): Set<string | undefined> {
  const ends = new Set<string | undefined>();
  for (const m of mentions) {
    ends.add(m.words[0]);
    ends.add(m.words[m.words.length - 1]);
  }
  return ends;
}

/** Whether `sentence` opens with one of `names` qualifying a plural noun, its subject ("NATO soldiers", "the Union's members"). */
function bodyQualifiesSubject(sentence: string, names: readonly string[]): boolean {
  const m = /^\s*(?:the\s+)?((?:[\p{Lu}][\p{L}'’-]*\s+){0,3}[\p{Lu}][\p{L}-]*)(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}]{3,})s\b/u.exec(sentence);
  if (!m) return false;
  const one = m[2]!;
  if (!(PERSON_NOUNS.has(one) || isPersonNoun(one) || isKindOf(one, 'person', 3))) return false;
  const opener = m[1]!.toLowerCase().replace(/^the\s+/u, '');
  return names.some((n) => n.toLowerCase().replace(/^the\s+/u, '') === opener);
}

/** Whether `sentence` cites a source "according to" that is none of `names` (a capitalised name or a described body). */
function otherSourceCited(sentence: string, names: readonly string[]): boolean {
  const m = /\baccording\s+to\s+(?:the\s+)?((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){0,4})/u.exec(sentence);
  if (!m) return false;
  const cited = m[1]!.toLowerCase();
  return !names.some((n) => { const name = n.toLowerCase().replace(/^the\s+/u, ''); return cited.includes(name) || name.includes(cited); });
}

/** A pronoun telling a body something, "they told the Group", "it informed the Council": the body's name. */
const TOLD_BODY = /\b(?:they|it|They|It)\s+(?:had\s+|have\s+|has\s+)?(?:told|tells|tell|informed|informs|inform|assured|assures|reminded|reminds|warned|warns|wrote\s+to|writes\s+to|said\s+to)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){0,3})/u;

/** Whether the sentence has the pronoun `p` telling something to the body named by one of `names`. */
function toldBody(sentence: string, p: 'it' | 'they', names: readonly string[]): boolean {
  const m = TOLD_BODY.exec(sentence);
  if (!m || !sharedRegExp(`^${p}\\b`, 'iu').test(m[0])) return false;
  const told = m[1]!.toLowerCase();
  return names.some((n) => n.toLowerCase().replace(/^the\s+/u, '') === told);
}

// A surname's lowercase particles alone ("van der", "de la"), read apart from the surname as a role.
const LOWER_PARTICLES = /^(?:van|von|de|der|den|del|della|dela|delos|di|da|du|dos|la|le|ter|ten)(?:\s+(?:der|den|de|la|le|los|las))?$/u;

// "he wrote", "she had written": the pronoun of a credit of writing.
const HE_WROTE = /\bhe\s+(?:had\s+|has\s+)?(?:wrote|writes|written)\b/iu;
const SHE_WROTE = /\bshe\s+(?:had\s+|has\s+)?(?:wrote|writes|written)\b/iu;

// Writings and their writer, in a sentence: "memos in which the elder Mr Roe priced ...", "letters from Jane
// Roe", "Roe's emails". (Writer: an optional "the elder", a title, one to three capitalised words.)
const WRITER = String.raw`((?:the\s+(?:elder|younger|older)\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})`;
const WRITINGS = String.raw`(?:e-?mails?|letters?|messages?|memos?|notes|texts|posts|diar(?:y|ies)|diary\s+entries|tweets)`;
const WRITINGS_BY = new RegExp(String.raw`\b${WRITINGS}\s+(?:in\s+which|where)\s+${WRITER}|\b${WRITINGS}\s+(?:from|by|written\s+by|sent\s+by)\s+${WRITER}|${WRITER}['’]s\s+${WRITINGS}\b`, 'u');

// A credit closing a sentence of reported speech: ", Jane Roe said." (a name of capitalised words before a saying verb).
// A capitalised word (not opening the sentence) right before a verb of reporting and what it reports.
const REPORTING_SUBJECT = /(?<=\S\s+)([\p{Lu}][\p{L}.'’-]*)\s+(?:recalled|said|says|told|noted|added|stated|explained|argued|insisted|emphasized|emphasised|stressed|remarked)\s+(?:that\b|the\b|[\p{Lu}])/u;
const CLOSING_CREDIT = /,\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+(?:said|says|added|adds|noted|notes|explained|recalled|argued|insisted|told\s+[\p{L}.'’ ]{1,40}?)\s*[.!]?\s*$/u;

// The words of kin or of a person that tell a woman or a man: another of them beside the kin named in full may be
// the one a later pronoun means (`kinOfGenderBefore`).
const SHE_WORDS = /(?<![\p{L}])(?:mother|mum|mom|wife|widow|daughter|sister|aunt|niece|grandmother|granddaughter|girlfriend|fiancée|woman|women|girl|girls|lady|stepmother|stepdaughter)s?(?![\p{L}])/giu;
const HE_WORDS = /(?<![\p{L}])(?:father|dad|husband|widower|son|brother|uncle|nephew|grandfather|grandson|boyfriend|fiancé|man|men|boy|boys|gentleman|stepfather|stepson)s?(?![\p{L}])/giu;

/**
 * The sex a "who says she ..." clause right after `name` in `sentence` tells ("Linden88, who said she teaches
 * Korean"): "she" or "he" as the clause's subject after a verb of saying; null otherwise.
 */
export function genderOfWhoClause(sentence: string, name: string): 'm' | 'f' | null {
  const at = sentence.indexOf(name);
  if (at < 0 || /[\p{L}\d_]/u.test(sentence.charAt(at + name.length))) return null;
  // (The clause opens on its comma: without one right after the name, no copy of the rest and no expression.)
  if (sentence.charCodeAt(at + name.length) !== 44) return null;
  const m = /^,\s+who\s+(?:says|said|writes|wrote|explains|explained|adds|added|describes|described)\s+(?:that\s+)?(she|he)\b/u.exec(sentence.slice(at + name.length));
  return m ? (m[1] === 'she' ? 'f' : 'm') : null;
}

/**
 * The sex a clause of anonymity after a description tells: "a senior official, who briefed us on condition that he
 * not be named,", "a guard, who asked that her name not be used,", "an aide, who spoke because he was not
 * authorised to ..."; null when the description (`text`, as parsed) is not followed by one.
 */
export function genderOfAnonymityClause(sentence: string, text: string): 'm' | 'f' | null {
  const at = sentence.toLowerCase().indexOf(text.toLowerCase());
  if (at < 0) return null;
  const m = /^,?\s+who\s+[^,;:"“”_]{0,80}?\b(?:on\s+(?:the\s+)?condition\s+that\s+(he|she)\s+not\s+be\s+(?:named|identified)|asked\s+that\s+(his|her)\s+name\s+not\s+be\s+(?:used|published|given|printed)|because\s+(he|she)\s+(?:(?:was|is)\s+not|(?:had|has)\s+not\s+been)\s+authori[sz]ed)/u.exec(sentence.slice(at + text.length));
  if (!m) return null;
  const w = m[1] ?? m[2] ?? m[3]!;
  return w === 'he' || w === 'his' ? 'm' : 'f';
}

/**
 * Whether `text` (a sentence) says that the person named `name` prosecutes: "Opening the prosecution case,
 * NAME ...", "NAME (KC), prosecuting, ...", "NAME, for the prosecution, ...".
 */
function prosecutes(text: string, name: string): boolean {
  const last = escapeRegExp(name.trim().split(/\s+/u).at(-1)!);
  const n = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*?\s*\b${last}(?:\s+[KQ]C)?`;
  return sharedRegExp(String.raw`(?:^|[.;]\s+)Opening\s+(?:the\s+)?(?:prosecution|Crown)(?:['’]s)?\s+case,\s+${n}\b|\b${last}(?:\s+[KQ]C)?,\s+(?:prosecuting|for\s+the\s+(?:prosecution|Crown)),`, 'u').test(text);
}

// A description tying someone to a named person: "a source close to the actress Bella Roane", "a friend of
// Ivo Hart", "an aide to Senator Mara Lind" (a full name of two or more capitalised words after the tie).
const TIED_TO_NAME = /\b(?:close\s+to|near\s+to|friend\s+of|friends\s+of|aide\s+to|familiar\s+with|for|of|to)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?((?:(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov)\.?\s+|(?:Senator|Governor|Judge|Mayor)\s+)?[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)+)/u;

/**
 * The roles a speaker's office is read from for its rank (`lowerRankOnly`): a person's roles, and for one known
 * only by a description, the description itself, so that "a spokesperson for the office of the deputy minister"
 * is read as a spokesperson (the rank word stands in its complement), not as a lower one of "the spokesperson".
 */
function rankRoles(s: LocalSpeaker): string[] {
  return s.kind === 'unnamed' ? [...s.roles, ...s.mentionRoles, ...s.names] : [...s.roles, ...s.mentionRoles];
}

/** The kind of title before a bare surname that tells people of one surname apart: "Dr." or a courtesy title. */
function titleKind(title: string | null): 'doctor' | 'courtesy' | null {
  if (!title) return null;
  const t = title.replace(/\.$/u, '').toLowerCase();
  if (t === 'dr' || t === 'doctor') return 'doctor';
  return t === 'mr' || t === 'mrs' || t === 'ms' || t === 'miss' ? 'courtesy' : null;
}

/** Whether one described, of no gender told, is described by a tie to a person named in full whose name or title tells the gender `want`. */
function tiedToNamedOfGender(s: LocalSpeaker, want: 'm' | 'f'): boolean {
  if (s.gender && s.genderSure) return false;
  for (const d of s.names) {
    const m = TIED_TO_NAME.exec(d);
    if (!m) continue;
    const name = m[1]!;
    const title = /^(Mr|Mrs|Ms|Miss)\.?\s/u.exec(name);
    const bare = name.replace(/^(?:(?:Dr|Sen|Rep|Gov)\.?|Senator|Governor|Judge|Mayor)\s+/u, '');
    // (The sex a noun of role before the name tells counts too: "the actress Bella Roane".)
    const role = /([\p{Ll}-]+)\s+$/u.exec(d.slice(0, m.index + m[0].length - name.length))?.[1];
    const g = title ? honorificSex(title[1]!) : (role ? nounSex(role, { plural: false }) : null) ?? genderOfName(bare) ?? listedGender([bare]);
    if (g === want) return true;
  }
  return false;
}

// A name's last word, a verb of questioning, and its object: a full name, perhaps after a description and a
// comma ("the defendant, Karl Uhl"), or a description alone ("the defendant").
const QUESTIONED_OTHER = /(?:^|\s)([\p{Lu}][\p{L}'’-]+)\s+(?:(?:had|has|then|later|also|repeatedly|sharply|closely)\s+)*(?:cross-examined|questioned|interrogated|quizzed|grilled|deposed)\s+(?:(the\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]{3,})(?:,\s+)?)?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)+)?/u;
// "Tom Hale asked Piet Vonk whether ...": a name's last word, "asked", the one asked by name (a bare surname too),
// and the question's opening word; the one asked answers as often as the asker goes on. (The empty group stands
// where QUESTIONED_OTHER holds a description, so `questionedOther` reads both matches alike.)
const ASKED_OTHER = /(?:^|\s)([\p{Lu}][\p{L}'’-]+)\s+(?:(?:had|has|then|later|also|once)\s+)?asked\s+()((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})\s+(?:whether|if|about|why|how|what|when|where)\b/u;

/** Whether a noun names a person: the role lists, or a noun of agent WordNet has as a kind of person and not a thing. */
function personNoun(h: string): boolean {
  return PERSON_NOUNS.has(h) || isPersonNoun(h) || (/(?:er|or|ist|ian|man)$/u.test(h) && isKindOf(h, 'person', 5) && !isKindOf(h, 'artifact', 8) && !isKindOf(h, 'abstraction', 8));
}

/** Whether a noun bringing someone in as a sentence's subject names a person: `personNoun`, or a noun WordNet has only as a person. */
function newPersonNoun(h: string): boolean {
  return personNoun(h) || wordNetPersonOnly(h);
}

// A role's last words after a preposition (a determiner and up to two words between) are its object, not the role.
const OBJECT_OF_ROLE = /(?:^|\s)(?:of|for|at|in|to|with|from|on|by|about)\s+(?:(?:the|that|this|these|those|its|his|her|their|a|an)\s+)?(?:[\p{L}\d'’-]+\s+){0,2}$/iu;

const ORDINAL = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/iu;

/** Whether a description counts its source ("the third person") and a speaker's names count only others ("a second person"). */
function otherOrdinal(description: string, names: readonly string[]): boolean {
  const own = ORDINAL.exec(description)?.[1]?.toLowerCase();
  if (!own) return false;
  const theirs = names.map((n) => ORDINAL.exec(n)?.[1]?.toLowerCase()).filter((t) => t !== undefined);
  return theirs.length > 0 && theirs.every((t) => t !== own);
}

/** Adjectives of sex a description of a person may hold, and the sex each tells. */
const SEX_WORDS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['female', 'f'],
  ['woman', 'f'],
  ['male', 'm'],
]);

/** The sex "the female lawmaker" tells: one adjective of sex, after "the", right before the head noun; else null. */
// The sexed forms of a role news also writes in a neutral form.
const SEXED_FORMS: ReadonlyMap<string, { role: string; sex: 'm' | 'f' }> = new Map([
  ['spokeswoman', { role: 'spokesperson', sex: 'f' }],
  ['spokesman', { role: 'spokesperson', sex: 'm' }],
]);

function sexedHead(text: string, head: string): 'm' | 'f' | null {
  const m = /^the\s+(female|woman|male)\s+([\p{Ll}-]+)$/iu.exec(text);
  return m && singular(m[2]!.toLowerCase()) === head ? SEX_WORDS.get(m[1]!.toLowerCase())! : null;
}

// The titles of the peerage a peer's name opens on ("Lord Roe", "Baroness Roe of Kelso").
const PEERAGE = /^(?:Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess|Marquess|Marchioness|Duke|Duchess)\s/u;

/** Whether "the peer" (or "peeress") may mean `s`, a person named with a title of the peerage. */
function peerDescribed(s: LocalSpeaker, head: string): boolean {
  return (head === 'peer' || head === 'peeress') && s.kind === 'person' && s.names.some((n) => PEERAGE.test(n));
}

/** The sex the name lists lean to for the given name of the full name `compact` mentioned (`listsLeanSex`); null for a name written family name first. */
function leanOfFullName(mentions: readonly NameMention[], compact: string): 'm' | 'f' | null {
  const m = mentions.find((x) => x.compact === compact);
  if (!m || m.words.length < 2 || familyNameFirst(m.name)) return null;
  return listsLeanSex(m.name.split(/\s+/u)[0]!);
}

/** The path of a pronoun left to no one right after a relayer passed on another's words (`relayer-thread.ts`). */
const RELAYED_VOICE_GOES_ON = 'pronoun: none, right after the relayed words, the one quoted may go on';

/** Whether the text gave `s` the noun `head` itself in a role ("Governor", "The Speaker"), not only a kind of it. */
function heldAsRole(s: LocalSpeaker, head: string): boolean {
  return [...s.roles, ...s.mentionRoles].some((r) => roleHoldsHead(r, head));
}
