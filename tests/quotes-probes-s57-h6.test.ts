import { pinProbeAnswers, pinRightFloor, pinWrittenAnswers } from './helpers/probe-pins.ts';

// The session-57 invented probe articles (helper h6; tests/fixtures/probes/s57-h6, README there): misattributed,
// denied and corrected quotes, press releases, embedded social posts, Q&A interviews, letters and petitions, headline
// credits, reported dialogue with the narrator as one side, lists of speakers sharing one verb, translated quotes and
// namesakes told apart by role. First run (answers-before.txt) 178 right / 20 wrong (all real; 20 more read as
// right on reading, a role or a group for the one named: judged-after.txt) / 52 no one where no one is right / 36 none,
// of 286 quotes written; now 186 right / 6 wrong (below) / 57 no one / 37 none.
const DIR = 'tests/fixtures/probes/s57-h6';
pinProbeAnswers(DIR);
// Wrongs read by hand and left unfixed (README): an accusation of words the accused then denies; "NAME2 claimed that
// NAME had said" (the construction earlier reviews pinned as NAME's, s44-h4 c05, s50-h5 g07), here denied after;
// words a satirical site "quoted" someone "as saying"; a name set off after "including" with a relative clause of its
// own ahead of the subject's verb; the narrator's untagged question in alternating dialogue; 'said "x," not "y,"'.
pinWrittenAnswers(DIR, [
  'a07-accused-of-saying: you are finished in this league → Radomir Vukasin',
  'a18-claimed-she-said: clear them out by noon → Harriet Moncrieff',
  'a20-satire-site: we only fight fires on weekdays → Dunstan Pelham',
  'e11-statement-signed-by-clubs: unworkable → Ravensworth Fc',
  'g06-alternating-no-tags: And tomorrow → Cormac Dunleavy',
  'k02-clarification-misheard: we lacked spirit → Sven Ekdahl',
]);
// The right count as a floor (of 286 written; README). A later reading may credit more, never fewer.
pinRightFloor(DIR, 186);
