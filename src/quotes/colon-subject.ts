/**
 * A full sentence quoted after a colon, the clause before the colon opening with a name as its subject:
 * `Jane Roe, exasperated, famously responded: "..."`, `Jane Roe gestured ..., then leaned in and boomed:
 * "..."`, `In city after city, Roe lobbies for a higher wage: "..."`, `According to the transcript, Roe greeted him with
 * the words: "..."` (the source only carries them). The name speaks. (The grammar reads the
 * plainest of these; this reads the ones where words set off, a fronted phrase or a second verb stand between.)
 * A copula says how the subject spoke (`Jane Roe, asked about it, was brief: "..."`); a description may give
 * the name (`The head of the port, Jane Roe, was blunt: "..."`); the words may be the name's own (`Jane Roe's
 * answer was shorter: "..."`).
 */
import { isKindOf } from '../text/wordnet.ts';
import { isSpeechVerb } from './attribution.ts';
import { NOT_A_SUBJECT } from './main-clause-subject.ts';
// (A name may open on a patronymic's initial written close up to it, as Mongolian names are: "S.Altan", "Ch.Bold".)
// (So after an honorific: "Ms. S.Altan", the initialled name a word of its own after the title.)
const NAME = String.raw`(?:[\p{Lu}][\p{Ll}]?\.[\p{Lu}][\p{L}'’-]*|[\p{Lu}][\p{L}'’-]*\.?|[\p{Lu}]\.)(?:\s+(?:[\p{Lu}][\p{Ll}]?\.[\p{Lu}][\p{L}'’-]*|[\p{Lu}]\.|[\p{Lu}][\p{L}'’-]*\.?)){0,3}`;
/** Lead-ins and fronted phrases before the subject: "But", "In city after city,". */
// A fronted clause of time may hold someone else's question: `When a reporter from the local paper asked about
// the budget, Jane Roe smiled and said: "..."` (the clause's subject asks; the main clause's answers).
// A fronted participle of being asked has the main clause's subject for its own: `Asked what the town could do,
// Jane Roe was blunt: "..."` (the one asked answers).
const LEAD = String.raw`(?:(?:But|And|Then|Later|Still|So|Yet)\s+|(?:In|At|On|During|After|Before|According\s+to)\s[^,:;_]{1,50},\s+|(?:When|Whenever|Once)\s[^,:;_]{1,90},\s+|(?:Asked|Pressed|Questioned)\s[^,:;_"“”]{1,90},\s+)?`;
// The common irregular past tenses a clause before a colon opens with ("gave it a whirl", "put it bluntly", "made
// the point", "wrote back").
// ("had the last word", "had the final word": spoke last, as "got the last word" does.)
const IRREGULAR_PAST = String.raw`(?:gave|put|made|took|wrote|spoke|told|said|sent|struck|went|(?:had|got)(?=\s+the\s+(?:last|final)\s+word\b))`;
const CLAUSE = new RegExp(String.raw`^\s*${LEAD}(${NAME})(?:,\s+[^,:;_]{1,80},)?\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}]+(?:s|ed)|${IRREGULAR_PAST})\b([^:;_]{0,160}):\s*$`, 'u');
// How someone spoke, after "is" or "was": "was brief", "is more optimistic", "was blunter still", "is less
// worried", perhaps where
// ("was more direct in a post on Telegram", "was blunt at the briefing").
// ("no" before a comparative too: "was no less direct".)
const SPOKE_SO = /^\s+(?:(?:no|more|less|even|rather|quite|very|also|far|much)\s+)*(?:brief|briefer|blunt|blunter|terse|terser|curt|succinct|categorical|emphatic|frank|franker|candid|direct|optimistic|pessimistic|cautious|adamant|firm|firmer|unequivocal|sceptical|skeptical|confident|defiant|dismissive|upbeat|laconic|explicit|clear|clearer|worried|sure|convinced|hopeful|impressed|critical|scathing|sanguine|relaxed|charitable|forgiving|coy|cagey|evasive|guarded|vague|noncommittal|non-committal|sober|soberer)(?:\s+(?:still|too|again))?(?:\s+(?:in|on|at|during|over|after)\s+[^:;_]{1,50})?\s*$/u;

// A description, then the name it gives set off by commas: `The head of the port authority, Jane Roe, was
// blunt: "..."` (the description may hold a quoted company name: `The director of the operator "X", Jane Roe,`).
// (Or "One early supporter, Jane Roe, Republican of Ohio, gave it a whirl on Tuesday: "..."": "one" or "another"
// opening the description, a role set off after the name.)
// (A relative clause may follow the name: `Her colleague, Jane Roe, who is also her sister, disagreed: "..."`.)
// (Or "Another": `Another channel, Grey Heron, was more cautious: "..."`.)
// (The name may carry where its bearer is from: `Another reader, Jane Roe from Leeds, is less worried: "..."`.)
// (After a lead-in the description opens lowercase: `But the fitter, Ivo Brandt, disagreed: "..."`.)
const DESCRIBED_CLAUSE = new RegExp(String.raw`^\s*(?:(?:But|And|Yet|Still|So)\s+(?:the|a|an|one|another|its|his|her|their|our|my)|${LEAD}(?:The|A|An|One|Another|Its|His|Her|Their|Our|My))\s+[^,:;]{1,80},\s+(${NAME})(?:\s+(?:from|of|in)\s+[\p{Lu}][\p{L}'’-]*)?(?:,\s+[^,:;_"“”]{2,60}?)?,\s+(?:(?:who|whose)\s[^,:;_"“”«»]{1,80},\s+)?(?:[\p{Ll}]+ly\s+)?([\p{Ll}]+(?:s|ed)|${IRREGULAR_PAST})\b([^:;_]{0,160}):\s*$`, 'u');

// The owner of words described before the colon: `Jane Roe's answer was shorter: "..."`, `Mr. Roe's reply on
// Monday was blunt: "..."`, `Roe's last answer of the night was short: "..."` (a word placing the words among
// the owner's others keeps them the owner's).
const OWNED_WORDS = new RegExp(String.raw`^\s*${LEAD}(${NAME})['’]s\s+(?:(?:last|first|final|latest|later|earlier|next|only|own|opening|closing|parting)\s+)?(?:message|reply|answer|response|comment|verdict|retort|warning|advice|statement|words|word)\b[^:;_]{0,60}?\s+(?:is|was)\s+[^:;_]{1,40}:\s*$`, 'u');

// The owner's writing or remarks making a point, then the colon: `Jane Roe's later work sharpens the point:
// "..."`, `Roe's book puts it bluntly: "..."`. The verb says what the words do, so they are the owner's own
// (not "Roe's book quotes a guard: ...", where another speaks in it).
const OWNED_WORK = new RegExp(String.raw`^\s*${LEAD}(${NAME})['’]s\s+(?:(?:later|latest|earlier|own|recent|new|last|first|final|opening|closing)\s+)?(?:work|book|remarks|essay|article|writing|writings|memoir|speech|paper|column|testimony|lecture|address)\s+(?:(?:sharpen|put|state|make|argue|spell|sum|frame|capture|conclude|press|drive|stress|underline)(?:s|ed)?|made|goes|went)\b[^:;_"“]{0,60}:\s*$`, 'u');

/**
 * Whether `before` (the quote's sentence up to its opening mark) is a clause with no verb of speech that closes on
 * a time set off by a comma and the colon: `Roe took the ferry to Port Arden, at noon: "..."`. It sets a scene; the
 * words may be anyone's there, so its subject is not told as speaking them.
 */
export function sceneTimeColon(before: string): boolean {
  const m = /^([^:;_"“”«»]*?)\s*:\s*$/u.exec(before);
  if (!m || !SCENE_TIME_END.test(m[1]!)) return false;
  return !m[1]!.split(/\s+/u).some((w) => isSpeechVerb(w.replace(/[^\p{L}]/gu, '')));
}

/**
 * Whether `before` is only a place's name and the colon, as a label (`Velden Pier: "..."`, `At Carrow Station:
 * "..."`): a place does not speak, and the words may be anyone's there. `firstName` tells a known given name,
 * so that "Annie Hall:" stays a person's.
 */
export function placeLabel(before: string, firstName: (w: string) => boolean): boolean {
  const m = /^\s*(?:(?:At|In|On|From|Outside|Inside)\s+)?((?:[\p{Lu}][\p{L}'’-]*\s+){1,3})(Pier|Quay|Wharf|Station|Square|Street|Road|Lane|Avenue|Dock|Docks|Marina|Harbour|Harbor|Park|Terminal|Jetty|Promenade|Plaza|Hall|Bridge)\s*(?:,\s+(?:(?:at\s+|on\s+|by\s+)?(?:dawn|dusk|noon|midday|midnight|night|morning|evening|[\p{Lu}][\p{Ll}]+day|\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)?)))?:\s*$/u.exec(before);
  if (!m) return false;
  return !(/^(?:Hall|Bridge|Street|Lane|Park)$/u.test(m[2]!) && !/^(?:At|In|On|From|Outside|Inside)\s/u.test(before.trim()) && firstName(m[1]!.trim().split(/\s+/u)[0]!));
}

// A time set off by a comma right before the colon: ", at noon", ", at dawn", ", on Monday", ", at 6am".
const SCENE_TIME_END = /,\s+(?:(?:at|on|by|before|after|just\s+after|just\s+before|shortly\s+after)\s+(?:dawn|dusk|noon|midday|midnight|night|nightfall|daybreak|sunrise|sunset|first\s+light|[\p{Lu}][\p{Ll}]+day|\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?)|(?:that|this|the\s+next|the\s+following)\s+(?:morning|afternoon|evening|night|day))\s*$/u;
const CAUSED = /\b(?:prompt(?:s|ed|ing)?|forc(?:e|es|ed|ing)|caus(?:e|es|ed|ing)|provok(?:e|es|ed|ing)|spur(?:s|red|ring)?|compel(?:s|led|ling)?|driv(?:e|es|ing)|drove|lead(?:s|ing)?|led|trigger(?:s|ed|ing)?|oblig(?:e|es|ed|ing))\s+[^:;_"“]{1,60}?\bto\s+[\p{Ll}]+\s*$/u;

/** The name opening `before` (the quote's sentence up to its opening mark, which ends in a colon) as the subject of its clause, or null. */
export function colonSubject(before: string): string | null {
  const owned = OWNED_WORDS.exec(before) ?? OWNED_WORK.exec(before);
  if (owned && !/^(?:The|A|An|This|That|It|There|Here|His|Her|Their|Its)$/u.test(owned[1]!.split(/\s+/u)[0]!)) return owned[1]!;
  // (An article is no name: in `A retired teacher, Jane Roe, 71, was blunter: "..."` the plain clause takes "A" for
  // the subject and "retired" for its verb; the description and the name it gives are read instead.)
  const plain = CLAUSE.exec(before);
  const m = (plain && /^(?:A|An|The|One|Another)$/u.test(plain[1]!) ? DESCRIBED_CLAUSE.exec(before) : null) ?? plain ?? DESCRIBED_CLAUSE.exec(before);
  if (!m) return null;
  const name = m[1]!;
  // A verb that brings another to speak gives the words to its object: `Jane Roe laughed, prompting the chair
  // to warn her: "..."`, `Roe sat down, forcing him to reply: "..."`.
  if (CAUSED.test(m[3]!)) return null;
  // An auxiliary is no verb of speech or deed of its own ("X is now running a campaign: ..."), and one who
  // quotes or cites gives another's words ("X quotes Y: ...").
  // But a copula with how the subject spoke is a credit: `Jane Roe, asked about the fleet, was brief: "..."`.
  const spoke = /^(?:is|was)$/u.test(m[2]!) && SPOKE_SO.test(m[3]!);
  if (!spoke && /^(?:is|was|has|does|as|quotes|quoted|cites|cited|reads|lists|listed|posts|posted|shares|shared|runs|ran)$/u.test(m[2]!)) return null;
  // A possessive or a word that opens sentences is no subject name ("Obama's questioners", "This").
  if (/['’]s?$/u.test(name) || NOT_A_SUBJECT.test(name.split(/\s+/u)[0]!)) return null;
  // (Nor one opening on a conjunction of time or cause: in `When Mara Olsen said the talks had failed, a clerk
  // laughed: "..."` the name is the fronted clause's subject; the main clause's subject speaks.)
  if (SUBORDINATOR_OPENING.test(name)) return null;
  return name;
}

const SUBORDINATOR_OPENING = /^(?:When|Whenever|After|Before|Once|While|If|Although|Though|Because|Since|Until|Unless)\s/u;

// A pronoun as the subject, a copula and how it spoke, then the colon: `When I asked whether ..., he was blunt:
// "..."`, `She was more cautious: "..."` (the pronoun's person speaks, as `he said: "..."` would have them).
const PRONOUN_SPOKE_SO = new RegExp(String.raw`^\s*${LEAD}(he|she|He|She)\s+(?:is|was)(\s[^:;_]{1,80}):\s*$`, 'u');

/** The pronoun of a clause before a colon that says only how its subject spoke (`..., he was blunt:`), or null. */
export function pronounSpokeSo(before: string): 'he' | 'she' | null {
  const m = PRONOUN_SPOKE_SO.exec(before);
  if (!m || !SPOKE_SO.test(m[2]!)) return null;
  return m[1]!.toLowerCase() === 'he' ? 'he' : 'she';
}

// A description as the subject of "had (got) the last (final) word" before the colon: `The professor had the last
// word: "..."`, `His brother, the professor, had the last word, as professors tend to: "..."` (a word of kin
// owned by "his" or "her", perhaps with a role set off after it, which says more of the same person).
const DESCRIBED_LAST_WORD = new RegExp(String.raw`^\s*${LEAD}((?:The|His|Her|Their|Its|Our|My)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)(?:,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,)?\s+(?:had|got)\s+the\s+(?:last|final)\s+word\b[^:;_"“”]{0,80}:\s*$`, 'u');

/**
 * The description (no name) that is the subject of "had the last word" before the colon closing `before` ("The
 * professor", "His brother" of `His brother, the professor, had the last word:`), or null: it spoke the words.
 */
export function describedLastWord(before: string): string | null {
  return DESCRIBED_LAST_WORD.exec(before)?.[1] ?? null;
}

/**
 * Whether the name `colonSubject` read is given by a description before it (`Another popular channel, Grey Heron,
 * was more cautious: "..."`): the description says what the name is, so a body's name speaks as a person's would.
 */
export function describedColonSubject(before: string): boolean {
  if (CLAUSE.test(before) || !DESCRIBED_CLAUSE.test(before)) return false;
  // (Not a description of a person: in `A mechanic who works at the garage on Quay Street, Harlow Motors, said:
  // "..."` the body's name is the garage's, set off after the last words; the mechanic speaks, unnamed.)
  const head = DESCRIPTION_HEAD.exec(before)?.[1]?.toLowerCase();
  return !head || !isKindOf(head, 'person', 5, 2);
}

/**
 * Whether the name `colonSubject` read is set off after a description of a person (`His wife, Oyuna, was blunter:
 * "..."`, `Her colleague, T.Oyuna, was blunt: "..."`): the description says the name is a person's, so a single
 * word the reading does not know yet still names who speaks.
 */
export function personDescribedColonSubject(before: string): boolean {
  if (CLAUSE.test(before) || !DESCRIBED_CLAUSE.test(before)) return false;
  const head = DESCRIPTION_HEAD.exec(before)?.[1]?.toLowerCase();
  return !!head && isKindOf(head, 'person', 5, 2);
}

// The head noun of the description opening the clause: its last word before a relative word, a preposition or
// a participle of place ("A mechanic who works at ...", "Another popular channel, ...").
const DESCRIPTION_HEAD = /(?:^|[,.]\s+|^\s*\S[^,]*,\s+)(?:The|A|An|One|Another|Its|His|Her|Their)\s+(?:[\p{L}-]+\s+){0,4}?([\p{Ll}-]+)(?=\s*,|\s+(?:who|whose|that|which|at|of|for|on|in|with|from|based|posted|working|living)\b)/u;
