/**
 * The subjects of narration sentences, noted so that a later "he said" or "the official said" can point back
 * to them: a name, a description, one set up to speak, or several people ("X and Y met ...").
 */
import { endsInPersonCompound } from './person-compound.ts';
import { mediumVoice } from './medium-voice.ts';
import { ATTITUDE } from './stance-predicate.ts';
import { describedWhoSpeaker, describedWhoSubject, pickedOutSubject, placedStanceSubject } from './placed-stance.ts';
import { bodyNamedAfterRole } from './body-after-role.ts';
import { wordSurnamePerson } from './word-surname.ts';
import { isSpace as isSpaceCode, splitSpaces } from '../text/chars.ts';
import { isRoleAppositive, isSpeechVerb } from './attribution.ts';
import { type DocumentSpeakers, KIN_NAMESAKES } from './document-speakers.ts';
import { isInitialledName, lexTags, nameEnding } from './names.ts';
import { isKindOf, isLemma } from '../text/wordnet.ts';
import { isKnownFirstName } from './first-names.ts';
import { placeOwnedRole } from './possessed-office.ts';
import { kinSex, nounSex, type Sex } from './gendered-nouns.ts';
import { parentheticalSource } from './parenthetical-credit.ts';
import { describedSubject } from './described-subject.ts';
import { isRelationDescription, relatedPair } from './couple-subject.ts';
import { toldGender } from './local-speaker.ts';
import { legislatureMember } from './role-fit.ts';
import { participleOfVerb } from './verb-participle.ts';
import { recordSubject } from './record-subject.ts';
import { mainClauseAfterFronted } from './fronted-named-clause.ts';
import { type ParsedSpeaker, isRoleNoun, wordNetPerson, nameBeforeAffiliation, parseSpeakerPhrase, parseSubjectPhrase, isPersonNoun, PERSON_NOUNS, relationName, singular, speakerWord, TITLES, SPEAKER_NOUN, SPEAKER_PROPER } from './speaker-phrases.ts';
import { conversationPartner, lastWordTo, mannerSubject, sourceByClause, sourceClauseSex } from './speech-manner.ts';
import { workAuthor } from './work-author.ts';
import { namesakeName } from './namesake-subject.ts';
import { givenNameFromPlace } from './caller-from-place.ts';
import { calledAsVerb, firstNameOnly, gaveNameAsVerb, givenNameSubject, knownAsSubject, messageSender, pseudonymSubject } from './given-name-clause.ts';
import { specifiedAfterWriter, specifiedName } from './specified-name.ts';
import { audienceOnly, describedApposition } from './described-apposition.ts';
import { placeOrEventPredicate } from './place-predicate.ts';
import { pastFrontedPlace, roleBeforeName } from './fronted-place.ts';
import { englishNameGender, listedGender } from './name-gender.ts';
import { nameOfObjectNotHead } from './of-object-name.ts';
import { frontedClauseWithPronoun } from './fronted-when-subject.ts';
import { senderNamed } from './sender-named.ts';
import { personNounOnly } from './place-qualifier.ts';
import { MONTH_NAMES } from '../text/calendar-words.ts';

// A month's name alone, which may also be a woman's first name ("June", "April").
const MONTH_ONLY = new RegExp(`^(?:${MONTH_NAMES})$`, 'u');

// (A relation the writer or someone named gives the person may lead the name: "My colleague Jane Roe, who ...,".)
// (So may a capitalised word and a lowercase role, the sentence's first word capitalised only for being first:
// "Club member Jane Roe, 71, told ...". So may a role after "The" or "A", a people's adjective or two before it:
// "The Danish rower Jane Roe, 27, who ..., said".)
// The lowercase particles of a surname ("de la", "van der", "da").
const NAME_PARTICLE = /^(?:de|del|della|dela|delos|di|da|das|dos|du|van|von|der|den|ter|ten|la|le|las|los)$/u;
const PLACE_TAG = /^(?:Place|Country|City|Region|Town|Organization)$/u;
// Nouns of people that countries and bodies take as well: "a close ally", "a key partner", "a founding member".
const SHARED_WITH_COUNTRIES = /^(?:ally|allies|partner|neighbour|neighbor|member|rival|signatory|supplier|buyer|customer|creditor|donor|observer|sponsor|backer|client|friend|adversary|enemy|foe|patron|guarantor|mediator|broker|host|newcomer|holdout)$/u;

/** Whether an appositive reads "a" or "an", up to three lowercase words, and a noun only ever of a person ("a third-year economics student"). */
function personAppositive(role: string): boolean {
  const m = /^(?:a|an)\s+(?:[\p{Ll}\d][\p{Ll}\d-]*\s+){0,3}([\p{Ll}][\p{Ll}-]+)$/u.exec(role);
  if (!m) return false;
  const head = m[1]!;
  return !SHARED_WITH_COUNTRIES.test(head) && (isPersonNoun(head) || isRoleNoun(head));
}

/** Whether a role written before a name ("batik trader", "Basket weaver") is all lowercase words after its first, ending on a noun only ever of a person. */
function personRole(role: string): boolean {
  const words = role.split(/\s+/u);
  const head = words[words.length - 1]!;
  return words.length <= 3 && words.slice(1).every((w) => /^[\p{Ll}-]+$/u.test(w)) && /^[\p{Ll}-]+$/u.test(head) && !SHARED_WITH_COUNTRIES.test(head) && isPersonNoun(head);
}

// (A relation may be two roles joined by "and", "His friend and rival NAME", read as one person's by
// `joined-roles-name.ts`.)
const APPOSITIVE_SUBJECT = /^((?:(?:My|Our|His|Her|Their|Your)\s+[\p{Ll}]+\s+(?:and\s+(?:[\p{Ll}-]+\s+){1,3}(?=[\p{Lu}]))?|[\p{Lu}][\p{Ll}]+\s+(?:[\p{Ll}]{3,}\s+){1,2}(?=[\p{Lu}])|(?:The|A|An)\s+(?:[\p{Lu}][\p{Ll}]+\s+){0,2}(?:[\p{Ll}]{3,}\s+){1,2}(?=[\p{Lu}]))?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,5}[\p{Lu}][\p{L}'’.-]*),\s+((?:a|an|the|who|\d+)\b[^,]*|[\p{Ll}][^,_]*),\s+[\p{Ll}]/u;

// ("The Unity Party elected Jane Roe, the leader, ...": a lowercase word between "The" and a name is a role only
// when it names a person; a verb there makes the body before it the subject, not the name after.)
const DETERMINED_ROLE = /^(?:The|An?)\s+(?:[\p{Lu}][\p{Ll}]+\s+){0,2}(?:[\p{Ll}]{3,}\s+)?([\p{Ll}]{3,})\s+(?=[\p{Lu}])/u;
function determinedRoleIsPerson(phrase: string): boolean {
  const m = DETERMINED_ROLE.exec(phrase);
  return !m || isRoleNoun(m[1]!) || wordNetPerson(m[1]!);
}
// (The clause set off may be long: "who spoke on condition of anonymity because he was not authorized to speak to
// the press". The verb may be a copula of stance, as one set up to speak: "was more cautious".)
// (Or a passive participle's clause of the question put: "A spokeswoman for the port, asked whether ..., said".)
const INTERRUPTED_DESCRIPTION = /^((?:The|A|An|One|Another)\s+[^,_]{1,90}),\s+(?:(?:also|again|likewise)\s+)?(?:[\p{Ll}]+ing|who|the|a|an|asked|pressed|questioned|reached|contacted)\b[^,_]{0,140},\s+(?:also\s+|later\s+|then\s+)?(said|says|told|added|warned|noted|stressed|insisted|(?:was|is)\s+(?:more|less|even|equally|far|rather|somewhat|much)\s|(?:was|is)\s+(?:asked|pressed|questioned|quizzed)\b|(?:asked|urged|begged)\s+(?:us|me)\b|(?:declined|refused)\s+to\s)/u;
/**
 * The writer's own question or interview: "I asked Jane Roe", "We spoke to Jane Roe", "I interviewed Jane Roe",
 * "When I put this to my MP, Jane Roe" (subject, then the one asked). So is the writer's visit or call: "I called
 * Jane Roe, a historian at ...", "We met Roe at the port": the one the writer seeks out is there to be quoted.
 * So is one whose words reached the writer: "We received a recorded message from a listener, Jane Roe", "I heard back
 * from Roe": the one who sent them is there to be quoted next.
 */
const WRITER_ASKS = /^(?:[^,;:_]{1,80},\s+)?((?:[\p{Lu}]|we\b|(?:when|after|as|once)\s+(?=(?:I|we)\s)|(?:at|in|on|outside|near)\s+(?:a|an|the)\s)[^,;:_]{0,60}?)\s+(?:asked|interviewed|put\s+(?:it|this|that|(?:this|that|the|these|those)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}]+)\s+to|(?:spoke|spoken|speaking|talked|talking)(?:\s+(?:this|that|last|yesterday|earlier|later)(?:\s+(?:morning|afternoon|evening|night|week))?)?\s+(?:to|with)|wrote\s+to|called|phoned|rang|reached|met|visited|found|caught\s+up\s+with|sat\s+(?:down\s+)?with|tracked\s+down|heard\s+(?:back\s+)?from|(?:received|got)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:message|memo|letter|email|e-mail|note|text|call|recording|reply)\s+from)\s+(?:(?:my|our)\s+[\p{L}'’-]+,\s+(?=[\p{Lu}])|(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}[\p{Ll}-]+,\s+(?=[\p{Lu}])|the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:\s+(?:of|for|at|in)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*)?,\s+(?=[\p{Lu}]))?((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*|(?:a|an|the|one|my|our)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)(?=[\s,.;:]|$)/u;
// Every verb WRITER_ASKS reads, as it must stand there (followed by white space), after the writer's "I" or "we",
// the only subjects its reading is kept for (in a perfect or progressive tense too: "I have been speaking to"; after
// an adverb of sequence too: "I also spoke to", "We then met").
// (Or its auxiliary run into the pronoun, as a live page writes: "We've been speaking to", "I'd met".)
const WRITER_VERB = /(?:I|We|we)(?:['’](?:ve|d|m|re))?\s+(?:(?:also|then|later|first|finally|again|eventually|briefly|subsequently)\s+)?(?:(?:have|had|am|are|was|were)\s+)?(?:been\s+)?(?:asked|interviewed|put|spoke|spoken|speaking|talked|talking|wrote|called|phoned|rang|reached|met|visited|found|caught|sat|tracked|heard|received|got)\s/u;
const WRITER_PRONOUN = /(?:I|We|we)(?:['’](?:ve|d|m|re))?\s/;
// (The words set off may quote a name: "..., who is no relation to the head of "Port-Trans", is ...".)
const TITLED_APPOSITIVE = /^((?:[\p{Lu}][\p{L}'’.-]*\s+)(?:[\p{L}'’.-]+\s+){1,9}[\p{Lu}][\p{L}'’.-]*),\s+(?:a|an|the|who|whose)\b[^,]*,\s+[\p{Ll}]/u;
// A name, a comma, a capitalised office of one to three words "of" a body, more of the title, a comma, a verb.
const CAPITALISED_OFFICE = /^((?:[\p{Lu}][\p{L}'’.-]*\s+){1,5}[\p{Lu}][\p{L}'’.-]*),\s+((?:[\p{Lu}][\p{Ll}-]+\s+){0,2}[\p{Lu}][\p{Ll}-]+)\s+of\s+[^,_"“”]{2,160},\s+[\p{Ll}]/u;
// Verbs of speech whose object is the one to answer or act next.
const PUTS_TO_ANOTHER = /^(?:asked|asks|questioned|pressed|quizzed|interviewed|told|tells|urged|urges|called|calls|begged|invited|challenged)$/u;
// A relation of someone's and an age set off by commas, opening the sentence: "His brother, 30, ".
const KIN_AGE = /^((?:His|Her|Their|My|Our)\s+[\p{Ll}]+),\s+\d{1,3},\s+(?=[\p{Ll}])/u;
// "His wife Greta, who ...": a relation, then a lone first name set off by a comma (the set-off words may run long).
const KIN_FIRST_NAME_COMMA = /^(?:His|Her|Their)\s+[\p{Ll}]+\s+[\p{Lu}][\p{L}'’-]*,\s+[^,]*,?$/u;
// Asking or telling the writer ("asked us to", "told me"), or declining to say ("declined to give figures").
// (Or calls or writes to the writer: "A diplomat rang me from Moscow.", "An aide telephoned on Friday.", "A
// voter wrote to us."; a call with no one else named is the writer's.)
const ADDRESSES_WRITER_OR_DECLINES = /^(?:(?:asked|told|urged|begged|rang|phoned|telephoned|called|emailed|texted|messaged)\s+(?:us|me)\b|wrote\s+to\s+(?:us|me)\b|(?:rang|phoned|telephoned)(?:\s+(?:from|on|at|in|late|early|again|back)\b|\s*[.,;]|$)|(?:declined|refused)\s+to\s)/u;
const NAME_COMMA = /^(?:(?:My|Our|Your)\s+[\p{Ll}]+\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,5}[\p{Lu}][\p{L}'’.-]*,\s+[^,]*,?$/u;
// A wire dateline opens the first sentence: "Pyongyang, September 14 (KCB) -- Kim Jong Un, ...".
const DATELINE = /^[\p{Lu}][\p{L}'’.-]*(?:,?\s+[\p{L}\d.]+){0,4}\s*(?:\([^()_]{1,20}\))?\s*(?:--|—|–)\s+/u;
// A place in capitals set off by a spaced hyphen, as plain-text copy writes the dash: "GLASSPORT - The board ...",
// "VALDEN/PORT ELMS - ...". (Capitals only, three letters or more: "Wages - not prices - ..." is a sentence.)
const CAPS_DATELINE = /^[\p{Lu}][\p{Lu}'’.\/-]{2,}(?:,?\s+[\p{Lu}][\p{Lu}'’.\/-]+){0,3}\s+-\s+/u;
// A wire dateline with its agency in parentheses, set off by a spaced hyphen as plain-text copy writes the dash:
// "CARROW, Norland, Sept 13 (NWA) - Tom Bell was asked ...". (The agency's parentheses tell it from a sentence.)
const AGENCY_DATELINE = /^[\p{Lu}][\p{L}'’.-]*(?:,?\s+[\p{L}\d.]+){0,5}\s*\([^()_]{1,20}\)\s+-\s+/u;
// "The minister, for his part, declined ...": an adverbial aside set off between subject and verb is no part of
// the subject, which the reading must see run on to its verb.
// (Or a body's name of capitalised words joined by "of", "for", "on" or "and", "the" perhaps before it: "The
// Department of Foreign Affairs, for its part, issued ...".)
const SET_OFF_ASIDE = /^((?:The|A|An)\s+[\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}][\p{L}-]*)?|(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*|(?:The\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[\p{Lu}][\p{L}'’.-]*){1,6}),\s+(?:for\s+(?:his|her|their|its)\s+part|however|in\s+turn|meanwhile|though|too|in\s+contrast|by\s+contrast|likewise|instead|in\s+fact|of\s+course),\s+(?=[\p{Ll}])/u;
// (Or a lowercase role between the name and a capitalised word that opens the sentence, its owner or its body:
// "Herders' association leader Ida Roe, meanwhile, worried ...": the role is asked of the lexicon in the reading.)
const ROLE_NAME_SET_OFF_ASIDE = /^((?!(?:The|A|An|In|At|On|From|For|By|With|After|Before|During|Under|Over|But|And|As|When|While|If|Once|Since|Later|Earlier)\s)[\p{Lu}][\p{L}'’-]*\s+(?:[\p{Ll}][\p{L}-]*\s+){0,2}([\p{Ll}][\p{L}-]*)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’.-]*),\s+(?:for\s+(?:his|her|their|its)\s+part|however|in\s+turn|meanwhile|though|too|in\s+contrast|by\s+contrast|likewise|instead|in\s+fact|of\s+course),\s+(?=[\p{Ll}])/u;
const LEAD_IN = /^(?:But|And|However|Meanwhile|Still|Yet|Also|Later|Earlier|So|Then|Now|Finally|Separately|Elsewhere)[,]?\s+/u;
// (Or a participle's clause of a question or news put to the subject: "Asked whether she believed him, Ms. Han laughed.",
// "Told of the ruling, Roe shook his head.", "Shown the photographs, Ms. Han said nothing."; or of the subject got
// hold of: "Reached at his home, Roe said ...", "Contacted by this paper, Ms. Han said ...")
// ("For the prosecution, Jane Roe KC said ...", "For his part, Roe said ...": a side or a part spoken for is fronted too.)
// ("Next to her, Ida Roe nodded.", "Sitting nearby, Roe ...": a place beside someone, or a participle of sitting or
// standing there, is fronted as any place is.)
// ", a retired border guard, " right after a name: an indefinite article and lowercase words set off.
const SECOND_ROLE = /^,\s+(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),\s/u;
const FRONTED_START = /^(?:For|From|Back|Under|Across|Near|Next\s+to|Alongside|Opposite|Nearby|Along|Beside|Behind|Around|[Aa]t|[Ii]n|[Oo]n|[Bb]y|[Dd]uring|[Aa]fter|[Bb]efore|[Uu]pon|[Oo]ver|Throughout|Inside|Outside|Later|Earlier|(?:Late|Early)\s+(?:in|on|at|into|last|this|that|next)|Shortly|[Tt]onight|[Tt]oday|Asked|Pressed|Told|Shown|Reminded|Informed|Confronted|Reached|Contacted|Approached|Interviewed)[\s,]/u;
const FRONTED_PARTICIPLE = /^([\p{Lu}][\p{Ll}]{2,}ing)\s+(?:to|for|in|on|at|from|with|about|after|before|round|around|outside|during|over|through|into|against|as|up|out|down|back|off|next|nearby|beside|alongside|opposite|evidence|the|a|an|his|her|their|its|him|them)[\s,]/u;
// -ing words that are prepositions, whose phrase ("According to Jane Roe, ...") other readings take.
const PREPOSITION_ING = /^(?:According|Including|Regarding|Concerning|Following|Excluding|Considering|Notwithstanding|Barring|Pending|Touching|Owing|During)$/u;
// "the", perhaps capitalised words of a body, a lowercase role, then a titled or full name: "the Foreign Office
// minister Lord Roe", "the party's treasurer Ida Roe".
const ROLE_THEN_NAME = /^the\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:[\p{Ll}][\p{Ll}'’-]+\s+){1,2}(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*(?=\s+(?:of\s+[\p{Lu}]|[\p{Ll}]))/u;
const FRONTED_PARTICIPLE_PHRASE = /^[\p{Lu}][\p{Ll}]{2,}ing\s[^,;:_"“]{1,80},\s+((?:[\p{Lu}]|(?:he|she|his|her|their|its|the|a|an)\s).*)$/u;
// A name set off by commas, then a subject (a name or a pronoun) and a lowercase verb, not a list ("and").
const NAME_SET_OFF_THEN_SUBJECT = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*,\s+((?:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*|he|she|He|She)\s+(?!and\b|or\b)[\p{Ll}].*)$/u;
// A fronted phrase that ends on a place after a preposition of place, at its comma: "At a rally in Dover, ".
const PLACE_BEFORE_COMMA = /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ff]rom)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’.-]*,\s*$/u;
// The place's region set off ("Maine, ", "N.H., "), then a phrase of time set off, then the subject: a capital or "he"/"she".
const REGION_THEN_TIME = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’.-]*,\s+(?:on|in|at|during|after|before|early|late|last|this|earlier|later)\s[^,;:_"“”]{1,50},\s+((?:[\p{Lu}]|(?:he|she)\s).*)$/u;
// (A clock's colon, "At 4:40,", is no break in the phrase; a second short phrase of time or place may follow
// the first: "After the service, over tea, ".)
// (The question a fronted "Asked" puts may run longer: "Asked by state television reporters whether the region
// would help its neighbour build new ferries, Roe pointed ...".)
const FRONTED = /^(?:(?:For|From|Back|Under|Across|Near|Next\s+to|Alongside|Opposite|Nearby|Along|Beside|Behind|Around|[Aa]t|[Ii]n|[Oo]n|[Bb]y|[Dd]uring|[Aa]fter|[Bb]efore|[Uu]pon|[Oo]ver|Throughout|Inside|Outside|Later|Earlier|(?:Late|Early)\s+(?:in|on|at|into|last|this|that|next)|Shortly|[Tt]onight|[Tt]oday|Asked|Pressed|Told|Shown|Reminded|Informed|Confronted|Reached|Contacted|Approached|Interviewed)(?:\s(?:[^,;:_]|(?<=\d):(?=\d)){1,80})?(?:,\s+(?:over|at|in|on|during|after|before)\s[^,;:_]{1,40})?|(?:Asked|Pressed)\s[^,;:_]{81,140}),\s+((?:[\p{Lu}]|(?:he|she|his|her|their|its|the|a|an)\s).*)$/u;
// The same fronted phrase, whatever opens the words after its comma.
// A short phrase of time with no comma, then a titled name and a lowercase word: "In his last years Mr. Belsky followed".
const FRONTED_NO_COMMA = /^(?:In|On|At|During|After|Before|Over|Throughout|Later|Earlier|Until)\s+((?:[\p{Ll}\d'’-]+\s+){1,4})((?:Mr|Mrs|Ms|Dr)\.?\s+[\p{Lu}][\p{L}'’-]+)\s+[\p{Ll}]/u;
// The clause after a description set off by its comma that gives the name the one described goes by: ", who gave
// only her first name, Vera," (the sex, the name).
const GIVEN_AFTER_ASKED = /^,\s+who\s+(?:gave|would\s+give|would\s+only\s+give|only\s+gave|offered)\s+(?:only\s+)?(his|her)\s+(?:(?:first|given)\s+)?name(?:\s+only)?(?:\s+as)?,?\s+([\p{Lu}][\p{Ll}'’-]+),/u;
// A clause of time whose subject is the writer ("When I drove off on Tuesday evening, "), its capitalised words
// only days and months, then the sentence's subject (a capital).
const WRITER_CLAUSE =
  /^(?:When|As|After|Before|Once|By\s+the\s+time|While)\s+(?:I|we)\s+(?:(?![\p{Lu}])[^,;:_"“]|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b){1,80},\s+([\p{Lu}].*)$/u;
// A clause of time or manner opening the sentence whose words hold no capital but a day's or a month's (no name),
// then the main clause, opening on a capital.
const NAMELESS_CLAUSE =
  /^(?:When|As|After|Once|While|Whenever|Since|Although|Though|Because|Until)\s+((?:(?![\p{Lu}])[^,;:_"“”]|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b){1,80}),\s+([\p{Lu}].*)$/u;
// The first letters of the conjunctions NAMELESS_CLAUSE (and `fronted-named-clause.ts`) opens on, as character codes.
const CLAUSE_OPENING_FIRST: ReadonlySet<number> = new Set([...'WAOSTBU'].map((c) => c.charCodeAt(0)));
// A name of one to four capitalised words and a comma: set off as an apposition, not opening a main clause.
const SET_OFF_AFTER_CLAUSE = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*,\s/u;
// A person the clause itself brings in, by a pronoun: the sentence may then be about two people.
const CLAUSE_PERSON = /\b(?:he|she|him|her|his|hers|they|them|their|we|us|our|I|me|my|you|your)\b/u;
// A full name set off by a comma before a verb (a form that is no determiner: "was", "counts"): "Vera Kalina, was counting".
const SET_OFF_NAME_VERB = /^((?:[\p{Lu}][\p{L}'’-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+),\s+(?:was|is|were|are|had|has|[\p{Ll}]{2,}ed|(?!this\b|his\b|its\b|thus\b|as\b)[\p{Ll}]{3,}s)\b/u;
const FRONTED_ANY = /^(?:(?:For|From|Back|Under|Across|Near|Next\s+to|Alongside|Opposite|Nearby|Along|Beside|Behind|Around|[Aa]t|[Ii]n|[Oo]n|[Bb]y|[Dd]uring|[Aa]fter|[Bb]efore|[Uu]pon|[Oo]ver|Throughout|Inside|Outside|Later|Earlier|(?:Late|Early)\s+(?:in|on|at|into|last|this|that|next)|Shortly|[Tt]onight|[Tt]oday|Asked|Pressed)(?:\s(?:[^,;:_]|(?<=\d):(?=\d)){1,80})?|(?:Asked|Pressed)\s[^,;:_]{81,140}),\s+(.*)$/u;
/** A copula's short predicate that ends the sentence: how someone stood on the matter ("was more blunt."). */
// (A reduced clause of the question put may close it, naming no one else: "was more blunt when asked about it".)
// ", and one of them, Per Lund, 79, waved a reporter away.": the name picked out, an age perhaps, then a verb and
// the rest of the sentence, no capital in it.
const PICKED_OUT = /,\s+(?:and|but)\s+(?:one|another)\s+of\s+(?:them|those),\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,2}[\p{Lu}][\p{L}'’-]*)(?:,\s+\d{1,3})?,\s+[\p{Ll}][^,;:"“”\p{Lu}]*[.!?]?\s*$/u;
// The singular of the plurals of people that end in no "s".
const IRREGULAR_MEMBER: Readonly<Record<string, string>> = { men: 'man', women: 'woman', people: 'person' };
const WHEN_ASKED = /\swhen\s+(?:asked|pressed|questioned|quizzed)\b/u;
// ("no" before a comparative too: "was no less direct", "was no more hopeful".)
// (Or an adjective of readiness before a verb of answering: "was quick to answer.", "was slow to reply to him.")
// (Or before a verb of saying, the subject then the one reporting: "was quick to point out that ...", "was careful to
// add that ..."; a "he said" after it goes on with the subject, as after "pointed out that ...".)
// (Or with "not" before such a verb, "was careful not to say so.", and two adjectives joined by "and", "was old and
// bitter.": still a stance of the subject, who stays at hand for "he said"; not a second past participle, "was
// arrested and charged", which tells what was done to the subject.)
const STANCE = /^(?:is|was|are|were)\s+(?:(?:not|no|more|less|also|even|far|much|rather|somewhat|equally|very|just|as|quite)\s+)*[\p{Ll}]+(?:\s+and\s+(?![\p{Ll}]+ed\b)[\p{Ll}]{3,})?(?:[.:]?|\s+(?:about|over|on|of|that|whether|by|with|at|than|when\s+(?:asked|pressed|questioned|quizzed)|(?:not\s+)?to\s+(?:answer|respond|reply|retort|object|disagree|interject|counter|say|add|note|point\s+out|stress|insist|caution|warn|emphasi[sz]e|concede|acknowledge|admit|explain))(?:\s+.*|[.:]?))$/u;
// Offices that one person holds and a writer uses as an epithet for someone named elsewhere ("A president who ...
// will hand his successor ..."): no one only described by them is set up for a "he said".
const OFFICE_HEADS = /^(?:president|vice|minister|premier|chancellor|governor|senator|mayor|leader|secretary|chairman|chairwoman|chair|king|queen|prince|princess|candidate|nominee|congressman|congresswoman|representative|lawmaker|speaker|judge|general|commander|ambassador|envoy|chief|head|director|emperor|monarch|pope|dictator|premier|frontrunner|front-runner|incumbent|challenger|successor|predecessor)$/u;
/** A copula of place: where someone was ("was at the port", "is back in Seoul", "was already there"). */
const PLACED = /^(?:is|was)\s+(?:(?:still|already|also|back|once|again)\s+)*(?:at|in|on|inside|outside|there|here|home|among|beside|near|by)\b/u;
/** "According to <a source>," opening a sentence, then the main clause (its subject a name, or "he", "the" ...). */
// (Not a pronoun: "According to him, ..." is the one "he" means, at hand for the sentence after.)
const ACCORDING_FRONTED = /^According\s+to\s+(?!(?:him|her|them|me|us|it)\s*,)[^,;:_"“”]{1,60},\s+((?:[\p{Lu}]|(?:he|she|the|a|an)\s).*)$/u;
/** "According to <a name>," opening a sentence (the name with its title, if any). */
const ACCORDING_OPENING = /^According\s+to\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,5}[\p{Lu}][\p{L}'’-]*),\s/u;
/** A passive verb of telling and its agent, a full name, perhaps after a relation set off: "was confirmed by his daughter, Jane Roe". */
const PASSIVE_TELLER = /^[^,;:_"“”]{1,80}?\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:first|later|also|officially)\s+)?(?:confirmed|announced|revealed|disclosed|reported|described|explained|denied|recounted|told|relayed|shared|posted)\s+by\s+(?:(?:his|her|their|its|the)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?,\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)(?=\s*[,.;]|\s*$)/u;
// A thing or place as subject, a passive verb and "by", then a full name and a clause of "who": "The canteen in
// question is run by Jane Roe, who ...", "The shop was founded by Jane Roe, who ...".
const PASSIVE_AGENT_WHO = /^(?:The|This|That|Its|Their|His|Her|Our)\s[^,;:_"“”]{1,60}?\s(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:now|still|also|jointly|largely|mostly)\s+)?(?:run|led|kept|held|built|owned|managed|founded|headed|chaired|started|staffed|organi[sz]ed|directed|overseen|fed|cooked|taught)\s+by\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*),\s+who\s/u;
// A written message opening the sentence with its writer named in full after "from", then the sentence's verb:
// "A letter from Jane Roe reached ...", "An angry email from Jane Roe arrived ...".
const MESSAGE_FROM = /^(?:A|An|The)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:letter|note|message|email|e-mail)\s+from\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)(?=\s+(?:(?:also|later|then|first)\s+)?[\p{Ll}]+(?:ed|s)?\b)/u;
// PASSIVE_TELLER's participle (each ends in "ed" but "told") and its "by": a quick test that the opening may read so.
const PASSIVE_BY = /(?:ed|told)\s+by\s/u;

/**
 * An imperative sending the reader to a person named in full: "Ask Jane Roe, ...", "Or take Jane Roe, 84, ...",
 * "Meet Jane Roe."; or a live page handing back to one it quoted before: "Back to Jane Roe, who ...", "Now over to Jane Roe."
 */
const SENT_TO = /^(?:(?:Or|And|Just)\s+)?(?:[Aa]sk|[Tt]ake|[Mm]eet|[Ll]isten\s+to|(?:Now\s+)?(?:[Bb]ack|[Oo]ver)\s+to)\s+((?:[\p{Lu}][\p{L}'’-]*\s+){1,2}[\p{Lu}][\p{L}'’-]*)(?=\s*[,.;:]|\s*$)/u;
const PERSON_NAME_TAG = /^(?:LastName|FirstName|MaleName|FemaleName)$/u;
// Verbs of naming in the past, and the determiner of an object after a verb.
const NAMING_FORM = /^(?:called|dubbed|branded|labelled|labeled|termed|named|hailed|denounced|condemned|praised|described)$/u;
const OBJECT_DETERMINER = /^(?:the|a|an|his|her|its|their|this|that|these|those)$/u;
// A description opening the sentence ("A former diplomat who served in Seoul"), a comma, then "he" or "she"
// and a verb: no other comma or quote before the pronoun.
const FRONTED_APPOSITION = /^(?:A|An|The)\s+[\p{Ll}][^,"“”:;]{2,140},\s+(he|she)\s+([\p{Ll}]+)(,?)/u;
// A name's answer, view or verdict as a sentence's subject, before its verb: "Roe's answer is that".
const OWNED_VIEW = /^((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}-]*)['’]s\s+(?:(?:own|first|short|simple|blunt|usual)\s+)?(?:answer|reply|response|view|argument|verdict|advice|retort|objection|explanation|diagnosis|prescription|conclusion)\s+(?:is|was|remains|has\s+been)\b/u;
const CLEFT_OR_FOR = /^(?:It\s+(?:is|was)\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+who\s+[\p{Ll}]|For\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*),\s)/u;
const AGE_BEFORE_SET_OFF_NAME = /,\s+\d{1,3}-year-old\s+(?=[\p{Lu}][\p{L}'’-]*\s+[\p{Lu}][\p{L}'’-]*,)/u;
// A role owned by a capitalised name's possessive, no article before it: "Norland's head coach", "Vesa's press officer".
const OWNED_BY_NAME = /^(?:[\p{Lu}][\p{L}.-]*\s+){0,2}[\p{Lu}][\p{L}-]*['’]s\s+(?:[\p{Ll}][\p{Ll}-]+\s+){0,2}([\p{Ll}][\p{Ll}-]+)$/u;
const NO_RELATION = /,\s+no\s+relation(?:\s+(?:to|of)\s+[^,]{1,40})?,/u;
// A description opening a sentence and its comma, then the words before a name set off after it: "His colleague, ",
// "His namesake, the economist ".
const SET_OFF_AFTER_DESCRIPTION = /^\s*(?:His|Her|Their|Its|Our|My|The|A|An|One|Another)\s+[^,]{1,50},\s+[^,]*$/u;
// A capitalised name, then "no relation" set off between dashes: "Daniel Kerubo - no relation -", "Roe — no relation to the mayor —".
const DASHED_NO_RELATION = /([\p{Lu}][\p{L}'’-]*)\s+[-–—]\s*no\s+relation(?:\s+(?:to|of)\s+[^-–—,.;]{1,40})?\s*[-–—](?=\s)/u;
// A fronted phrase of place or time to its comma, before a capitalised word: "From the opposition benches, ".
const FRONTED_LEAD = /^\s*[^,;:"“”_]{1,60},\s+(?=[\p{Lu}])/u;

/** How many characters of `sentence` a fronted phrase of place or time opening it takes, with its comma (0 for none). */
function frontedLead(sentence: string): number {
  return FRONTED_START.test(sentence.trimStart()) ? (FRONTED_LEAD.exec(sentence)?.[0].length ?? 0) : 0;
}
const REDDIT_HANDLE = String.raw`\/?u\/([\p{L}\d][\p{L}\d_-]{1,29})`;
// The handle as the subject opening the sentence, or as the author after "came from", "written by", "posted by".
// (Or set off after a noun for a user that opens the sentence, "A user called u/NAME posted ...", "Another
// commenter, u/NAME, ...": the handle names the subject the noun brings in.)
const HANDLE_AS_SUBJECT = new RegExp(String.raw`^\s*(?:(?:But|And|Then|Later|Meanwhile),?\s+)?(?:(?:A|An|The|Another|One)\s+(?:(?:forum|Reddit)\s+)?(?:user|commenter|poster|redditor)(?:\s+(?:called|named)|,)?\s+)?${REDDIT_HANDLE}(?=[\s,])|\b(?:came|comes|come)\s+from\s+${REDDIT_HANDLE}|\b(?:written|posted|made|left|shared|submitted)\s+by\s+${REDDIT_HANDLE}`, 'u');

const USER_NOUN_OPENING = /\b(?:user|commenter|poster|redditor)\b/u;

/** The one "u/" handle a sentence names as its subject or author, or null (none, or more than one handle). */
function handleSubject(sentence: string): string | null {
  if ((sentence.match(/(?:^|[\s(])\/?u\/[\p{L}\d]/gu) ?? []).length !== 1) return null;
  const m = HANDLE_AS_SUBJECT.exec(sentence);
  if (!m) return null;
  // (Brought in by a noun, the handle is the subject only of a sentence that names no one else after it: "A user
  // called u/NAME posted a clip of the mayor, Ada Lind." leaves a later "she" to the text's other readings.)
  if (USER_NOUN_OPENING.test(m[0]) && /[\p{Lu}]/u.test(sentence.slice(m.index + m[0].length))) return null;
  return (m[1] ?? m[2] ?? m[3])!;
}

// A sentence's opening up to a name, then an aside of one to eight words between spaced dashes, then a lowercase word.
// A description (perhaps after a fronted "Asked ...,"), then "responsible for" or "in charge of" and a few words, then a copula.
const IN_CHARGE = /^(\s*(?:Asked\s[^,;:"“”_]{1,80},\s+)?(?:[Tt]he|[Aa]n?|Another|One)\s+(?:[^,;:"“”_\s]+\s+){0,4}?[\p{Ll}]+)(\s+(?:responsible\s+for|in\s+charge\s+of)(?:\s+[\p{L}'’-]+){1,5}?)(?=\s+(?:was|is|were|are)\s)/u;
// A description opening the sentence ("Another diplomat"), then ", from a Nordic country," and a lowercase verb.
const SET_OFF_ORIGIN = /^(\s*(?:A|An|Another|One)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(,\s+(?:from|of|in|at|with)\s+[^,;:"“”_]{2,60},)(?=\s+[\p{Ll}])/u;
// (Typed with two hyphens for each dash all the same: "Ida Lund -- no kin of hers -- was calmer.")
// (Or a spaced en dash, as British and European papers set the dash: "Ida Lund – no kin of hers – was calmer.")
// (Up to fourteen words, a label in marks among them: "— no kin, she says, though the crew call them "the Lund
// twins" —".)
// (Plain-text wires set the pair off with single hyphens between spaces: "Rui Costa - no kin of hers - took ...".)
// (A whole clause may stand between the dashes, up to twenty-four words: "His wife, Ida Lund - women there keep their
// own family names, and hers happens to be the same as her husband's - runs the school."; the pair of dashes
// closes it wherever it ends inside the sentence, so its length is no risk to the subject outside it.)
const DASH_ASIDE = /^([^—–_"“”]*?[\p{Lu}][\p{L}'’.-]*)\s+(?:—|–|--|-(?!-))\s+(?!--?\s)[^—–\s]+(?:\s+(?!--?\s)[^—–\s]+){0,23}\s+(?:—|–|--|-(?!-))\s+(?=[\p{Ll}])/u;
// A body's proper name opening the sentence ("The Nordic Ferry Council"), then an aside set off by commas that
// describes it or says what was put to it ("asked ...", "founded ...", "a trade body"), then a lowercase verb.
const BODY_SET_OFF = /^(\s*(?:The\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,5}[\p{Lu}][\p{L}'’-]*)(,\s+(?:asked|invited|founded|formed|established|created|based|set\s+up|which|a|an)\s[^,;:"“”_]{1,80},)(?=\s+[\p{Ll}])/u;
// One described ("The ferryman", "A welder"), then the question put to them set off by commas, then a lowercase word.
const ASKED_ASIDE = /^(\s*(?:The|A|An)\s+(?:[\p{Ll}][\p{L}-]*\s+){0,2}[\p{Ll}][\p{L}-]*)(,\s+(?:asked|pressed|questioned)\s[^,;:"“”_]{1,140},)(?=\s+[\p{Ll}])/u;
const NAME_AFFILIATION = /^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*\s+(?:of|at|from)\s+[^,]+,$/u;
// A name and where the person works, then a role set off by commas before a lowercase verb: "Rep. Ana Berg of the
// Shore Party, the committee's ranking member, offered ...".
const AFFILIATION_ROLE = /^(\s*(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}[\p{Lu}][\p{L}'’-]*\s+(?:of|at|from)\s+[^,;:"“”_]{1,80})(,\s+(?:(?:the|a|an)|who|whose)\s[^,;:"“”_]{1,80},)(?=\s+[\p{Ll}])/u;
const startsUpperCode = (c: number): boolean => c >= 65 && c <= 90;
// A sentence bringing someone on in turn, the subject after its verb: "Next on the line was NAME", "Then came NAME".
const IN_TURN = /^(?:Next|First|Then|Last|Finally|Up\s+next)\b[^,;:"“”_]{0,30}?\s+(?:was|came)\s+((?:the|a|an)\s+[\p{L}'’ -]{2,40}?|(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)(?=\s*[,.;]|\s*$)/u;
// "Beside her sat Paul Green, head of roads.", "Behind them stood Ida Roe.": a place fronted before a verb of
// position, the one placed there named after it, the sentence's subject (a "he said" after it is theirs).
const PLACED_INVERSION = /^(?:Beside|Behind|Alongside|Opposite|Across\s+from|Next\s+to|At\s+(?:his|her|their|the\s+[\p{Ll}]+['’]s)\s+side|With)\s+[^,;:"“”_]{1,40}?\s+(?:sat|stood|was|were|waited|walked|came)\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)(?=\s*[,.;]|\s*$)/u;
// "At the back stood Tom Hale.", "In the second row sat Ida Roe, a nurse.": any phrase of place fronted before a
// verb of posture alone (not "was" or "came", which a phrase of time may front as well), the one placed there
// named after it.
const PLACED_POSTURE = /^(?:In|At|On|Near|Inside|Outside|Among|Under|Against|Along)\s+(?:the|a|an|his|her|their|its)\s+[^,;:"“”_]{1,40}?\s+(?:sat|stood|knelt|waited|leaned|lay|perched|lingered)\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*)(?=\s*[,.;]|\s*$)/u;
const NOT_A_VERB = /^(?:the|a|an|of|in|to|at|on|for|with|by|from|and|or|as|than|its|their|his|her|is|was|are|were)$/u;

// A present participle after a copula ("was watching"), not a noun or preposition that ends so ("was nothing", "is during").
const PROGRESSIVE = /^[\p{Ll}]{2,}ing[,.]?$/u;
const PROGRESSIVE_ADVERB = /^(?:already|still|also|now|then|just|again)$/u;
const NOT_PROGRESSIVE = /^(?:(?:no|some|any|every)?thing|during|morning|evening|ceiling|king|ring|wing|sibling|darling|spring|string|swing|sting|wedding|building|pudding)[,.]?$/u;
// A copula's noun phrase: a determiner, perhaps after adverbs of time or negation.
const NOUN_PREDICATE = /^(?:(?:not|never|always|once|still|now|also|then|long)\s+){0,2}(?:a|an|the|his|her|one|its)\s/u;
const REPORTED_IN = /\b(?:said|says|told|tells|added|recalled|wrote)\b/u;
// (Or "Mr. Hume senior", "Pruitt Jr.": the word or suffix of a generation after a surname, a title perhaps before.)
const GENERATION_SUBJECT = /^(The\s+(?:younger|elder|older)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[\p{Lu}][\p{L}'’-]+|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?!(?:The|A|An|One|Its|His|Her|Their|Our|My|This|That)\s)[\p{Lu}][\p{L}'’-]+\s+(?:senior|junior|Sr\.|Jr\.))(?:,|\s+(?!of\b)[\p{Ll}])/u;
const HEADLIKE = /^(?:[\p{Lu}]|(?:official|officials|spokesman|spokeswoman|spokesperson|diplomat|diplomats|source|sources|analyst|analysts|expert|experts|researcher|researchers|officer|lawmaker|lawmakers|aide|minister|leader|leaders|president|adviser|envoy|ambassador|director|chief|commander|ministry|agency|government|office|media|military|army|council|committee|commission|board|authority|company|union|association|embassy|department)$)/u;

/**
 * Whether `after`, the text right after a sentence, opens the next one on "He" or "She" as its subject (a verb
 * after it, perhaps past an adverb): the profile's "NAME was 19 when ... . He is 41 now" goes on with the one the
 * sentence before named, so that one was its subject.
 */
function profileThreadNext(after: string): boolean {
  const m = /^\s*(?:He|She)\s+(?:(?:also|then|later|still|now|never|often|once)\s+)?([\p{Ll}]+)/u.exec(after);
  return m !== null && (/^(?:is|was|has|had|does|did|lives|lived|works|worked|remembers|recalls|says|said)$/u.test(m[1]!) || /[^s]s$|ed$/u.test(m[1]!));
}
// An age right after the copula: "was 19", "is 41".
const AGE_PREDICATE = /^\d{1,3}$|^\d{1,3},$|^(?:nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\p{Ll}-]*,?$/u;

/** Whether `after`, the text right after a sentence, opens the next one on "He" or "She" and a verb of saying. */
function pronounSaysNext(after: string): boolean {
  const m = /^\s*(?:He|She)\s+(?:(?:also|then|later|once)\s+)?([\p{Ll}]+)/u.exec(after);
  return m !== null && isSpeechVerb(m[1]!);
}

/** Whether the words before a dash aside hold a comma that sets off a name, not one closing a fronted phrase. */
function setOffBeforeDash(words: string): boolean {
  const commas = words.split(',').length - 1;
  return commas > (FRONTED_START.test(words.trimStart()) ? 1 : 0);
}

/**
 * Records who a narration sentence (`masked[rs, re)`) is about, so that a later "he said" can point back to
 * them: the longest run of its first words that reads as a speaker and is followed by a verb-like word.
 */
export function noteSubject(masked: string, rs: number, re: number, paragraph: number, ds: DocumentSpeakers): void {
  const blanked = subjectAsidesNoted(masked, rs, re, paragraph, ds);
  if (blanked === null) return;
  masked = blanked;
  // Most sentences open with a word that can be no subject (a digit, a quote mark, a lowercase word that
  // is no determiner or head noun): tell them by their first character, before copying any text.
  let k = rs;
  while (k < re && isSpaceCode(masked.charCodeAt(k))) k++;
  // "81-year-old Jane Roe said she ...": an age in figures opening the sentence before a name is no part of its
  // subject, which is the name after it (blanked, the offsets kept).
  if (k < re && masked.charCodeAt(k) >= 48 && masked.charCodeAt(k) <= 57) {
    const aged = /^\d{1,3}-year-old\s+(?:([\p{Ll}]{3,})\s+)?(?=[\p{Lu}])/u.exec(masked.slice(k, Math.min(re, k + 40)));
    // (A noun of a person between, "81-year-old retiree Jane Roe", goes with the age.)
    if (aged && (!aged[1] || isRoleNoun(aged[1]) || isKindOf(aged[1], 'person', 4))) {
      masked = masked.slice(0, k) + ' '.repeat(aged[0].length) + masked.slice(k + aged[0].length);
      k += aged[0].length;
    }
  }
  // "Officially, the ministry's spokesperson, NAME, was more guarded still.": a sentence adverb put first and set
  // off by its comma is no part of the subject, which is read from the word after it (blanked, offsets kept).
  const adverb = k < re ? sentenceAdverbLength(masked.slice(k, Math.min(re, k + 30))) : 0;
  if (adverb > 0) {
    masked = masked.slice(0, k) + ' '.repeat(adverb) + masked.slice(k + adverb);
    k += adverb;
  }
  const c0 = masked.charCodeAt(k);
  if (k === re || (c0 < 128 && !(c0 >= 65 && c0 <= 90) && !(c0 >= 97 && c0 <= 122))) return;
  if (namedSubjectNoted(masked, rs, re, k, c0, paragraph, ds)) return;
  const read = openingSubjectRead(masked, rs, re, k, c0, paragraph, ds);
  if (read === null) return;
  const words = splitSpaces(read.s, 16);
  if (coordinatedOrDescribedNoted(masked, rs, re, k, c0, paragraph, ds, read.s, read.opening12, words)) return;
  setOffOrLeadingSubjectNoted(masked, rs, re, k, c0, paragraph, ds, read.s, read.opening12, words);
}

// noteSubject's readings, in order, split over five functions: one function of them all took V8 seconds to
// optimise, and again after every deoptimisation a rare branch caused (a quarter of the quote build). Each
// returns whether the sentence was settled (`null` for the two that hand on what they read).

/** The asides set off in the sentence blanked (offsets kept), or null when a reading of one settled it. */
function subjectAsidesNoted(masked: string, rs: number, re: number, paragraph: number, ds: DocumentSpeakers): string | null {
  // "When a Danish skipper docked here in May, he told me, ...": the one the fronted clause brings in is the "he"
  // right after it (`fronted-when-subject.ts`): its description (the longest run of words after the article that
  // reads as one person), set up to speak, of that sex.
  // (Not when someone read lately may be that "he": the pronoun may go on with them.)
  const fronted = frontedClauseWithPronoun(masked.slice(rs, re));
  if (fronted && !ds.mayBeNear(fronted.gender, paragraph)) {
    const words = fronted.clause.split(/\s+/u);
    for (let n = Math.min(words.length - 1, 6); n >= 2; n--) {
      if (!/^[\p{Ll}]/u.test(words[n]!)) continue;
      const one = parseSubjectPhrase(words.slice(0, n).join(' '));
      if (one?.type !== 'description' || one.kind !== 'unnamed' || one.plural) continue;
      if ([...words.slice(0, n)].some((w) => nounSex(w.toLowerCase(), { plural: false }) === (fronted.gender === 'm' ? 'f' : 'm'))) break;
      const noted = ds.resolve(one, paragraph, null, false);
      if (noted) {
        noted.setUpToSpeak = true;
        if (!noted.gender) noted.gender = fronted.gender;
        ds.noteSubject(noted);
        return null;
      }
      break;
    }
  }
  // "Two men sat by the window, and one of them, Per Lund, 79, waved a reporter away.": a last clause joined by
  // "and" or "but" that picks one of a group out by full name, and runs to the sentence's end with no other name,
  // has that one as the subject a "he said" after it goes on with.
  const picked = masked.indexOf(' of them, ', rs) >= 0 || masked.indexOf(' of those, ', rs) >= 0 ? PICKED_OUT.exec(masked.slice(rs, re)) : null;
  const pickedName = picked ? parseSpeakerPhrase(picked[1]!) : null;
  if (pickedName?.type === 'name' && pickedName.kind === 'person' && /\s/u.test(pickedName.name)) {
    ds.resolve(pickedName, paragraph, null, false);
    return null;
  }
  // "Wu Jianguo of the Harbin Academy, no relation, was more guarded.": the aside that tells two people of one
  // surname apart, after a name and where the person works, is no part of the subject, which goes on to its verb
  // past it (blanked, the places kept). (After a name alone, "Jane Roe, no relation, was ...", or a description
  // and a name, the appositive readings below take it.)
  // (After a fronted phrase of place or time too: "From the opposition benches, Jane Roe of Kelso, no relation,
  // raised ...", the name then opening the main clause.)
  const aside = masked.indexOf('no relation', rs);
  const lead = aside >= 0 && aside < re ? frontedLead(masked.slice(rs, re)) : 0;
  // "In Portsea, grain importer NAME - no relation - sees ...": the same aside set off by dashes after a name is no
  // part of the subject either (blanked, offsets kept). (Not after a name itself set off after a description that
  // opens the sentence, "His colleague, NAME — no relation — was blunter.", which the appositive readings take.)
  const dashed = aside >= 0 && aside < re ? DASHED_NO_RELATION.exec(masked.slice(rs, re)) : null;
  if (dashed && !SET_OFF_AFTER_DESCRIPTION.test(masked.slice(rs, rs + dashed.index))) {
    const from = rs + dashed.index + dashed[1]!.length;
    masked = masked.slice(0, from) + ' '.repeat(dashed[0].length - dashed[1]!.length) + masked.slice(from + dashed[0].length - dashed[1]!.length);
  }
  if (aside >= 0 && aside < re && NAME_AFFILIATION.test(masked.slice(rs + lead, aside).trim())) masked = masked.slice(0, rs) + masked.slice(rs, re).replace(NO_RELATION, (m) => ' '.repeat(m.length)) + masked.slice(re);
  // ("Rep. Ana Berg of the Shore Party, the committee's ranking member, offered a reading.": so is a role set off
  // after the name and where the person works; the name opens the subject, as without the role.)
  // (After a fronted phrase too: "In the chamber, Ana Berg of Kelso, a former teacher, raised ...".)
  // (So is a "who" clause set off there: "Senator Ana Berg of the opposition Shore Party, who is no kin of the
  // minister, accused ...": the name opens the subject, and a "she said" after it is hers.)
  const affiliatedIn = masked.indexOf(' of ', rs) >= 0 || masked.indexOf(' at ', rs) >= 0 || masked.indexOf(' from ', rs) >= 0;
  const plainAffiliated = affiliatedIn ? AFFILIATION_ROLE.exec(masked.slice(rs, re)) : null;
  const affiliatedAt = affiliatedIn && !plainAffiliated ? rs + frontedLead(masked.slice(rs, re)) : rs;
  const affiliated = plainAffiliated ?? (affiliatedAt > rs ? AFFILIATION_ROLE.exec(masked.slice(affiliatedAt, re)) : null);
  const affiliate = affiliated ? parseSubjectPhrase(affiliated[1]!.trim()) : null;
  if (affiliated && affiliate?.type === 'name' && affiliate.kind === 'person') {
    const from = affiliatedAt + affiliated[1]!.length;
    masked = masked.slice(0, from) + ' '.repeat(affiliated[2]!.length) + masked.slice(from + affiliated[2]!.length);
  }
  // "The baker Ida Lund — no kin of hers — was calmer.": an aside set off by a pair of dashes after a
  // name, before the verb, is no part of the subject, which goes on to its verb past it (blanked, places kept).
  // After a name set off ("Her namesake, the baker Ida Lund — no kin — was ..."), the first dash
  // closes the apposition as a comma would.
  // (Two searches, no arrays: this runs on every sentence.)
  const emDash = masked.indexOf(' — ', rs);
  const enDash = masked.indexOf(' – ', rs);
  const doubleHyphen = masked.indexOf(' -- ', rs);
  const hyphen = masked.indexOf(' - ', rs);
  const dash = Math.min(emDash < 0 ? Infinity : emDash, enDash < 0 ? Infinity : enDash, doubleHyphen < 0 ? Infinity : doubleHyphen, hyphen < 0 ? Infinity : hyphen);
  // (A comma that only closes a fronted phrase, "In the Bundestag, the spokeswoman Ida Lund – no kin – called",
  // sets no name off: the dash then closes nothing.)
  if (dash < re) masked = masked.slice(0, rs) + masked.slice(rs, re).replace(DASH_ASIDE, (m, name: string) => name + (setOffBeforeDash(name) ? ',' : ' ') + ' '.repeat(m.length - name.length - 1)) + masked.slice(re);
  // "The Nordic Ferry Council, asked for its view, sent a reply.", "The Ferry Council, a trade body, wrote ...": an
  // aside set off by commas after a body's proper name, before a lowercase verb, is no part of the subject, which
  // goes on to its verb past it (blanked, places kept), so a later "the council said" finds the body.
  const bodyAside = BODY_SET_OFF.exec(masked.slice(rs, re));
  if (bodyAside) {
    const body = parseSpeakerPhrase(bodyAside[1]!.trim());
    if (body?.type === 'name' && body.kind === 'organisation') {
      const from = rs + bodyAside[1]!.length;
      masked = masked.slice(0, from) + ' '.repeat(bodyAside[2]!.length) + masked.slice(from + bodyAside[2]!.length);
    }
  }
  // "The ferryman, asked whether he would sell the boat, shrugged.": the question put to one described, set off by
  // commas between the description and a lowercase verb, is no part of the subject, which goes on to its verb past
  // it (blanked, places kept), so a "he said" after it is the one described, not a man the question mentions.
  // (A verb of saying after the aside is `INTERRUPTED_DESCRIPTION`'s, which also sets the one described up to speak.)
  const askedAside = masked.indexOf(', asked ', rs) >= 0 || masked.indexOf(', pressed ', rs) >= 0 || masked.indexOf(', questioned ', rs) >= 0 ? ASKED_ASIDE.exec(masked.slice(rs, re)) : null;
  if (askedAside && !INTERRUPTED_DESCRIPTION.test(masked.slice(rs, re).trimStart())) {
    const one = parseSpeakerPhrase(askedAside[1]!.trim());
    if (one?.type === 'description' && one.kind === 'unnamed' && !one.plural) {
      const from = rs + askedAside[1]!.length;
      masked = masked.slice(0, from) + ' '.repeat(askedAside[2]!.length) + masked.slice(from + askedAside[2]!.length);
    }
  }
  // "the mayor's deputy responsible for parks was equally guarded": an adjective's phrase after a
  // description, saying what the one described looks after, is no part of the subject (blanked, offsets kept).
  // (Only a sentence holding either phrase's word: the expression's description backtracks over every opening.)
  const charge = wordWithin(masked, 'responsible', rs, re) || wordWithin(masked, 'charge', rs, re) ? IN_CHARGE.exec(masked.slice(rs, re)) : null;
  if (charge) {
    const from = rs + charge.index + charge[1]!.length;
    masked = masked.slice(0, from) + ' '.repeat(charge[2]!.length) + masked.slice(from + charge[2]!.length);
  }
  // "Another engineer, from an inland province, worried ...": where someone only described comes from, set off by
  // commas between the description and a lowercase verb, is no part of the subject (blanked, the offsets kept).
  // (Read here whole: the one described, and a view or a mood after, as `ATTITUDE` below.)
  const setOff = SET_OFF_ORIGIN.exec(masked.slice(rs, re));
  if (setOff) {
    const parsed = parseSpeakerPhrase(setOff[1]!.trim());
    const rest = masked.slice(rs + setOff[0].length, re).trim();
    if (parsed?.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural && !OFFICE_HEADS.test(parsed.head)) {
      const noted = ds.resolve(parsed, paragraph, null, false);
      if (noted && ATTITUDE.test(rest)) ds.noteSubject(noted);
      if (noted && isSpeechVerb(rest.split(/\s+/u)[0] ?? '') && !PUTS_TO_ANOTHER.test(rest.split(/\s+/u)[0] ?? '')) noted.setUpToSpeak = true;
      if (noted) return null;
    }
  }
  // "The best reply came from u/tide_clock.", "u/tide_clock posted a long reply.": a forum user named by a "u/"
  // handle as the sentence's subject or the author it names is who the sentence is about, a person (the user),
  // for a later "the user wrote" or "he wrote" (one handle only: two in a sentence leave it open).
  const handle = masked.indexOf('u/', rs);
  if (handle >= 0 && handle < re) {
    const user = handleSubject(masked.slice(rs, re));
    if (user) {
      // (A user, for "the user" after it: the noun is no title a role reading keeps.)
      ds.resolve({ type: 'name', name: user, role: null, kind: 'person' }, paragraph, null, false)?.heads.add('user');
      return null;
    }
  }
  // "One dock worker, 34-year-old Jane Roe, told ...": an age before a name set off after a description is no
  // part of the name, and must not hide the name the description gives (blanked, the offsets kept).
  const age = masked.indexOf('-year-old ', rs);
  if (age >= 0 && age < re) masked = masked.slice(0, rs) + masked.slice(rs, re).replace(AGE_BEFORE_SET_OFF_NAME, (m) => `,${' '.repeat(m.length - 1)}`) + masked.slice(re);
  // "..., a Seoul official told me, ...": the source in the parenthesis is at hand for a later "the official".
  // (The comma must fall inside this sentence: `includes` from rs would find one in any later sentence.)
  const comma = masked.indexOf(',', rs);
  if (comma >= 0 && comma < re) {
    const source = parentheticalSource(masked.slice(rs, re));
    const parsed = source ? parseSpeakerPhrase(source) : null;
    if (parsed?.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural) ds.resolve(parsed, paragraph, null, false);
  }
  return masked;
}

/** The readings of a name or description the sentence gives its subject by a clause or an inversion. */
function namedSubjectNoted(masked: string, rs: number, re: number, k: number, c0: number, paragraph: number, ds: DocumentSpeakers): boolean {
  // "A woman who worked at the plant gave her name only as Ms Lind.": the name given is the subject, of the sex
  // the pronoun tells. (Not an honorific's bare surname another person of the text already bears: "Ms Lind" is
  // then no one named yet, and the one described is left to the readings below.)
  const gave = c0 === 65 || c0 === 84 || c0 === 79 || c0 === 66 || c0 === 77 || c0 === 89 ? gaveNameAsVerb(masked.slice(k, re)) : null;
  const titledNamesake = gave?.titled === true && !/\s/u.test(gave.name) && ds.mentionedNameWords().some((w) => w.length >= 2 && w.at(-1) === gave.name.toLowerCase());
  if (gave && !titledNamesake) {
    const found = ds.resolve({ type: 'name', name: gave.name, role: null, kind: 'person' }, paragraph, null, false);
    if (found && !found.gender) found.gender = gave.gender;
    if (found) return true;
  }
  // ("His companion, who would not give his surname, was called Tolya, and he ...": the name the verb gives is the
  // subject, of the sex the pronoun tells.)
  const called = !gave && (c0 === 72 || c0 === 84 || c0 === 65) ? calledAsVerb(masked.slice(k, re)) : null;
  if (called) {
    const found = ds.resolve({ type: 'name', name: called.name, role: null, kind: 'person' }, paragraph, null, false);
    if (found && !found.gender) found.gender = called.gender;
    if (found) return true;
  }
  // (Then the one described up to "who" is the subject, of that sex, set up to speak: "a woman", not the namesake.)
  const head = titledNamesake ? parseSubjectPhrase(gave!.description.split(/\s+who\s/u)[0]!) : null;
  if (head?.type === 'description' && head.kind === 'unnamed' && !head.plural) {
    const found = ds.resolve(head, paragraph, null, false);
    if (found) {
      found.setUpToSpeak = true;
      if (!found.gender) found.gender = gave!.gender;
      ds.noteSubject(found);
      return true;
    }
  }
  // ("In the bar, a guide who has led walks here for years listened.": someone new, the "she" of the quote after.)
  const who = c0 === 73 || c0 === 65 || c0 === 79 || c0 === 66 || c0 === 78 ? describedWhoSubject(masked.slice(k, re)) : null;
  const whoParsed = who ? parseSpeakerPhrase(who) : null;
  if (whoParsed?.type === 'description' && whoParsed.kind === 'unnamed' && !whoParsed.plural) {
    const noted = ds.resolve(whoParsed, paragraph, null, false);
    if (noted) {
      ds.noteSubject(noted);
      // ("who" is said of people only: a noun the person lists lack, "guide", still names one a "she" may mean.)
      if (![...noted.heads].some((h) => PERSON_NOUNS.has(h) || TITLES.has(h) || isPersonNoun(h))) noted.heads.add('person');
      return true;
    }
  }
  // ("A member who works for a feeder line and asked not to be named said his firm had ...": set up to speak.)
  const whoSaid = c0 === 65 ? describedWhoSpeaker(masked.slice(k, re)) : null;
  const whoSaidParsed = whoSaid ? parseSubjectPhrase(whoSaid) : null;
  if (whoSaidParsed?.type === 'description' && whoSaidParsed.kind === 'unnamed' && !whoSaidParsed.plural) {
    const noted = ds.resolve(whoSaidParsed, paragraph, null, false);
    if (noted) {
      ds.noteSubject(noted);
      noted.setUpToSpeak = true;
      if (![...noted.heads].some((h) => PERSON_NOUNS.has(h) || TITLES.has(h) || isPersonNoun(h))) noted.heads.add('person');
      return true;
    }
  }
  // "A second Lund, Maria Lund of ..., was more upbeat.": the full name set off is the subject, not the surname
  // the description repeats (which would bring back the Lund named before).
  const namesake = c0 === 65 || c0 === 84 || c0 === 66 || c0 === 89 || c0 === 77 ? namesakeName(masked.slice(k, re)) : null;
  if (namesake) {
    ds.resolve({ type: 'name', name: namesake, role: null, kind: 'person' }, paragraph, null, false);
    return true;
  }
  // "Next on the line was Hugo Marsh, a plumber.", "First came Ida Roe.": an inverted sentence bringing someone on
  // in turn has the full name after its verb as its subject, at hand for the "he said" after it.
  const inTurn = c0 === 78 || c0 === 70 || c0 === 84 || c0 === 76 || c0 === 85 ? IN_TURN.exec(masked.slice(k, re)) : null;
  // (Someone described so, "Next was the mayor.", is the subject likewise; anything else there, "Next was Leith, a
  // port town.", leaves a later "he" to nobody rather than to whoever spoke before.)
  if (inTurn) {
    const turned = parseSpeakerPhrase(inTurn[1]!);
    if (turned?.type === 'name' && turned.kind === 'person' && /\s/u.test(turned.name)) ds.resolve(turned, paragraph, null, false);
    else if (turned?.type === 'description' && turned.kind === 'unnamed' && !turned.plural) {
      const found = ds.resolve(turned, paragraph, null, false);
      if (found) found.setUpToSpeak = true;
      else ds.ambiguous();
    } else ds.ambiguous();
    return true;
  }
  const placedBy = c0 === 66 || c0 === 65 || c0 === 78 || c0 === 79 || c0 === 87 ? (PLACED_INVERSION.exec(masked.slice(k, re)) ?? PLACED_POSTURE.exec(masked.slice(k, re))) : c0 === 73 || c0 === 85 ? PLACED_POSTURE.exec(masked.slice(k, re)) : null;
  const placedName = placedBy ? parseSpeakerPhrase(placedBy[1]!) : null;
  if (placedName?.type === 'name' && placedName.kind === 'person') {
    ds.resolve(placedName, paragraph, null, false);
    return true;
  }
  // "The first to call was an old friend, Dr Mara Lind, who ...": the name a specificational sentence gives
  // after its copula is who the sentence is about (`specified-name.ts`).
  const specified = c0 === 84 || c0 === 65 || c0 === 67 || c0 === 70 || c0 === 83 || c0 === 87 || c0 === 75 ? specifiedName(masked.slice(k, re)) : c0 === 73 ? specifiedAfterWriter(masked.slice(k, re)) : null;
  if (specified) {
    const named = ds.resolve({ type: 'name', name: specified.name, role: null, kind: 'person' }, paragraph, specified.description, false);
    // ("The man in the orange jacket turned out to be NAME": the one quoted earlier under those very words is NAME.)
    if (named && specified.opening) ds.nameDescribedLater(specified.opening, named);
    return true;
  }
  // "A father waiting at the gate, who gave his name only as Piotr, hoped ...": the name the clause gives is
  // the subject (its gender told by "his" or "her"), for a "he said" after it (`given-name-clause.ts`).
  const given = c0 === 65 || c0 === 84 || c0 === 79 || c0 === 66 ? givenNameSubject(masked.slice(k, re)) : null;
  if (given?.name) {
    const found = ds.resolve({ type: 'name', name: given.name, role: null, kind: 'person' }, paragraph, given.description, false);
    if (found && !found.gender) found.gender = given.gender;
    return true;
  }
  // "At the gate I asked a nurse, who gave only her first name, Greta, whether ...", "Her neighbour, a docker who
  // gave only his first name, Emil, was ...": the first name the clause gives, wherever the one described stands,
  // no one else named before it in the sentence.
  const firstOnly = given ? null : firstNameOnly(masked.slice(k, re));
  if (firstOnly) {
    const found = ds.resolve({ type: 'name', name: firstOnly.name, role: null, kind: 'person' }, paragraph, firstOnly.description, false);
    if (found && !found.gender) found.gender = firstOnly.gender;
    if (found) return true;
  }
  // "We had a letter this week from Ilse in Bergen.": the sender named by a given name, for the "She writes" after.
  const sender = given || firstOnly ? null : messageSender(masked.slice(k, re));
  if (sender) {
    const found = ds.resolve({ type: 'name', name: sender.name, role: null, kind: 'person' }, paragraph, null, false);
    if (found && !found.gender) found.gender = sender.gender;
    if (found) return true;
  }
  // "Siona from Ballyrae was first through.": a caller named by a given name and where they are from.
  const caller = given || firstOnly || sender ? null : givenNameFromPlace(masked.slice(k, re));
  if (caller) {
    const found = ds.resolve({ type: 'name', name: caller.name, role: null, kind: 'person' }, paragraph, null, false);
    if (found && !found.gender) found.gender = caller.gender;
    if (found) return true;
  }
  // "A deckhand known to the crew as Dido — "Grandpa" — shrugged.": the name others call the one described by.
  const known = !given && (c0 === 65 || c0 === 84 || c0 === 79 || c0 === 66) ? knownAsSubject(masked.slice(k, re)) : null;
  if (known && known.name) {
    const found = ds.resolve({ type: 'name', name: known.name, role: null, kind: 'person' }, paragraph, known.description, false);
    if (found && !found.gender && known.gender) found.gender = known.gender;
    if (found) return true;
  }
  // "My old friend, a man I will call Yegor, rang.", "Oleg, not his real name, said ...": the name the writer
  // gives in the source's stead.
  const pseudonym = !given && !known ? pseudonymSubject(masked.slice(k, re)) : null;
  if (pseudonym) {
    const found = ds.resolve({ type: 'name', name: pseudonym.name, role: null, kind: 'person' }, paragraph, pseudonym.description, false);
    // (With no sex told, the name given may tell it: "The mayor, whom we are calling Tom," is no "she".)
    const sex = pseudonym.gender ?? englishNameGender(pseudonym.name);
    if (found && !found.gender && sex) found.gender = sex;
    if (found) return true;
  }
  // ("A soldier, who gave only his call sign, "Wolf", laughed.", "A gunner who goes by the call sign "Kobza"
  // said ...": the one described, set up to speak.)
  const labelledBy = given ?? (known && !known.name ? known : null);
  const labelled = labelledBy ? parseSubjectPhrase(labelledBy.description) : null;
  if (labelled?.type === 'description' && labelled.kind === 'unnamed' && !labelled.plural) {
    const found = ds.resolve(labelled, paragraph, null, false);
    if (found) {
      found.setUpToSpeak = true;
      if (!found.gender && labelledBy!.gender) found.gender = labelledBy!.gender;
    }
    return true;
  }
  // "The unit's medic, a 26-year-old woman with ..., said she ...": a description with an appositive set off
  // before its verb of speech is the subject, set up to speak next, of the sex the appositive tells
  // (`described-apposition.ts`).
  const apposed = c0 === 65 || c0 === 84 || c0 === 79 || c0 === 66 ? describedApposition(masked.slice(k, re)) : null;
  // ("The unit's medic, a woman with the call sign Zirka, said ...": the name others call her by.)
  if (apposed?.name) {
    const found = ds.resolve({ type: 'name', name: apposed.name, role: null, kind: 'person' }, paragraph, apposed.description, false);
    if (found && !found.gender && apposed.gender) found.gender = apposed.gender;
    if (found) return true;
  }
  // ("A listener, a retired signalman from Crewe, wrote in": the appositive says who wrote.)
  const audience = apposed && audienceOnly(apposed.description) ? parseSubjectPhrase(apposed.appositive) : null;
  const apposedPhrase = audience?.type === 'description' && audience.kind === 'unnamed' && !audience.plural ? audience : apposed ? parseSubjectPhrase(apposed.description) : null;
  if (apposedPhrase?.type === 'description' && apposedPhrase.kind === 'unnamed' && !apposedPhrase.plural) {
    const found = ds.resolve(apposedPhrase, paragraph, null, false);
    if (found && found.kind === 'unnamed') {
      found.setUpToSpeak = true;
      if (!found.gender && apposed!.gender) found.gender = apposed!.gender;
    }
    if (found) return true;
  }
  // "A former diplomat who served in Seoul, she sees a longer game.": a description set before the pronoun that
  // is the sentence's subject is its apposition, no one new; the pronoun's person is who the sentence is about.
  // (Not "The minister, he said, was wrong": a reporting verb set off after the pronoun is a parenthesis.)
  if (c0 === 65 || c0 === 84) {
    const fronted = FRONTED_APPOSITION.exec(masked.slice(k, re));
    if (fronted && !(isSpeechVerb(fronted[2]!) && fronted[3] === ',')) {
      ds.resolve({ type: 'pronoun', pronoun: fronted[1] === 'he' ? 'he' : 'she' }, paragraph, null, false);
      return true;
    }
  }
  // "Roe's answer is that ...": a person's answer, view or verdict as the subject says what that person
  // holds; they are who the sentence is about, for a "she says" after it.
  // So is the one a cleft sentence picks out ("It is Roe who worries most ..."), and the one whose view a
  // sentence opening "For Roe, ..." gives.
  // (OWNED_VIEW needs an apostrophe in the sentence, CLEFT_OR_FOR an opening "It" or "For": told before either runs.)
  const view = startsUpperCode(c0) ? ((hasApostrophe(masked, k, re) ? OWNED_VIEW.exec(masked.slice(k, re)) : null) ?? (c0 === 73 || c0 === 70 ? CLEFT_OR_FOR.exec(masked.slice(k, re)) : null)) : null;
  const viewer = view ? parseSpeakerPhrase((view[1] ?? view[2])!) : null;
  if (viewer?.type === 'name' && viewer.kind === 'person' && (/\s/u.test(viewer.name) || ds.knowsName(viewer.name))) {
    ds.resolve(viewer, paragraph, null, false);
    return true;
  }
  return false;
}

/** The readings of the opening past fronted phrases; null when one settled the sentence, else the opening as read. */
function openingSubjectRead(masked: string, rs: number, re: number, k: number, c0: number, paragraph: number, ds: DocumentSpeakers): { s: string; opening12: string } | null {
  // The opening over 24 or 30 words, with no dateline or lead-in, as several readings below want it: made
  // once each, when first wanted (each was a copy and two replacements per narration sentence), by
  // `opening` (a function of the module: a closure made per sentence cost more than the copies it saved).
  // Only the first ten words are read: copy no more than twelve (a lead-in takes one).
  const end12 = wordsEnd(masked, k, re, 12);
  let s = withoutLeadIn(masked.slice(k, end12).trim());
  // (Kept as first read, for the readings below that ask whether nothing was cut from it since.)
  const opening12 = s;
  openingSentence(masked, k, re, end12, s);
  // "At the reception given in his honour, Kim Jong Un made a speech.": a fronted phrase of time or place
  // before the subject is no part of it (read over more words, as the phrase takes some).
  // So is a participle's phrase ("Giving evidence, the charity's founder, Jane Roe, said ...", "Speaking to
  // reporters, Roe said ...", "Opening for the government, the minister ..."): a verb's -ing form, then its
  // object or a preposition, before the comma (not a surname ending so: "Manning told reporters ...").
  const participle = FRONTED_PARTICIPLE.exec(s);
  // Only before a name, or a description giving one: "Opening the talks, the head of state noted ..." keeps
  // the description to the readings below, which know it without the phrase.
  const longer = participle && !PREPOSITION_ING.test(participle[1]!) && participleOfVerb(participle[1]!) ? FRONTED_PARTICIPLE_PHRASE.exec(opening(24)) : null;
  // ("Speaking in Austin, Texas, Paris Roe said": the state or country set off after the place is still the
  // phrase's; the subject comes after it.)
  const region = longer ? /^([\p{Lu}][\p{Ll}]+),\s+(?=[\p{Lu}]|(?:the|a|an|he|she)\s)/u.exec(longer[1]!.trim()) : null;
  const after = longer ? (region && isKindOf(region[1]!.toLowerCase(), 'location', 8) && !isKindOf(region[1]!.toLowerCase(), 'person', 6) ? longer[1]!.trim().slice(region[0].length) : longer[1]!.trim()) : '';
  // (Not a lone surname: "Speaking in Dunmore, Quinlan, without naming him, ..." in a text naming two Quinlans is
  // left to the readings below; a full or titled name says who.)
  // (Or "the", a role and a full name: "Replying for the government, the Foreign Office minister Lord Roe of Dene
  // said ...", the name's place after it making the opening longer than the words first read.)
  if (longer && ((/^[\p{Lu}][\p{L}'’.-]*\s+[\p{Lu}]/u.test(after) && !/^(?:The|A|An)\s/u.test(after)) || describedSubject(after.charAt(0).toUpperCase() + after.slice(1)))) {
    s = after;
  } else if (longer && ROLE_THEN_NAME.test(after)) {
    s = after.charAt(0).toUpperCase() + after.slice(1);
  } else if (FRONTED_START.test(s)) {
    // "In Dunmore, the town nearest the border, baker Tom Hale, 58, watched ...": past an apposition of the
    // place, a lowercase role before a name, read as the head of a sentence would be (`fronted-place.ts`).
    const loose = FRONTED_ANY.exec(opening(24));
    const past = loose ? pastFrontedPlace(loose[1]!.trim()) : null;
    const roled = past !== null ? roleBeforeName(past) : null;
    const person = roled ? parseSpeakerPhrase(roled.name) : null;
    if (person?.type === 'name' && person.kind === 'person' && /\s/u.test(person.name)) {
      ds.resolve(person, paragraph, roled!.role, false);
      return null;
    }
    // (After a lead-in too: "Later, over lunch, he raised his glass.")
    const longer = past !== null && past !== loose![1]!.trim() ? null : FRONTED.exec(opening(24));
    if (!longer && past !== null && past !== loose![1]!.trim()) s = past;
    if (longer) s = longer[1]!.trim();
    // "Under cross-examination by his barrister, Jane Roe, Mr Kent accepted ...": a name set off after the
    // phrase's last common noun is that noun's; the name or pronoun after it, before its verb, is the subject.
    const named = longer && /[\p{Ll}]{3},\s*$/u.test(opening(24).slice(0, opening(24).length - longer[1]!.length).trimEnd() + ' ') ? NAME_SET_OFF_THEN_SUBJECT.exec(s) : null;
    if (named) s = named[1]!;
    // "At a rally in Dover, Maine, on Thursday afternoon, Brenner included ...": a place the fronted phrase ends on,
    // set off with its region ("Maine", "N.H."), then a phrase of time set off in turn: the subject follows both.
    const placed = longer && !named && PLACE_BEFORE_COMMA.test(opening(24).slice(0, opening(24).length - longer[1]!.length)) ? REGION_THEN_TIME.exec(s) : null;
    if (placed) s = placed[1]!;
  }
  // "According to state media, Mr Lund said ...", "According to the ministry, the envoy ...": the source of a report
  // put first is no part of the subject after its comma. (A person named as the source, "According to Chief
  // Engineer Jane Roe, the delegation asked ...", is read below, as at hand for a "she said": kept so.)
  if (c0 === 65 && s.startsWith('According to ')) {
    const reported = ACCORDING_FRONTED.exec(opening(24));
    if (reported && (/^[\p{Lu}]/u.test(reported[1]!) || !ACCORDING_OPENING.test(opening(24)))) s = reported[1]!.trim();
  }
  // "When I drove off on Tuesday, Rudin was sorting the post.": a clause of time about the writer alone, put
  // first and set off by its comma, names no one else and is no part of the subject after it.
  const writerClause = (c0 === 87 || c0 === 65 || c0 === 66 || c0 === 79) && s === opening12 ? WRITER_CLAUSE.exec(opening(24)) : null;
  if (writerClause) s = writerClause[1]!.trim();
  // "When the hall emptied, Ann Vik stayed behind.": a clause of time that names no one (no capital but a day's or
  // a month's, no pronoun of a person), put first and set off by its comma, is no part of the name after it, the
  // main clause's subject, as a fronted phrase ("After the service, ...") is not.
  else if (CLAUSE_OPENING_FIRST.has(c0) && s === opening12) {
    const scene = NAMELESS_CLAUSE.exec(opening(24));
    // (Not a name set off by commas right after it: "When the chair of governors, Nerys Dando, asked Roper ..., she
    // said" has the clause run on past an apposition, whose name is no main clause's subject.)
    if (scene && !CLAUSE_PERSON.test(scene[1]!) && !SET_OFF_AFTER_CLAUSE.test(scene[2]!)) s = scene[2]!.trim();
    // "Since Tobin Roe took office, Piet Vaal has said little.": a subordinate clause put first that names someone
    // of its own is no part of the main clause's subject either, when that clause opens on a full name and its
    // verb; that name is the sentence's subject (who is meant by a pronoun after is for `sentences-read.ts`).
    else {
      const main = mainClauseAfterFronted(opening(24));
      if (main >= 0) s = opening(24).slice(main).trim();
    }
  }
  // "Later he raised his glass.", "Later, over lunch, he ...": a pronoun left first by a lead-in or a fronted
  // phrase is the subject all the same, as "He" opening the sentence would be. (PolNeAR train: 9 more right,
  // none more wrong among the judgeable; the 5 more counted wrong are gold chains giving "she" to a man or
  // a statement to another, read by hand.)
  // (So is a description: "Finally tonight, his sister, Mari Tamm, was seen ...".)
  if (/^(?:he|she|his|her|their|its|the|a|an)\s/u.test(s)) s = s.charAt(0).toUpperCase() + s.slice(1);
  // "In his last years Mr. Belsky followed ...", "In 2019 Dr. Roe moved ...": a short phrase of time put first
  // with no comma, before a name under a title of courtesy and a lowercase verb: the titled name is the subject.
  // (Not "In a letter to Mr. Roe ...": no word of the phrase may take the name as its object.)
  const untitled = FRONTED_NO_COMMA.exec(s);
  // (Only a surname one person the text names bears: which of two "Mr. Roe" means is for the readings below.)
  const titledSurname = untitled ? untitled[2]!.split(/\s+/u).at(-1)!.toLowerCase() : '';
  const bearers = untitled ? new Set(ds.mentionedNameWords().filter((w) => w.length >= 2 && w.at(-1) === titledSurname).map((w) => w.join(' '))).size : 0;
  if (untitled && bearers <= 1 && !/\b(?:to|with|from|for|of|about|by|against|between|and|under|behind|beside|near)\s/u.test(untitled[1]!)) s = s.slice(untitled[0].length - untitled[2]!.length - 2);
  // "At the Mira cafe on Harbour Street the owner, Vera Kalina, was counting ...": a phrase of place put first with
  // no comma, then "the" and a noun with a full name set off and a verb: that description and name are the subject.
  // (Not "In talks with the minister, Jane Roe, ...": no word of the phrase may take someone as its object.)
  // "At the Mira cafe on Harbour Street the owner, Vera Kalina, was counting ...": a phrase of place put first with
  // no comma, whose last words "the owner" the name set off after them belongs to, before a verb: the name is the
  // subject (the reading past the fronted phrase's comma left "Vera Kalina, was counting", a name set off).
  // (Not "In talks with the minister, Jane Roe, ...": no word of the phrase may take someone as its object.)
  const namedOff = !untitled ? SET_OFF_NAME_VERB.exec(s) : null;
  if (namedOff) {
    const o = opening(24);
    const before = o.slice(0, Math.max(0, o.indexOf(s.slice(0, 24))));
    if (/^(?:At|In|On|Outside|Inside|Near|Behind|Across)\s/u.test(before) && /\sthe\s+[\p{Ll}]+,\s*$/u.test(before) && !/\b(?:to|with|from|for|of|about|by|against|between|and)\s/u.test(before)) s = namedOff[1]! + s.slice(namedOff[1]!.length + 1);
  }
  // "Sen. Dale Pruett (R-Ga.) said ...": a party tag, state or age in parentheses after a name is no part
  // of the subject and does not end it.
  // So is an affiliation, which may be longer: "Jane Roe (Institute for Maritime Studies, Oslo), who ...".
  if (s.includes('(')) s = withoutNameParenthesis(s);
  // ("Sen. Dale Pruett, R-Ga., said ...": so is the tag written as news agencies do, set off by commas.)
  if (s.includes('-')) s = s.replace(SET_OFF_PARTY_TAG, '$1');
  // "His brother, 30, stayed behind.": an age set off after a relation is no part of the subject, which is read
  // as "His brother stayed behind." (a rival for a later "he").
  if (KIN_AGE.test(s)) s = s.replace(KIN_AGE, '$1 ');
  // "I asked Jane Roe, the harbour master, whether ...": the one the writer puts a question to answers next
  // ("'...,' she replied"), so she is at hand for that pronoun as a subject would be.
  // (After a fronted clause too: "To learn more, we spoke to Jane Roe, a fellow at ...".)
  // (The verb is looked for only in the words the expression reads.)
  const askedIn = mayAsk(masked, k, end24()) ? masked.slice(k, end24()).trim().replace(LEAD_IN, '') : '';
  const asked = askedIn ? WRITER_ASKS.exec(askedIn) : null;
  // (In a clause of time too: "When I asked Jane Roe ..., she smiled.")
  // (Lowercase after a word set off before it, as talk opens: "Look, when I met a pilot, he told me ...".)
  // (In a perfect or progressive tense too, as a live blog writes: "I have been speaking to Jane Roe, ...".)
  // (After a short phrase of time too, with no comma: "Last week I met the consul, and he told me ...".)
  if (asked && /^(?:(?:And|But|Then|So|Because)\s+)?(?:(?:[Aa]t|[Ii]n|[Oo]n|[Oo]utside|[Nn]ear)\s+(?:a|an|the)\s+(?:[\p{Ll}]+\s+){1,2})?(?:(?:[Ww]hen|[Aa]fter|[Aa]s|[Oo]nce)\s+|(?:(?:Last|This|Earlier|Later|On)\s+[\p{L}]+|Yesterday|Today|Recently)\s+)?(?:I|We|we)(?:['’](?:ve|d|m|re))?(?:\s+(?:also|then|later|first|finally|again|eventually|briefly|subsequently))?(?:\s+(?:have|had|am|are|was|were))?(?:\s+been)?$/u.test(asked[1]!)) {
    // "I met the Finnish envoy and the Swedish one, and he told me ...": two people met, a later "he" may be either.
    if (/\s(?:and|or)\s/u.test(asked[2]!) || /^\s*(?:and|or)\s+(?:the|a|an|his|her|their|[\p{Lu}])/u.test(askedIn.slice(asked.index + asked[0].length))) {
      ds.ambiguous();
      return null;
    }
    const parsed = parseSpeakerPhrase(asked[2]!);
    // (A lone name set off after a noun of a person: "from a listener, Pavel, who ...": the noun tells it is one.)
    const personBefore = /(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}([\p{Ll}-]+),\s+$/u.exec(asked[0].slice(0, asked[0].length - asked[2]!.length));
    const noun = personBefore?.[1];
    const setOffPerson = noun !== undefined && (PERSON_NOUNS.has(noun) || isPersonNoun(noun) || (isKindOf(noun, 'person', 5) && !isKindOf(noun, 'artifact', 8) && !isKindOf(noun, 'abstraction', 8)));
    // "I asked the mayor of Dorvik, Jane Roe, whether ...": a name set off after "the" and a noun (perhaps "of" a
    // place) is the one asked only when that noun is a person's ("I visited the port of Dorvik, Jane Roe's town" is
    // no one asked); the name is read, not the description.
    const theBefore = /(?:^|\s)the\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)(?:\s+(?:of|for|at|in)\s+[^,]{1,60})?,\s+$/u.exec(asked[0].slice(0, asked[0].length - asked[2]!.length));
    if (theBefore && !(PERSON_NOUNS.has(theBefore[1]!) || isPersonNoun(theBefore[1]!) || isRoleNoun(theBefore[1]!))) return null;
    if (parsed?.type === 'name' && parsed.kind === 'person' && (/\s/u.test(parsed.name) || ds.knowsName(parsed.name) || setOffPerson)) {
      ds.resolve(parsed, paragraph, null, false);
      return null;
    }
    // (A description, then the clause that gives the name it goes by: "I asked a teacher, who gave only her first
    // name, Vera, whether ...": the one asked is that name, of the sex "his" or "her" tells.)
    const givenAfter = /^(?:a|an|one)\s/iu.test(asked[2]!) ? GIVEN_AFTER_ASKED.exec(askedIn.slice(asked.index + asked[0].length)) : null;
    if (givenAfter) {
      const found = ds.resolve({ type: 'name', name: givenAfter[2]!, role: null, kind: 'person' }, paragraph, asked[2]!.trim(), false);
      if (found && !found.gender) found.gender = givenAfter[1] === 'his' ? 'm' : 'f';
      return null;
    }
    // Or a description of a person, its longest opening that reads as one: "When I asked a Russian official
    // what Moscow wanted, he smiled."
    const words = asked[2]!.split(/\s+/u);
    if (/^(?:a|an|the|one|my|our)$/iu.test(words[0]!)) {
      for (let n = words.length; n >= 2; n--) {
        // (Never ending on a preposition: "a retired pilot in May" is read as "a retired pilot".)
        if (/^(?:in|at|on|of|from|for|with|to|by|near|after|before|during)$/u.test(words[n - 1]!)) continue;
        const described = parseSpeakerPhrase(words.slice(0, n).join(' '));
        if (described?.type === 'description' && described.kind === 'unnamed' && !described.plural) {
          ds.resolve(described, paragraph, null, false);
          return null;
        }
      }
    }
  }
  // "There's a line going around from Jane Roe at the ministry.": the sender, the only person the sentence may
  // name, is at hand for the "He said" after it as a subject would be (`sender-named.ts`).
  const sender = masked.includes(' from ') ? senderNamed(masked.slice(k, re)) : null;
  const senderParsed = sender ? parseSpeakerPhrase(sender) : null;
  if (senderParsed?.type === 'name' && senderParsed.kind === 'person' && /\s/u.test(senderParsed.name)) {
    ds.resolve(senderParsed, paragraph, null, false);
    return null;
  }
  // "Ask Jane Roe, who runs the homework club.", "Or take Jane Roe, 84, who ...": the writer sends the reader to
  // someone by name, who is then quoted; at hand for the "she told me" after it as a subject would be.
  const sentTo = c0 === 65 || c0 === 79 || c0 === 84 || c0 === 77 || c0 === 76 || c0 === 66 || c0 === 78 ? SENT_TO.exec(masked.slice(k, re)) : null;
  const sent = sentTo ? parseSpeakerPhrase(sentTo[1]!) : null;
  // (A given name opening it: "Take Velden Pier, which has lost half its boats." sends the reader to a place.)
  if (sent?.type === 'name' && sent.kind === 'person' && /\s/u.test(sent.name) && isKnownFirstName(sent.name.split(/\s+/u)[0]!) && nameEnding(sent.name) === null) {
    ds.resolve(sent, paragraph, null, false);
    return null;
  }
  // "According to Chief Engineer Jane Roe, the delegation asked ...": the source named is at hand for the
  // "she said" after it, as the subject of a sentence would be.
  const source = ACCORDING_OPENING.exec(s);
  // (A title before the name is no part of it: "Chief Engineer Marina Sedova" from the first known first name.)
  const sourceWords = source ? source[1]!.split(/\s+/u) : [];
  const from = sourceWords.findIndex((w) => isKnownFirstName(w));
  const sourced = source ? parseSpeakerPhrase(from > 0 && sourceWords.length - from >= 2 ? sourceWords.slice(from).join(' ') : source[1]!) : null;
  if (sourced?.type === 'name' && sourced.kind === 'person' && /\s/u.test(sourced.name)) {
    ds.resolve(sourced, paragraph, null, false);
    return null;
  }
  // "His death was confirmed by his daughter, Jane Roe.": the agent of a passive verb of telling is who told,
  // at hand for the "she said" after it as a subject would be (a full name, perhaps after a relation set off).
  // (The expression's participle and "by" must stand in the opening: most sentences with "by" have neither.)
  // (Whether the opening has " by ", or the sentence " by" and a space: asked once for both readings of an agent.)
  const byIn = s.includes(' by ') || spacedBy(masked, k, re);
  const agent = byIn && PASSIVE_BY.test(opening(24)) ? PASSIVE_TELLER.exec(opening(24)) : null;
  const teller = agent ? parseSpeakerPhrase(agent[1]!) : null;
  // (A given name opening it, and no word of a place or body ending it: "confirmed by his doctor, Harlow Street
  // Clinic." names a body that reads like a person.)
  if (teller?.type === 'name' && teller.kind === 'person' && /\s/u.test(teller.name) && isKnownFirstName(teller.name.split(/\s+/u)[0]!) && nameEnding(teller.name) === null) {
    ds.resolve(teller, paragraph, null, false);
    return null;
  }
  // "A letter from Jane Roe reached the council on Monday.": the writer of a message that opens the sentence as its
  // subject, named in full after "from", is the one the text turns to, at hand for the "she wrote" after it as a
  // subject would be (the message is hers). (A given name the lists know, as for the agent above.)
  const fromWriter = s.includes(' from ') ? MESSAGE_FROM.exec(opening(24)) : null;
  const writer = fromWriter ? parseSpeakerPhrase(fromWriter[1]!) : null;
  if (writer?.type === 'name' && writer.kind === 'person' && /\s/u.test(writer.name) && isKnownFirstName(writer.name.split(/\s+/u)[0]!) && nameEnding(writer.name) === null) {
    ds.resolve(writer, paragraph, null, false);
    return null;
  }
  // "The canteen is run by Jane Roe, who has fed the crews for nine years.": the agent of a passive verb, named
  // in full and brought in by a clause of "who", is who the sentence is about (its subject a place or a thing),
  // at hand for the "she says" after it as a subject would be.
  const runBy = byIn ? PASSIVE_AGENT_WHO.exec(opening(24)) : null;
  const runner = runBy ? parseSpeakerPhrase(runBy[1]!) : null;
  if (runner?.type === 'name' && runner.kind === 'person' && /\s/u.test(runner.name) && isKnownFirstName(runner.name.split(/\s+/u)[0]!) && nameEnding(runner.name) === null) {
    ds.resolve(runner, paragraph, null, false);
    return null;
  }
  // "X recalls a conversation with a senior diplomat.": the one described is there for a later "the
  // diplomat"; only as a mention (no pronoun goes to them), and the sentence's subject is read on.
  const partner = conversationPartner(masked.slice(k, re));
  if (partner) {
    const words = partner.split(/\s+/u);
    for (let n = words.length; n >= 2; n--) {
      const one = parseSpeakerPhrase(words.slice(0, n).join(' '));
      if (one?.type === 'description' && one.kind === 'unnamed' && !one.plural) {
        ds.resolve(one, paragraph, null, false);
        break;
      }
    }
  }
  // "A retired general, who ..., put it bluntly.": one described, set up to speak next; so is one a relative
  // clause shows speaking to the writer ("belongs to a Russian diplomat, who spoke to us ...").
  const sentence = masked.slice(k, re);
  const manner = mannerSubject(sentence) ?? sourceByClause(sentence) ?? lastWordTo(sentence);
  // (Read as the subject of speech it is set up as: "a retired lock keeper in Delft" holds a noun of agent the
  // lexicon of roles lacks, and a phrase of place.)
  const mannered = manner ? parseSubjectPhrase(manner) : null;
  if (mannered?.type === 'description' && mannered.kind === 'unnamed' && !mannered.plural) {
    const s = ds.resolve(mannered, paragraph, null, false);
    if (s) s.setUpToSpeak = true;
    // (The clause keeping the name back tells the sex: "who would not give her name".)
    const sex = s && !s.gender ? sourceClauseSex(sentence) : null;
    if (s && sex) s.gender = sex;
    return null;
  }
  // "The last word went to Ida Roe, who ...": the one named is handed the floor, the subject a "she said" means.
  if (mannered?.type === 'name' && mannered.kind === 'person' && /\s/u.test(mannered.name) && manner === lastWordTo(sentence)) {
    ds.resolve(mannered, paragraph, null, false);
    return null;
  }
  // "A sharp essay by Jane Roe argues ...": the author is who the sentence has speak.
  const author = workAuthor(s);
  const byAuthor = author ? parseSpeakerPhrase(author) : null;
  if (byAuthor?.type === 'name' && byAuthor.kind === 'person' && /\s/u.test(byAuthor.name)) {
    ds.resolve(byAuthor, paragraph, null, false);
    return null;
  }
  return { s, opening12 };
}

/** The readings of a generation, a coordinated subject and a description giving a name. */
function coordinatedOrDescribedNoted(masked: string, rs: number, re: number, k: number, c0: number, paragraph: number, ds: DocumentSpeakers, s: string, opening12: string, words: readonly string[]): boolean {
  const first = words[0] ?? '';
  // "The elder Gorbunov shrugged.": one of two people of a surname, told apart by age; when the text does not
  // settle which, a later "he" may mean either.
  const generation = GENERATION_SUBJECT.exec(s);
  if (generation) {
    const parsed = parseSpeakerPhrase(generation[1]!);
    if (parsed && !ds.resolve(parsed, paragraph, null, false)) ds.ambiguous();
    return true;
  }
  if (!startsUpper(first) && !/^(?:a|an|the|some|many|several|two|three)$/iu.test(first) && !HEADLIKE.test(first)) return true;
  // "X and Y met ...": several people; a pronoun right after it is ambiguous.
  for (let i = 1; i < words.length; i++) {
    if (!startsLower(words[i]!)) continue;
    if (words[i] === 'and') {
      // (Unless the second is the first one's relation, the genders told apart: "Grace Roe and her husband,
      // Daniel Roe, ...".)
      const pair = relatedPair(s);
      const first = pair ? parseSpeakerPhrase(pair.first) : null;
      const second = pair ? parseSpeakerPhrase(pair.second) : null;
      if (pair && first?.type === 'name' && first.kind === 'person' && second?.type === 'name' && second.kind === 'person') {
        const a = ds.resolve(first, paragraph, null, false);
        const b = ds.resolve(second, paragraph, pair.relation, false);
        // (Told, not guessed: the possessive tells the first one's sex and the noun of kin the second one's, so a
        // "he" after "Ivo Darn and his wife, Ada Renn, arrived." passes over her, told a woman, to him.)
        if (a && (!a.gender || a.gender === pair.firstGender)) toldGender(a, pair.firstGender);
        if (b && (!b.gender || b.gender === pair.secondGender)) toldGender(b, pair.secondGender);
        // (The relation is a head a later "her husband" finds, as a role's noun is.)
        b?.heads.add(pair.relation);
        if (a && b && a !== b && a.gender === pair.firstGender && b.gender === pair.secondGender) return true;
      }
      // "Grace Roe and Ellison met ...": each person named in full is the latest of that surname, for a later
      // bare "Roe said" (not a James Roe named before); a pronoun after it stays ambiguous.
      const people = pair ? [] : coordinatedFullNames(s).map((name) => ds.resolve(name, paragraph, null, false));
      // (A woman and a man, each told by a first name: a "she" or "he" after them fits one alone.)
      const sexes = people.map((x) => (x && x.kind === 'person' && !x.plural ? (x.gender ?? listedGender(x.names)) : null));
      if (people.length === 2 && sexes[0] && sexes[1] && sexes[0] !== sexes[1]) return true;
      ds.ambiguous();
      return true;
    }
    break;
  }
  // "Mark Bryant, a fellow at ..., was more cautious.": the name before an appositive set off by commas.
  // The appositive may run past the words read so far ("Kim Jong Un, general secretary of the Workers' Party
  // of Korea and ..., held talks"): read on then, as its role ties a later "the general secretary" to him.
  // "The South Korean foreign minister, Park Jin, warned ...": a description, then the name it gives; the
  // description is the person's role, for a later "the minister".
  // (The affiliation after the name may run past the words read so far: read on then.)
  // "Our partner organisation, the Halden Network, sent a note ...": a body described, then its name set off;
  // the body is the subject, the "it" of the sentence after.
  const body = s.includes(',') ? DESCRIBED_BODY_NAMED.exec(opening(24)) : null;
  if (body) {
    const desc = parseSpeakerPhrase(body[1]!);
    const named = parseSpeakerPhrase(body[2]!);
    if (desc?.type === 'description' && desc.kind === 'organisation' && !desc.plural && named?.type === 'name' && named.kind === 'organisation') {
      ds.resolve(named, paragraph, null, false);
      return true;
    }
  }
  const described = describedSubject(s) ?? describedSubject(opening(24));
  if (described) {
    const desc = parseSpeakerPhrase(described.description);
    // ("His wife of 51 years, June, stood at his side.": a first name that is also a month's, given by a relation
    // of someone's that tells the sex, names the relation; alone it reads as a date.)
    const kinSexOf = !/\s/u.test(described.name) ? /^(?:His|Her|Their)\s+([\p{Ll}]+)\b/u.exec(described.description) : null;
    const kinMonth = kinSexOf && MONTH_ONLY.test(described.name) && isKnownFirstName(described.name) ? kinSex(kinSexOf[1]!) : null;
    const parsed: ParsedSpeaker | null = kinMonth ? { type: 'name', name: described.name, role: null, kind: 'person' } : parseSpeakerPhrase(described.name);
    // ("Antonov's wife, Irina, laughed": a known first name alone, given by a description of one person.)
    // A noun the lexicon of people lacks or doubts ("A reader in Hexham, Peter Rahman, objected"): the full
    // name set off after it says the noun is a person's, when it is one lowercase noun, perhaps with a place.
    // (So is one noun of a person after "the" or an owner, which WordNet has as a kind of person: "The
    // programme's presenter, Martha Keane, asked ...", the writer's own "My fixer, Dana Kovacs, had heard ...".)
    // (Where they sit or work may follow the noun: "Her colleague down the corridor, Dr NAME,", "His deputy at the
    // port, NAME,".)
    const owned = desc ? null : /^(?:the|his|her|its|their|my|our)\s+(?:[\p{L}-]+['’]s\s+)?([\p{Ll}][\p{Ll}-]+)(?:\s+(?:at|in|on|down|across|along|up)\s+(?:the|his|her|its|their)\s+[\p{Ll}][\p{Ll}-]+)?$/iu.exec(described.description);
    // (So are two or three lowercase words ending in such a noun: "A government whip, Anita Brennock,", "The
    // charity's founder, Jane Roe,": the words before the head say whose or of what.)
    // (Or two roles of the one person joined by "and": "Her party colleague and husband, MP Ivo Roen,"; not "the
    // mayor and his wife, NAME,", where the name is the second one's alone. A place of work may follow the noun:
    // "Her brother and colleague at the consultancy, NAME,".)
    const compound = desc || owned ? null : /^(?:the|a|an|his|her|its|their)\s+(?:[\p{L}-]+['’]s\s+)?(?:[\p{Ll}][\p{Ll}-]+\s+){1,2}(?:and\s+(?!(?:his|her|their|its|the|a|an|my|our)\s)(?:[\p{Ll}][\p{Ll}-]+\s+)?)?([\p{Ll}][\p{Ll}-]+)(?:\s+(?:at|in|of|with)\s+(?:the|a|an|his|her|its|their)\s+[\p{Ll}][\p{Ll}-]+)?$/iu.exec(described.description);
    // (So is a role owned by a name's possessive, with no article: "Norland's head coach, Ida Roe, sat down.", a
    // team, town or person owning it as "the club's" would.)
    const ownedByName = desc || owned || compound ? null : OWNED_BY_NAME.exec(described.description);
    // ("His opposite number, NAME,": two words that are one noun of a person together, `endsInPersonCompound`.)
    const plainNoun = !desc && ((compound !== null && (isKindOf(compound[1]!, 'person', 6) || endsInPersonCompound(described.description))) || (ownedByName !== null && isKindOf(ownedByName[1]!, 'person', 6)) || /^(?:a|an|one|another)\s+[\p{Ll}][\p{Ll}-]+(?:\s+(?:in|from|at)\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?)?$/iu.test(described.description) || (owned !== null && isKindOf(owned[1]!, 'person', 6) && !isKindOf(owned[1]!, 'artifact', 8)));
    // ("Another, Sir Tom Roe, was less generous.": one more of those the text spoke of, named; a full name, or one
    // the document has named before.)
    if (/^(?:Another|One)$/u.test(described.description) && parsed?.type === 'name' && parsed.kind === 'person' && (/\s/u.test(parsed.name) || ds.knowsName(parsed.name))) {
      ds.resolve(parsed, paragraph, null, false);
      return true;
    }
    // ("One of the former harbour pilots, Jane Roe, said ...", "Another of her students, Tom Lund, was blunter.":
    // one of a group of people, named in full; the group's noun, made singular, is the role.)
    // (Or "men", "women", "people": "One of the two men, Per Lund, 79, waved ...".)
    const ofGroup = /^(?:One|Another)\s+of\s+(?:the|his|her|their|its|our|my|these|those)\s+((?:[\p{Ll}-]+\s+){0,3})([\p{Ll}-]+s|men|women|people)$/u.exec(described.description);
    const member = ofGroup ? (IRREGULAR_MEMBER[ofGroup[2]!] ?? singular(ofGroup[2]!)) : null;
    // ("Two men sat by the window, and one of them, Per Lund, 79, waved ...": one of those the sentence spoke of.)
    if (/^(?:One|Another)\s+of\s+(?:them|those|these)$/u.test(described.description) && parsed?.type === 'name' && parsed.kind === 'person' && /\s/u.test(parsed.name)) {
      ds.resolve(parsed, paragraph, null, false);
      return true;
    }
    if (member && (isPersonNoun(member) || isRoleNoun(member) || isKindOf(member, 'person', 6)) && parsed?.type === 'name' && parsed.kind === 'person' && /\s/u.test(parsed.name)) {
      ds.resolve(parsed, paragraph, `${ofGroup![1]!}${member}`, false);
      return true;
    }
    // ("A spokesperson for a rival insurer, Northsea Mutual, said": the name set off is the insurer's.)
    const body = bodyNamedAfterRole(described.description, parsed, s);
    if (body) {
      ds.resolve(body, paragraph, null, false);
      return true;
    }
    // ("His wife, Mette, keeps the books.": a word of kin owned by someone names a person, so the one word set off
    // after it is a first name even where the lists lack it; not a word of English, which may be a nickname or a
    // thing: "His son, Junior,", "Her brother, Hope,".)
    const kinOwned = desc?.type === 'description' && parsed?.type === 'name' && !/\s/u.test(parsed.name) && KIN_OWNER.test(described.description) && kinSex(desc.head) !== null && !knownLowercase(parsed.name);
    // (An initialled name is a full one: "Her colleague, B.Oyun, was less certain.")
    // (Not a name that is the nearer object's: "The grandmother of the missing boy, NAME," names the boy, `of-object-name.ts`.)
    if (((desc?.type === 'description' && desc.kind === 'unnamed' && !desc.plural) || plainNoun) && parsed?.type === 'name' && parsed.kind === 'person' && (/\s/u.test(parsed.name) || isInitialledName(parsed.name) || (!plainNoun && (isKnownFirstName(parsed.name) || kinOwned))) && !nameOfObjectNotHead(described.description, parsed.name)) {
      // ("Ms. Kim's son": the title is the mother's, and tells nothing of the son's gender.)
      // ("The mayor and his wife, Ada Renn, arrived": a name set off after two joined by "and", the second owned by
      // a pronoun, names that second one alone; the first is someone else, not a role of hers.)
      const ownedSecond = /\s+and\s+((?:his|her|their|its)\s+[\p{Ll}][\p{Ll}-]+)$/u.exec(described.description);
      ds.resolve(parsed, paragraph, (ownedSecond?.[1] ?? described.description).replace(/^(?:the|a|an|another|one|its|his|her|their|my|our|(?:mr|mrs|ms|dr)\.?\s+[\p{L}-]+['’]s)\s+/iu, ''), false);
      // ("Her husband, Ivo Roen, a retired border guard, joined her.": a second description set off after the name
      // is a role of his as well, for a later "the retired guard".)
      const second = SECOND_ROLE.exec(s.slice(s.indexOf(parsed.name) + parsed.name.length));
      if (second) ds.resolve(parsed, paragraph, second[1]!, false);
      // ("Ivo Darn, the mayor, spoke first. The mayor and his wife, Ada Renn, arrived. '...,' he said.": the first
      // of the two is a subject too, read as its description is read, the one the text made mayor if any; "his"
      // tells that one a man, so a "he" after it is him, not her.)
      const firstOne = ownedSecond && /^(?:his|her)\s/u.test(ownedSecond[1]!) ? parseSpeakerPhrase(described.description.slice(0, ownedSecond.index)) : null;
      if (firstOne?.type === 'description' && firstOne.kind === 'unnamed' && firstOne.definite && !firstOne.plural) {
        const one = ds.resolve(firstOne, paragraph, null, false);
        const sex = ownedSecond![1]!.startsWith('his') ? 'm' : 'f';
        if (one && one.kind === 'person' && (!one.gender || one.gender === sex)) toldGender(one, sex);
      }
      return true;
    }
  }
  return false;
}

/** The readings of a subject set off by commas, and then of the longest run of opening words read as a speaker. */
/** An aside set off after a body's name that names or describes it: a participle's, "a"/"the" and a noun, "which". */
const BODY_ASIDE = /^(?:(?:known|called|founded|based|created|led|run|owned|formed|set)\s|[\p{Ll}]{3,}(?:ed|en)\s|(?:a|an|the|one|which|whose)\s)/u;

function setOffOrLeadingSubjectNoted(masked: string, rs: number, re: number, k: number, c0: number, paragraph: number, ds: DocumentSpeakers, s: string, opening12: string, words: readonly string[]): void {
  // "A senior defence official, speaking on condition of anonymity, said ...": a description set off from its
  // verb by a participle's clause is the subject all the same, for a later "the official said".
  const interrupted = opening(30).includes(',') ? INTERRUPTED_DESCRIPTION.exec(opening(30)) : null;
  if (interrupted) {
    const desc = parseSpeakerPhrase(interrupted[1]!);
    if (desc?.type === 'description' && desc.kind === 'unnamed' && !desc.plural) {
      // ("A second source, a former official of the port authority, was more sober. '...,' he said.": a stance after
      // words set off that describe the person by a role of their own keeps that fuller description, noted in its
      // stead, for the pronoun right after, as a stance does with none set off; not a title, which may be an epithet
      // for one named elsewhere.)
      const stance = /^(?:was|is)\s/u.test(interrupted[2]!) && !OFFICE_HEADS.test(desc.head) && ATTITUDE.test(opening(30).slice(interrupted[0].length - interrupted[2]!.length));
      const setOff = stance ? /^[^,]*,\s+((?:a|an)\s+[^,_]{3,90}),\s*$/u.exec(interrupted[0].slice(0, interrupted[0].length - interrupted[2]!.length)) : null;
      const role = setOff ? parseSpeakerPhrase(setOff[1]!) : null;
      if (role?.type === 'description' && role.kind === 'unnamed' && !role.plural && !OFFICE_HEADS.test(role.head)) {
        const fuller = ds.resolve(role, paragraph, null, false);
        if (fuller) {
          ds.noteSubject(fuller);
          return;
        }
      }
      const noted = ds.resolve(desc, paragraph, null, false);
      // ("A spokesman for the port, who could not be named, added that ...": one described who reports in his own
      // clause is set up to speak for a later "he said", the clause set off or not; not one who is "more cautious",
      // which says how, not that, they spoke.)
      // (So is one who asks the writer something, or declines to: "A guard, who ..., asked us to leave", "A
      // spokesman for the port, who ..., declined to give figures": the writer is no one the text quotes, and a
      // refusal is itself an answer, the words after it the one who refused.)
      // (And one a passive verb of questioning puts the question to, "..., who sat beside the minister, was asked".)
      if (noted && (/^(?:said|says|told|added|warned|noted|stressed|insisted)$/u.test(interrupted[2]!) || /^(?:was|is)\s+(?:asked|pressed|questioned|quizzed)$/u.test(interrupted[2]!) || (ADDRESSES_WRITER_OR_DECLINES.test(interrupted[2]!) && !desc.definite))) noted.setUpToSpeak = true;
      return;
    }
  }
  // "Speaking in exercise of the right of reply, KIM SONG (Estmark) said", "Jane Roe, Assistant
  // Secretary-General for ..., said": the person a meetings record names as the subject.
  const recorded = recordSubject(opening(30));
  if (recorded) {
    const parsed = parseSpeakerPhrase(recorded.name);
    if (parsed?.type === 'name' && parsed.kind === 'person' && /\s/u.test(parsed.name)) {
      ds.resolve(parsed, paragraph, recorded.role, false);
      return;
    }
  }
  // (Both expressions need a comma after the name.)
  const found = !s.includes(',') ? null : (APPOSITIVE_SUBJECT.exec(s) ?? (NAME_COMMA.test(s) || KIN_FIRST_NAME_COMMA.test(s) ? APPOSITIVE_SUBJECT.exec(withoutNameParenthesis(opening(30))) : null));
  const appositive = found && !determinedRoleIsPerson(found[1]!) ? null : found;
  // "Brek, a tailor, and Lund, a cook, fled.": the appositive's closing comma is followed by "and" and a second
  // name, so the subject is the two of them; a later "he" may be either.
  // (Each is noted, with the role set off after the first, so that a later bare surname finds its full name.)
  const joined = appositive ? /^\s*and\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)/u.exec(s.slice(appositive[0].length - 1)) : null;
  if (appositive && joined) {
    for (const [name, role] of [[appositive[1]!, appositive[2]!.trim()], [joined[1]!, null]] as const) {
      const parsed = parseSpeakerPhrase(name);
      if (parsed?.type === 'name' && parsed.kind === 'person' && /\s/u.test(parsed.name)) ds.resolve(parsed, paragraph, role, false);
    }
    ds.ambiguous();
    return;
  }
  if (appositive) {
    // ("My colleague Jane Roe": the relation read as the name's role.)
    // ("The Danish rower Jane Roe": a determined role, perhaps with a people's adjective, read as a subject's.)
    const parsed = /^(?:My|Our|His|Her|Their|Your)\s/u.test(appositive[1]!) ? parseSubjectPhrase(appositive[1]!) : (parseSpeakerPhrase(appositive[1]!) ?? (/^(?:The|An?)\s/u.test(appositive[1]!) ? parseSubjectPhrase(appositive[1]!) : null));
    // ("Olga, 54, sells fish": a known first name with an age after it is a person named so, as vox pops write.)
    // ("Marta, who is 80 and lives by the church, had heard": "who" is said of people only, so a known first
    // name it is set off after is a person's too.)
    const aged = parsed?.type === 'name' && /^(?:\d{1,3}$|who\s)/u.test(appositive[2]!.trim()) && isKnownFirstName(parsed.name);
    // ("His wife Greta, who ran the bakery, was blunter.": a first name after a relation that tells the sex.)
    const kin = parsed?.type === 'name' ? kinnedFirstName(parsed) : null;
    // ("Mr. J, 52, spent a decade ...", "Ms. P, a weaver known here only by her initial, ...": a
    // title of courtesy before a capitalised word makes it a person's name, however short, as reports write
    // those who may not be named in full.)
    const titled = parsed?.type === 'name' && /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/u.test(parsed.role ?? '');
    // ("Sung-min, a third-year economics student, said ...": a known first name set off by "a" and a noun that
    // is only ever a person, as stories naming people by given name alone write. Not a place's or a country's
    // name, nor a noun a country takes as well as a person: "Jordan, a close ally, said".)
    const roled = parsed?.type === 'name' && !aged && !kin && !titled && isKnownFirstName(parsed.name) && !lexTags(parsed.name).some((t) => PLACE_TAG.test(t)) && personAppositive(appositive[2]!.trim());
    // ("Kieran, speaking by phone from his barracks, told his mother ...": so a known first name set off by a
    // participle's clause of what its bearer is doing, as a person is.)
    const doing = parsed?.type === 'name' && !aged && !kin && !titled && !roled && isKnownFirstName(parsed.name) && !lexTags(parsed.name).some((t) => PLACE_TAG.test(t)) && /^[\p{Ll}]{3,}ing\s/u.test(appositive[2]!.trim());
    // ("Wiryodo, an opposition lawmaker, urged ...", "Wiryodo, a member of House Commission II, which ..., urged
    // ...": one capitalised word that neither the name lists nor the lexicon know, no place, body or English word,
    // set off by a noun only ever of a person or by a seat in a legislature, then its verb: a person known by one
    // name, as many Indonesians are.)
    const mononym = parsed?.type === 'name' && !parsed.role && !/\s/u.test(parsed.name) && !aged && !kin && !titled && !roled && !doing && /^[\p{Lu}][\p{Ll}]{3,}$/u.test(parsed.name) && lexTags(parsed.name).length === 0 && !knownLowercase(parsed.name) && (personAppositive(appositive[2]!.trim()) || legislatureMember(appositive[2]!.trim()));
    // ("Basket weaver Tarjo, 61, said ...": one such word after a lowercase role whose last noun is only ever a
    // person's, an age set off after it: a person known by one name, as vox pops of Indonesians write them.)
    const roledMononym = parsed?.type === 'name' && parsed.role !== null && !/\s/u.test(parsed.name) && /^\d{1,3}$/u.test(appositive[2]!.trim()) && /^[\p{Lu}][\p{Ll}]{3,}$/u.test(parsed.name) && lexTags(parsed.name).length === 0 && !knownLowercase(parsed.name) && personRole(parsed.role);
    // ("My friend Dmitri, a sound engineer from Torvik who ..., was in no mood": the writer's relation before a first
    // name the lists know, whatever is set off after it, `writerRelationFirstName`.)
    const writerOwned = parsed?.type === 'name' && !/\s/u.test(parsed.name) && /^(?:My|Our|Your)\s+[\p{Ll}-]+$/u.test(parsed.role ?? '') && writerRelationFirstName(parsed.role!.split(/\s+/u)[1]!, parsed.name);
    if (parsed?.type === 'name' && parsed.kind === 'person' && (/\s/u.test(parsed.name) || ds.knowsName(parsed.name) || aged || kin || titled || roled || doing || mononym || roledMononym || writerOwned)) {
      const role = appositive[2]!.trim();
      const found = ds.resolve(parsed, paragraph, /^(?:who|\d)/u.test(role) || !isRoleAppositive(role) ? null : role, false);
      if (found && kin && !found.gender) {
        found.gender = kin;
        found.genderSure = true;
      }
      return;
    }
    // "The Harbour Ministry, known as Kelvar, was more careful.": a body's name set off by an aside before its verb is
    // the subject all the same, for the "it said" after it (the aside names or describes the body, no one else).
    // Only an aside that names or describes the body (a participle's, "known as", "a"/"the" and a noun, "which"):
    // an adverbial set off ("The harbour board, instead of opening the quay, closed") says nothing of who is
    // speaking, and noting the body then let a later "they" of the text's writers leap to it.
    if (parsed?.type === 'name' && parsed.kind === 'organisation' && BODY_ASIDE.test(appositive[2]!.trim())) {
      ds.resolve(parsed, paragraph, null, false);
      return;
    }
  }
  // "Respected Comrade Jane Roe, General Secretary of the Harbour Party and Chairman of ..., held talks": a
  // full name, then a capitalised office "of" a body set off by commas, then the verb: the office is the person's
  // role, for a later "the General Secretary said" (state media write titles so).
  const office = s.includes(',') ? CAPITALISED_OFFICE.exec(opening(30)) : null;
  if (office) {
    const parsed = parseSpeakerPhrase(office[1]!);
    const title = office[2]!.split(/\s+/u);
    if (parsed?.type === 'name' && parsed.kind === 'person' && /\s/u.test(parsed.name) && isRoleNoun(title[title.length - 1]!)) {
      ds.resolve(parsed, paragraph, office[2]!.toLowerCase(), false);
      return;
    }
  }
  // "U.S. Ambassador to the United Nations Linda Greenfield, who spoke after Kirby, said ...": a title holding
  // lowercase words ("to the") before the name and its appositive; the phrase must read as a person's full name.
  // (After a fronted phrase of place or time too, read past: "In St Albans, the economist Jane Roe, whose team
  // ..., said ...", where the opening itself may match with the phrase as its "name".)
  const titledIn = !opening(30).includes(',') ? [] : s !== opening(30).slice(0, s.length) && FRONTED_START.test(opening(30)) ? [opening(30), s] : [opening(30)];
  for (const text of titledIn) {
    const titled = TITLED_APPOSITIVE.exec(text);
    const parsed = titled ? parseSpeakerPhrase(titled[1]!) : null;
    if (parsed?.type === 'name' && parsed.kind === 'person' && /\s/u.test(parsed.name) && parsed.role) {
      ds.resolve(parsed, paragraph, null, false);
      return;
    }
  }
  // "One, a member of the crew that loads the barges, said ...", "Another of them, a lock keeper, told ...": one of
  // a group the text just spoke of, described set off, who speaks: set up to speak, as "A lock keeper said" is.
  const one = c0 === 79 || c0 === 65 ? ONE_SET_OFF.exec(opening(30)) : null;
  const oneParsed = one ? parseSubjectPhrase(one[1]!) : null;
  if (oneParsed?.type === 'description' && oneParsed.kind === 'unnamed' && !oneParsed.plural) {
    const noted = ds.resolve(oneParsed, paragraph, null, false);
    if (noted) noted.setUpToSpeak = true;
    // ("The mood is darkest among officials ... . One, a clerk of the board ..., said ...": "One" of the group the
    // sentence before names is one of its kind, "the official" a later credit calls them. Only a group named
    // in the plural by a noun of a person in this paragraph's sentence just before, "the" or "among" before it.)
    const group = noted && !one![0].startsWith('One of') ? GROUP_BEFORE.exec(lastSentence(masked.slice(0, rs))) : null;
    if (noted && group) {
      const head = singular(group[1]!);
      if (head !== group[1] && (PERSON_NOUNS.has(head) || TITLES.has(head) || isPersonNoun(head))) noted.heads.add(head);
    }
    return;
  }
  // "A guard at the gate, a tall man in a cap, shrugged.": one brought on by a place or a look, then a gesture, is
  // the sentence's subject, the "he" of the quote right after (`placed-stance.ts`).
  const stance = c0 === 65 ? placedStanceSubject(masked.slice(k, re)) : null;
  if (stance) {
    const parsed = parseSpeakerPhrase(stance.phrase) ?? parseSpeakerPhrase(stance.core);
    if (parsed?.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural) {
      const noted = ds.resolve(parsed, paragraph, null, false);
      if (noted) {
        ds.noteSubject(noted);
        // ("..., a young man with a cap, ...": the noun set off is the same person, no newcomer, and may tell the sex.)
        if (stance.also) {
          noted.heads.add(stance.also);
          const sex = nounSex(stance.also, { plural: false });
          if (sex && !noted.gender) noted.gender = sex;
        }
        return;
      }
    }
  }
  // ("The man in the grey suit was at the bar too.": the one so picked out before, or someone new so described.)
  const pickedOut = c0 === 84 ? pickedOutSubject(masked.slice(k, re)) : null;
  const pickedParsed = pickedOut ? parseSpeakerPhrase(pickedOut) : null;
  if (pickedParsed?.type === 'description' && pickedParsed.kind === 'unnamed' && !pickedParsed.plural) {
    const noted = ds.resolve(pickedParsed, paragraph, null, false);
    if (noted) {
      ds.noteSubject(noted);
      return;
    }
  }
  // "A retired teacher at the back said ...", "A nurse seated near the door asked whether ...": one brought in by
  // "a" and a noun of a role, then a short phrase of where they sit or come from, then a verb of speech, is the
  // sentence's subject, set up to speak for a later "he said", as "A retired teacher said ..." is.
  const placed = placedDescription(words);
  if (placed) {
    // (Or the person alone, when the place's preposition is no tie the description reads: "near the front".)
    const parsed = parseSpeakerPhrase(placed.phrase) ?? parseSpeakerPhrase(placed.core);
    if (parsed?.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural) {
      const noted = ds.resolve(parsed, paragraph, null, false);
      if (noted) noted.setUpToSpeak = true;
      return;
    }
  }
  // The longest candidate wins: find where the subject must end, then try the longest first.
  let limit = 0;
  for (let n = 1; n <= Math.min(12, words.length - 1); n++) {
    const last = words[n - 1]!;
    if (endsSubject(last)) break;
    limit = n;
  }
  // Whether words[0, n) can be read as a speaker at all: all proper words so far, or a noun among them.
  let properUpTo = 0;
  let nounFrom = limit + 1;
  for (let i = 0; i < limit; i++) {
    // Neither can change any more once the proper words have stopped and a noun was found.
    if (properUpTo < i && nounFrom <= limit) break;
    const f = speakerWord(words[i]!, i);
    // ("The state-run Global Herald": a compound adjective after "The" stands inside a proper name's run.)
    const compound = i === 1 && /^the$/iu.test(words[0]!) && /^[\p{Ll}]+-[\p{Ll}]+$/u.test(words[1]!);
    if (((f & SPEAKER_PROPER) !== 0 || compound) && properUpTo === i) properUpTo = i + 1;
    if ((f & SPEAKER_NOUN) !== 0 && nounFrom > limit) nounFrom = i + 1;
  }
  // (Whether the first word is the writer's, asked once, not for every length tried below.)
  const writerFirst = words[0] === 'My' || words[0] === 'Our' || words[0] === 'Your';
  // ("Her colleague Tom Olde is less hopeful.": another's relation before a full name, read as the writer's is.)
  const ownerFirst = words[0] === 'His' || words[0] === 'Her' || words[0] === 'Their';
  for (let n = limit; n >= 1; n--) {
    const last = words[n - 1]!;
    // ("Her husband was blunter.": a relation the text told is a head too.)
    const relation = n === 2 && isRelationDescription(`${words[0]!} ${last}`);
    // ("Our colleague Ana Ruiz was less sure.": the writer's relation before a name, which the lexicon may lack.)
    // ("My friend Dmitri, a sound engineer ..., was in no mood": the writer's relation before a first name alone, one
    // the name lists know, is read so too; the name is the person, the relation its role.)
    const writerRelation = n >= 3 && (writerFirst || ownerFirst) && (relationName(words.slice(0, n).join(' '), ownerFirst) !== null || (writerFirst && n === 3 && writerRelationFirstName(words[1]!, last)));
    // ("His wife Greta was blunter.": a relation that tells the sex, then a known first name.)
    // (Only after "His", "Her" or "Their": the role is not made for the other openings.)
    const kinRelation = n === 3 && (words[0]!.charCodeAt(0) === 72 || words[0]!.charCodeAt(0) === 84) ? kinnedFirstName({ name: last, role: `${words[0]!} ${words[1]!}` }) : null;
    // ("The colonel warned that ...", "The host thanked the governor.": any noun of a role or a kind of person after
    // a determiner heads a subject, as the listed ones do, unless its verb puts a question or words to another:
    // "A reporter asked Brand" leaves Brand to answer.)
    // ("Veldoria's chief cabinet secretary was no less direct.": a place's or body's office with no holder named, so too.)
    const placeOwned = placeOwnedRole(words, n, (x) => ds.knowsName(x)) && !PUTS_TO_ANOTHER.test(words[n] ?? '');
    const roleHead = placeOwned || (n >= 2 && n <= 4 && /^(?:The|A|An|One|Another)$/u.test(words[0]!) && isRoleNoun(last) && !PUTS_TO_ANOTHER.test(words[n] ?? ''));
    if (kinRelation && ((startsLower(words[n] ?? '') && !NOT_A_VERB.test(words[n] ?? '')) || words[n] === 'was' || words[n] === 'is')) {
      const found = ds.resolve({ type: 'name', name: last, role: `${words[0]!} ${words[1]!}`, kind: 'person' }, paragraph, null, false);
      if (found && !found.gender) {
        found.gender = kinRelation;
        found.genderSure = true;
      }
      return;
    }
    // ("When developer Ole Haug rose to speak, ...": a lowercase noun the roles lack but WordNet has only as a kind of
    // person, right before a full name, is the name's role, as a listed one is: "When mayor Ole Haug rose ...".)
    const roleBeforeFull = n >= 3 && n > properUpTo && n < nounFrom && !relation && !writerRelation && !roleHead && startsUpper(last) && startsUpper(words[n - 2]!) && /^[\p{Ll}]{3,}$/u.test(words[n - 3]!) && isKindOf(words[n - 3]!, 'person', 6);
    // ("Jane Roe of the harbour board rejected ...": a full name, then where the person works in lowercase words, the
    // last a body's noun, is the name; `nameBeforeAffiliation` reads it.)
    const lowerAffiliated = n >= 5 && n > properUpTo && (words[2] === 'of' || words[2] === 'at' || words[2] === 'from' || words[3] === 'of' || words[3] === 'at' || words[3] === 'from') && startsLower(words[n - 1]!) && nameBeforeAffiliation(words.slice(0, n).join(' ')) !== null;
    if (n > properUpTo && n < nounFrom && !relation && !writerRelation && !roleHead && !roleBeforeFull && !lowerAffiliated) continue;
    const next = words[n]!;
    // "Ivan Petrov was more blunt.", "Novak was cautious.": a copula and a short stance ending the sentence
    // makes the name its subject, the one a "she said" after it may mean.
    // So does a copula of place: "Nikolai Roe was at the port that morning." (the one the scene puts there).
    const stance = (next === 'is' || next === 'was' || next === 'are' || next === 'were') && standsOrIsPlaced(predicateAfter(words, n, s === opening12));
    // "Anna Berg was reading the papers in her kitchen when ...": a past copula before a present participle is a
    // verb in the progressive, and the full name before it the sentence's subject, as with any other verb. (Not
    // the present "is taking aim at", which live pages write of one politician after another: PolNeAR train
    // gained wrongs with it.)
    // (An adverb of time may stand between: "Anna Berg was already packing", "was still counting".)
    const ing = PROGRESSIVE_ADVERB.test(words[n + 1] ?? '') ? words[n + 2] : words[n + 1];
    const progressive = next === 'was' && PROGRESSIVE.test(ing ?? '') && !NOT_PROGRESSIVE.test(ing ?? '');
    // "The senior official was asked how many ...": the one a passive verb of questioning puts the question to is
    // the sentence's subject, and the one set up to answer in the quote after it.
    const askedPassive = (next === 'was' || next === 'is') && /^(?:asked|pressed|questioned|quizzed)$/u.test(words[n + 1] ?? '');
    // "He is now a student.": a pronoun opening the sentence is its subject whatever the verb, and keeps the
    // person it meant at hand, as "He then ..." does.
    if (n === 1 && (last === 'He' || last === 'She') && (next === 'is' || next === 'was')) {
      ds.resolve({ type: 'pronoun', pronoun: last === 'He' ? 'he' : 'she' }, paragraph, null, false);
      continue;
    }
    // "Peter Lund was not always an admiring son. '...,' he said.": a copula after a person's full name says who
    // the sentence is about, whatever follows it, as any verb would (only a name: "The Kremlin was ..." is not).
    // Only when the paragraph goes on with a quote: a sentence that says what someone is, then his words, sets him
    // up to speak; one that only describes him leaves a later "he said" to whoever the text had speaking.
    // The predicate must be a noun phrase ("was a ...", "is not always an ...", "is the ..."), and the sentence no
    // report of its own ("was pro Kasich while ..., he said": the one who said so is someone else).
    // (Or when the next sentence opens on "he" or "she" and a verb of saying: "Mara Olsen is a nurse. She said ...".)
    // (Or, as a profile opens, "Tomas Rell was 19 when he first crossed the river. He is 41 now ...": a noun phrase or
    // an age after the copula, and the next sentence opening on "He" or "She" and a lowercase verb, the thread of
    // the profile going on with the one it named; `profileThreadNext`.)
    const copula = (next === 'is' || next === 'was') && !stance && (NOUN_PREDICATE.test(`${words.slice(n + 1, n + 4).join(' ')} `) || (AGE_PREDICATE.test(words[n + 1] ?? '') && profileThreadNext(masked.slice(re, re + 40)))) && (/^\s*["“]/u.test(masked.slice(re, re + 8)) || pronounSaysNext(masked.slice(re, re + 40)) || profileThreadNext(masked.slice(re, re + 40))) && !REPORTED_IN.test(masked.slice(rs, re));
    // "María Fernández de la Vega said": a surname's particle before a capitalised word goes on with the name; no verb.
    if (NAME_PARTICLE.test(next) && (/^[\p{Lu}]/u.test(words[n + 1] ?? '') || (NAME_PARTICLE.test(words[n + 1] ?? '') && /^[\p{Lu}]/u.test(words[n + 2] ?? '')))) continue;
    if (!startsLower(next) || (NOT_A_VERB.test(next) && !stance && !copula && !progressive && !askedPassive) || !(HEADLIKE.test(last) || relation || roleHead || lowerAffiliated)) continue;
    // "The Bremerton economist, who ..., sees ...": a capitalised run before a noun only ever of a person (no verb)
    // is a place or body qualifying that noun, not a subject of its own whose verb the noun would be.
    if (/^[\p{Lu}]/u.test(last) && personNounOnly(next)) continue;
    // "the Danish Embassy in Lisbon called the Portuguese criticism ...": a verb of speech or naming with its
    // object's determiner inside the words ends the subject before it; the capitalised adjective after is no name.
    if (words.slice(1, n - 1).some((w, i) => startsLower(w) && (isSpeechVerb(w) || NAMING_FORM.test(w)) && OBJECT_DETERMINER.test(words[i + 2] ?? ''))) continue;
    const phrase = words.slice(0, n).join(' ');
    // "Ivo Tamm's sister does the talking.": a name owning a noun of a person is not the subject; the one it
    // names is ("the sister"), whom a later "she" means, not Tamm. ("Kim's own words were broadcast" still
    // names Kim: words are nobody.)
    // "The Velm Gazette's editorial board was blunter still.": a paper's voice named with its paper is the subject,
    // not the paper's name with its possessive alone ("the Velm Gazette's"); a later "it" may mean the board.
    const voice = /['’]s$/u.test(last) ? [2, 1].map((k) => mediumVoice(`${phrase} ${words.slice(n, n + k).join(' ')}`)).find((v) => v?.type === 'name') : undefined;
    if (voice) {
      ds.resolve(voice, paragraph, null, false);
      return;
    }
    if (ownsPerson(last, next)) {
      const owned = parseSpeakerPhrase(`${phrase} ${next}`);
      if (owned?.type === 'description' && owned.kind === 'unnamed' && !owned.plural) ds.resolve(owned, paragraph, null, false);
      return;
    }
    // ("Oil analyst Jane Roe of Delta Research said": a name, then where the person works.)
    // ("Our colleague Ana Ruiz was less sure.": the writer's relation read as the name's role.)
    // ("May scored twice." after "Ali May": a surname that is also a month or a word of grammar, `word-surname.ts`.)
    const parsed = (ownerFirst && writerRelation ? relationName(phrase, true) : null) ?? parseSpeakerPhrase(phrase) ?? nameBeforeAffiliation(phrase) ?? relationName(phrase) ?? (n === 1 ? wordSurnamePerson(phrase, (x) => ds.knowsName(x)) : null);
    if (!parsed) continue;
    // (In the progressive, a bare surname too when the text named that person in full before: "Rudin was folding
    // the papers." after "Olga Rudin, who sells ...".)
    if (copula && !(parsed.type === 'name' && parsed.kind === 'person' && /\s/u.test(parsed.name))) continue;
    // ("Seo was blunter when asked about it.": a bare surname read so only when one person the text names bears it;
    // with two, the question put may have gone to either.)
    if (stance && WHEN_ASKED.test(predicateAfter(words, n, s === opening12)) && parsed.type === 'name' && !/\s/u.test(parsed.name) && ds.surnameHolderCount(parsed.name) !== 1) continue;
    // (Or "The trader was already looking ahead. '...,' he said.": a definite description of a person in the
    // progressive, right before a quote in its paragraph, as a full name's copula is read before one.)
    const describedBeforeQuote = parsed.type === 'description' && words[0] === 'The' && /^\s*["“]/u.test(masked.slice(re, re + 8));
    if (progressive && !describedBeforeQuote && !(parsed.type === 'name' && parsed.kind === 'person' && (/\s/u.test(parsed.name) || (!parsed.role && ds.knowsName(parsed.name))))) continue;
    // (One described only: a name before "was asked" is left to the readings it had; on PolNeAR's train split the
    // "he" after it was the one asked, but the gold's chain named no one there.)
    if (askedPassive && !stance && !copula && !progressive && parsed.type !== 'description') continue;
    if (parsed.type === 'pronoun') {
      // "He then ...": the sentence is about whoever "he" is, which keeps him at hand for the next pronoun.
      if (n === 1 && (parsed.pronoun === 'he' || parsed.pronoun === 'she')) ds.resolve(parsed, paragraph, null, false);
      continue;
    }
    // A surname alone stands for a person when the document names them in full, or the lexicon knows it as a
    // person's name ("Novak", not "Moscow").
    if (parsed.type === 'name' && parsed.kind === 'person' && !/\s/u.test(parsed.name) && !parsed.role && !ds.knowsName(parsed.name) && !lexTags(parsed.name).some((g) => PERSON_NAME_TAG.test(g))) continue;
    // "Lindy Hollow wasn't only a local disaster.": a name a copula makes a place or an event is no person, though
    // it opens with a given name; the sentence has no one as its subject.
    if (parsed.type === 'name' && parsed.kind === 'person' && !parsed.role && placeOrEventPredicate(words.slice(n))) return;
    const noted = ds.resolve(parsed, paragraph, null, false);
    // ("Mr Ellery said ..." where the text has two Mr Ellerys of one family: a later "he" may be either.)
    if (!noted && ds.lastPath === KIN_NAMESAKES) {
      ds.ambiguous();
      return;
    }
    // ("The colonel warned that the posts were short.": one described who reports in his own clause is set up to
    // speak, for a later "he said", as one who spoke is. Not one who asks or tells another, who answers next:
    // "A reporter asked Brand how ...".)
    // (Nor one who asks or tells the writer, or declines to say: "A guard asked us to leave.", "A spokesman for
    // the port declined to give figures.": the writer answers no one in quotation marks; the refusal is an answer.
    // Only one brought in so, by "a": "The Montana senator would not say ..." is an epithet for someone the
    // reading may not have tied it to, and a "he" after it may be another; PolNeAR train gained a wrong with it.)
    // ("Another engineer worried about the cost.", "A welder was blunter.": one only described, whose sentence
    // gives a view or a mood, may be the "she" of the quote right after; see `LocalSpeaker.subjectAt`. Not a title,
    // which is as often an epithet for one named elsewhere ("A president who ... will hand his successor ..."),
    // nor a relation ("Her mother laughed."), which the readings of kin take.)
    // (A place's office, "Veldoria's chief cabinet secretary", is no epithet for one named elsewhere: one holds it.)
    if (noted && parsed.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural && (!OFFICE_HEADS.test(parsed.head) || placeOwned) && !/^(?:his|her|their|its|my|our|your)$/iu.test(words[0]!) && ATTITUDE.test(predicateAfter(words, n, s === opening12))) ds.noteSubject(noted);
    if (noted && parsed.type === 'description' && parsed.kind === 'unnamed' && !parsed.plural && ((isSpeechVerb(next) && !PUTS_TO_ANOTHER.test(next)) || askedPassive || (ADDRESSES_WRITER_OR_DECLINES.test(words.slice(n, n + 3).join(' ')) && !parsed.definite))) noted.setUpToSpeak = true;
    return;
  }
}

// A description of a body opening the sentence, then the body's name set off by commas, then a lowercase word.
const DESCRIBED_BODY_NAMED = /^((?:Our|My|Their|His|Her|Its|The|A|An|Another|One)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{Ll}-]+),\s+((?:the\s+)?(?:[\p{Lu}][\p{L}'’&.-]*\s+){0,5}[\p{Lu}][\p{L}'’&.-]*),\s+[\p{Ll}]/u;

// Two subjects joined by "and", each a capitalised run, before the verb.
const COORDINATED_NAMES = /^((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+and\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*)\s+[\p{Ll}]/u;

/** The people a coordinated subject ("Grace Roe and Ellison met") names with a first name and a surname. */
function coordinatedFullNames(s: string): ParsedSpeaker[] {
  const m = COORDINATED_NAMES.exec(s);
  if (!m) return [];
  const out: ParsedSpeaker[] = [];
  for (const part of [m[1]!, m[2]!]) {
    const parsed = parseSpeakerPhrase(part);
    if (parsed?.type === 'name' && parsed.kind === 'person' && /\s/u.test(parsed.name) && !parsed.role) out.push(parsed);
  }
  return out;
}

/** Whether `word`, a possessive, owns `next`, a noun of a person ("Tamm's sister", "Roe's spokesman"). */
function ownsPerson(word: string, next: string): boolean {
  return /[\p{L}]['’]s?$/u.test(word) && /['’]/u.test(word.slice(-2)) && isRoleNoun(next.replace(/[,.;:]$/u, ''));
}

// The sentence whose openings `opening` gives, and those made so far.
// (Where its 12th and 24th words end: a longer opening's end is read on from a shorter one's.)
// (A sentence of no more than 12 or 24 words has the shorter opening for the longer: `o12`, the 12 words' own.)
let openingOf: { masked: string; k: number; re: number; end12: number; end24: number; o12: string; o24: string | undefined; o30: string | undefined } = { masked: '', k: -1, re: -1, end12: -1, end24: -1, o12: '', o24: undefined, o30: undefined };

/**
 * Makes `opening` read the sentence `masked[k, re)`, whose 12th word ends at `end12`, `o12` its opening over those
 * words (its longer openings made when first asked for).
 */
function openingSentence(masked: string, k: number, re: number, end12: number, o12: string): void {
  openingOf = { masked, k, re, end12, end24: -1, o12, o24: undefined, o30: undefined };
}

/**
 * The words from the `n`th on, the verb and what it says of the subject: "was more cautious." The twelve words
 * first copied may stop at the verb when the subject is long ("Associate Professor Jane Roe of the Harbour School
 * of Strategy was ..."); the sentence's opening over 24 words is read on then (`same`: the words are that
 * opening's own, no fronted phrase cut from them).
 */
function predicateAfter(words: readonly string[], n: number, same: boolean): string {
  const o = openingOf;
  if (!same || n + 4 <= words.length || o.end12 >= o.re) return words.slice(n).join(' ');
  return splitSpaces(opening(24), 24).slice(n).join(' ');
}

/** Where the 24th word of the sentence `openingSentence` named ends (the sentence's end if it is shorter). */
function end24(): number {
  const o = openingOf;
  if (o.end24 < 0) o.end24 = wordsEnd(o.masked, o.end12, o.re, 12);
  return o.end24;
}

/** The opening over 24 or 30 words of the sentence `openingSentence` named, with no dateline or lead-in. */
function opening(count: 24 | 30): string {
  const o = openingOf;
  end24();
  if (count === 24) return (o.o24 ??= o.end24 === o.end12 ? o.o12 : withoutLeadIn(o.masked.slice(o.k, o.end24).trim()));
  if (o.o30 === undefined) {
    const end30 = wordsEnd(o.masked, o.end24, o.re, 6);
    o.o30 = end30 === o.end24 ? opening(24) : withoutLeadIn(o.masked.slice(o.k, end30).trim());
  }
  return o.o30;
}

// A party tag, state or age after a name ("(R-Ga.)", "(54)"), or an affiliation opening with a capital.
const NAME_PARENTHESIS = /(?<=[\p{Lu}][\p{L}.'’-]*)\s*\((?:[^()_]{1,25}|[\p{Lu}][^()_]{25,80})\)/u;

// A party tag set off by commas after a name, a party's initial and a state's abbreviation or name ("R-Ga.", "D-Calif.", "I-Vt.", "R-Ohio", "D-New York").
// (Only after the name opening the sentence, its subject: "he characterized Sen. Jo Vale, D-Va., as ..." names an object.)
const SET_OFF_PARTY_TAG = /^((?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}[\p{Lu}][\p{L}'’-]*),\s+[RDI]-[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?,(?=\s)/u;

/** The text without the first parenthesis set after a capitalised word: no part of the subject it follows. */
function withoutNameParenthesis(text: string): string {
  return text.includes('(') ? text.replace(NAME_PARENTHESIS, '') : text;
}

// A capitalised word in -ly and its comma, opening a sentence: "Officially, ", "Privately, ".
const LY_FRONTED = /^([\p{Lu}][\p{Ll}]{2,}ly),\s+(?=\S)/u;

/**
 * How long the sentence adverb in -ly and its comma opening `text` are ("Officially, ", "Privately, "), or 0: a
 * word WordNet has as an adverb, not a name ("Kelly, a lawyer, said").
 */
export function sentenceAdverbLength(text: string): number {
  if (text.charCodeAt(0) > 90 || !text.includes('ly,')) return 0;
  const m = LY_FRONTED.exec(text);
  return m && isLemma(m[1]!.toLowerCase(), 'adv') ? m[0].length : 0;
}

/** A sentence's opening without its dateline and lead-in; DATELINE is tried only on text holding a dash it needs. */
function withoutLeadIn(text: string): string {
  const d = text.includes('--') || text.includes('—') || text.includes('–') ? text.replace(DATELINE, '') : text.includes(' - ') ? text.replace(CAPS_DATELINE, '').replace(AGENCY_DATELINE, '') : text;
  // "13:10 — Update: The mayor, ..., has posted ...": a live page's label before its entry is no subject.
  const t = d.includes(':') ? d.replace(LIVE_LABEL, '') : d;
  // (LEAD_IN needs one of its words' first letters first; SET_OFF_ASIDE needs a comma: most openings have neither.)
  const led = LEAD_IN_FIRST.has(t.charCodeAt(0)) ? t.replace(LEAD_IN, '') : t;
  // "But defence analyst Tom Roe scoffed": the words after a lead-in open the sentence as a title before a name does.
  // (Not an article, which the readings take in lowercase as they did: "And the harbour-based Orrin Report".)
  const u = led !== t && /^(?!(?:the|a|an)\s)[\p{Ll}]/u.test(led) ? led.charAt(0).toUpperCase() + led.slice(1) : led;
  // "On Thursday a junior minister told me ...", "In Moscow the ambassador ...": a short fronted phrase of time
  // or place written without its comma ends where a determiner opens the subject.
  // (The subject left first is read as an opening's: "A junior minister, who ..., told me ...".)
  const cut = COMMALESS_FRONTED_FIRST.has(u.charCodeAt(0)) ? u.replace(COMMALESS_FRONTED, '').replace(COMMALESS_FRONTED_TITLED, '').replace(DAY_FRONTED, '') : DEMONSTRATIVE_TIME_FIRST.has(u.charCodeAt(0)) ? u.replace(DEMONSTRATIVE_TIME, '') : u;
  // "In Solvik, Upper Vale, basket trader Tarjo, 61, said ...": a fronted place of one or two capitalised names set
  // off by commas, before a lowercase role and a name, is no subject; the role opens the sentence.
  // (The last lowercase word must be a noun of a person or a role: "In Seoul, Lee Sun-hee, who left ..." keeps its name.)
  const fronted = cut === u && (u.startsWith('In ') || u.startsWith('At ')) ? FRONTED_PLACE_BEFORE_ROLE.exec(u) : null;
  const placed = fronted && (isPersonNoun(fronted[1]!) || isRoleNoun(fronted[1]!)) ? u.slice(fronted[0].length) : cut;
  const v = placed === u ? u : placed.charAt(0).toUpperCase() + placed.slice(1);
  if (!v.includes(',')) return v;
  const w = v.replace(SET_OFF_ASIDE, '$1 ');
  return w !== v ? w : v.replace(ROLE_NAME_SET_OFF_ASIDE, (m, subject: string, role: string) => (isRoleNoun(role) ? `${subject} ` : m));
}

// "In TOWN, REGION, " (each one to three capitalised words), then two or three lowercase words and a capitalised one.
const FRONTED_PLACE_BEFORE_ROLE = /^(?:In|At)\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}(?:,\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})?,\s+(?=(?:[\p{Ll}]{3,}\s+)?([\p{Ll}]{3,})\s+[\p{Lu}][\p{Ll}])/u;

// A preposition of time or place and up to four words with no determiner among them, before a subject opening
// with one; without the comma news style often drops after a short phrase.
// (Not when a preposition ends the words before the article, which is then its object: "After 14 years on the
// assembly line, she ...".)
// (Nor a clause of time, "Before we paid the bill, Roe ...", "After leaving the bank, Roe ...": a pronoun
// subject, or a gerund after "after", "before" or "since", opens a clause whose object the article opens, not
// the main clause's subject.)
const COMMALESS_FRONTED = /^(?:On|In|At|Over|During|After|Before|Since|Outside|Inside)\s+(?!(?:I|we|he|she|they|you)\s)(?!(?<=^(?:After|Before|Since)\s+)[\p{Ll}]+ing\s)(?:(?!(?:a|an|the|another|one|his|her|their|its|my|our|this|that)\s)[\p{L}\d'’.-]+\s+){0,3}(?!(?:on|in|at|of|over|for|from|to|with|by|into|near|across|and|or)\s)[\p{L}\d'’.-]+\s+(?=(?:a|an|another|the)\s+[\p{Ll}])/u;
// "At the close of the sitting Judge Tom Roe warned ...", "After the hearing Mr Tom Roe said ...": a phrase of time or
// place in lowercase words, no comma after it, ends where a title opens a person's full name (not when a
// preposition ends it: "In the case of Mr Tom Roe the court ruled" has him for the object). A title and a bare
// surname ("In his last years Mr Roe ...") are left as they were: of two Roes, the reading may pick the wrong one.
const COMMALESS_FRONTED_TITLED = /^(?:On|In|At|Over|During|After|Before|Since)\s+(?:[\p{Ll}\d'’.-]+\s+){0,5}(?<!\b(?:of|for|to|by|with|against|from|about|on|at|in|into|over|under|like|than|and|or)\s+)(?=(?:Judge|Justice|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Professor|Senator|Governor|Mayor|General|Colonel|Captain|Father|Bishop|Detective|Inspector|Sergeant)\.?\s+[\p{Lu}][\p{L}'’-]+\s+[\p{Lu}])/u;
// "On Monday Lutz left.", "In March 2023 Lutz spoke.": a preposition of time and a day or a month (not one also a
// given name, as April, May, June or August are), with no comma before a capitalised word: the day is no given name
// of the subject ("Monday Lutz").
const DAY_FRONTED = /^(?:On|In|By|Since|After|Before|During)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|September|October|November|December)(?:\s+\d{1,4})?\s+(?=[\p{Lu}][\p{Ll}])/u;
const COMMALESS_FRONTED_FIRST: ReadonlySet<number> = new Set([...'OIADBS'].map((c) => c.charCodeAt(0)));
// "That evening, Jane Roe phoned ...", "This time Roe talked.", "(Later) that night Jane Roe phoned ...", "Last week the mayor said ...": a
// phrase of time of a demonstrative and a time noun put first, with its comma or before a capitalised word or an
// article, is no part of the subject. (What a lead-in such as "Later" leaves is read here too: "that evening, ...".)
const DEMONSTRATIVE_TIME = /^(?:[Tt]hat|[Tt]his|[Ll]ast|[Nn]ext)\s+(?:time|morning|afternoon|evening|night|day|week|weekend|month|year|spring|summer|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,\s+|\s+(?=[\p{Lu}]|(?:a|an|the)\s+[\p{Ll}]))/u;
const DEMONSTRATIVE_TIME_FIRST: ReadonlySet<number> = new Set([...'TtLlNn'].map((c) => c.charCodeAt(0)));

// A live page's label opening an entry, after its time: "Update:", "BREAKING:", "Latest:".
const LIVE_LABEL = /^(?:Update|UPDATE|Updated|UPDATED|Breaking|BREAKING|Latest|LATEST)\s*:\s+(?=[\p{Lu}])/u;

// The first letters of LEAD_IN's words (B, A, H, M, S, Y, L, E, T, N, F), as character codes.
const LEAD_IN_FIRST: ReadonlySet<number> = new Set([...'BAHMSYLETNF'].map((c) => c.charCodeAt(0)));

/**
 * Whether `masked[k, re)` holds a verb WRITER_ASKS needs after "I" or "we", with the white space the expression
 * wants around it (a cheap test before the expression, whose reading is kept only for those subjects): one pass
 * stopping only at "I", "W" and "w", and "spokesman" or "Putin met" no longer let the expression run.
 */
function mayAsk(masked: string, k: number, re: number): boolean {
  const text = masked.slice(k, re);
  // WRITER_VERB cannot match without the writer's "I" or "we" before a space: a plain expression finds most
  // sentences without one, where the unicode expression tries its verbs at every word.
  return WRITER_PRONOUN.test(text) && WRITER_VERB.test(text);
}

/** Whether `noun` (after "My", "Our" or "Your") is a person's relation or kind and `name` a first name the lists know, alone: "My friend Dmitri". */
function writerRelationFirstName(noun: string, name: string): boolean {
  const bare = name.replace(/[,.;:]+$/u, '');
  return /^[\p{Lu}][\p{Ll}'’-]+$/u.test(bare) && isKnownFirstName(bare) && (PERSON_NOUNS.has(singular(noun)) || isPersonNoun(singular(noun)));
}

/** Whether the words after a subject are a copula's short stance or a copula of place. */
function standsOrIsPlaced(rest: string): boolean {
  return STANCE.test(rest) || PLACED.test(rest);
}

/** Whether `word` stands anywhere inside `text[from, to)`. */
function wordWithin(text: string, word: string, from: number, to: number): boolean {
  const at = text.indexOf(word, from);
  return at >= 0 && at + word.length <= to;
}

/** Whether `text[from, to)` holds an apostrophe, straight or curly. */
function hasApostrophe(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

/** `/ by\s/u.test(text.slice(from, to))`, without the copy or the expression. */
function spacedBy(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf(' by', from); i >= 0 && i + 3 < to; i = text.indexOf(' by', i + 1)) if (isSpaceCode(text.charCodeAt(i + 3))) return true;
  return false;
}

/** Where the `count`-th run of non-space characters from `from` ends (`to` if there are fewer). */
function wordsEnd(text: string, from: number, to: number, count: number): number {
  let k = from;
  for (let n = 0; n < count; n++) {
    while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
    if (k === to) return to;
    while (k < to && !isSpaceCode(text.charCodeAt(k))) k++;
  }
  return k;
}

/** `/[,;:()]/u.test(w.slice(0, -1)) || /[,;:]$/u.test(w)`, without the copy and the expressions. */
function endsSubject(w: string): boolean {
  const n = w.length;
  for (let i = 0; i < n - 1; i++) {
    const c = w.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41) return true;
  }
  const c = w.charCodeAt(n - 1);
  return c === 44 || c === 59 || c === 58;
}

/** `/^[\p{Lu}]/u`, without the regular expression for ASCII. */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^[\p{Lu}]/u.test(w);
}

/** `/^[\p{Ll}]/u`, without the regular expression for ASCII. */
function startsLower(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^[\p{Ll}]/u.test(w);
}

// An owner before a word of kin: "His", "Her", "Their", or a name's possessive ("Mr Varga's"), perhaps an age word.
const KIN_OWNER = /^(?:His|Her|Their|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[\p{Lu}][\p{L}'’-]*['’]s)\s+(?:(?:late|elder|older|younger|eldest|youngest|only|twin|adult)\s+)?[\p{Ll}]+$/u;

/** Whether WordNet knows `word` written in lower case as a word of English ("hope", "junior"). */
function knownLowercase(word: string): boolean {
  const w = word.toLowerCase();
  return (['noun', 'verb', 'adj', 'adv'] as const).some((pos) => isLemma(w, pos));
}

/** The sex a relation before a lone known first name tells ("His wife Greta", "Her son Tomas"), or null. */
function kinnedFirstName(parsed: { name: string; role: string | null }): Sex | null {
  // (Only a role opening "H" or "T" may: told by its first character before the expression, as this is asked of
  // every sentence's three opening words.)
  const c = parsed.role ? parsed.role.charCodeAt(0) : 0;
  const m = c === 72 || c === 84 ? /^(?:His|Her|Their)\s+([\p{Ll}]+)$/u.exec(parsed.role!) : null;
  // (A first name is written with its capital: "His mother said she ..." has no mother named "said", though the
  // lexicon knows "Said" as a given name.)
  return m && !/\s/u.test(parsed.name) && /^[\p{Lu}]/u.test(parsed.name) && isKnownFirstName(parsed.name) ? kinSex(m[1]!) : null;
}

// "One, a lock keeper, said", "Another of them, a pilot, told": the description set off, then a verb of saying.
// A group named in the plural: "among officials who ...", "the diplomats at the table".
const GROUP_BEFORE = /\b(?:among|the)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}]{3,}s)\b/u;
/** The last sentence of `text` (a paragraph up to a sentence's start). */
function lastSentence(text: string): string {
  const t = text.trimEnd();
  const cut = Math.max(t.lastIndexOf('. ', t.length - 2), t.lastIndexOf('? ', t.length - 2), t.lastIndexOf('! ', t.length - 2));
  return cut >= 0 ? t.slice(cut + 2) : t;
}
const ONE_SET_OFF = /^(?:One|Another)(?:\s+of\s+(?:them|those|these|the\s+[\p{Ll}-]+))?,\s+((?:a|an)\s+[^,;:]{2,110}?),\s+(?:also\s+|later\s+)?(?:said|says|told|tells|added|adds|warned|noted|stressed|insisted|argued|explained|complained)\b/u;
// "at the back", "from the village", "seated near the door": where a person just brought in sits or comes from.
// (Or whose body or team they belong to or speak for: "A member of the board said", "A spokesman for the port
// told ...".)
const PLACE_PREPOSITION = /^(?:at|from|near|behind|beside|in|of|for)$/u;
const PLACED_PARTICIPLE = /^(?:seated|sitting|standing)$/u;
// Asking the room, not a person: "asked whether", "asked about".
const ASKS_THE_ROOM = /^(?:whether|if|about|why|how|what|when|where)$/u;

/**
 * `words` open "A|An|One (adjective){0,2} ROLE [seated|standing|sitting] PREP (up to 3 words) VERB", the verb one
 * of speech (not one that puts words to another person, unless it asks the room: "asked whether"): the index of
 * the verb, or null. The words of the place are lowercase or a single capitalised place, no verb among them.
 */
function placedDescription(words: readonly string[]): { verb: number; phrase: string; core: string } | null {
  if (!/^(?:A|An|One)$/u.test(words[0] ?? '')) return null;
  for (let h = 1; h <= 3; h++) {
    const noun = words[h] ?? '';
    if (!/^[\p{Ll}-]+$/u.test(noun) || !isRoleNoun(noun)) continue;
    if (words.slice(1, h).some((w) => !/^[\p{Ll}-]+$/u.test(w) || isSpeechVerb(w))) return null;
    let k = h + 1;
    if (PLACED_PARTICIPLE.test(words[k] ?? '')) k++;
    if (!PLACE_PREPOSITION.test(words[k] ?? '')) return null;
    for (let v = k + 2; v <= k + 4 && v < words.length; v++) {
      const w = words[v]!;
      if (!/^[\p{Ll}]+$/u.test(w) || !isSpeechVerb(w)) continue;
      if (words.slice(k + 1, v).some((x) => /[,;:.!?"“”]/u.test(x) || isSpeechVerb(x.toLowerCase()))) return null;
      if (PUTS_TO_ANOTHER.test(w) && !ASKS_THE_ROOM.test(words[v + 1] ?? '')) return null;
      // (The participle left out: "a teacher at the back" is how the one seated there is called.)
      return { verb: v, phrase: [...words.slice(0, h + 1), ...words.slice(k, v)].join(' '), core: words.slice(0, h + 1).join(' ') };
    }
    return null;
  }
  return null;
}
