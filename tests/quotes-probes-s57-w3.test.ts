import { pinProbeAnswers, pinWrittenAnswers } from './helpers/probe-pins.ts';

// The session-57 helper w3's invented probe articles (tests/fixtures/probes/s57-w3, README there), aimed at wrong
// speakers from the session's new rules: "According to NAME, NAME2 raised a glass to", "spoke with the brother of
// NAME, who said", "NAME of the BODY, who met NAME2, ... she said", "A friend of the woman that NAME married said",
// "NAME '24" beside years and scores, "A letter to NAME of the harbour board", ", as NAME put it,", "issued a
// statement" with a set-off lawyer, "At the funeral of mayor NAME, councillor NAME2 said", "As my father used to
// tell NAME", "later proposed a toast to NAME, who replied", "NAME, 46, the father of a welder", "Pak GIVEN" beside a
// Korean Pak, "the Labour presidential candidate" between two, "On the thread, the top comment reads:", "Rep. NAME"
// beside "a former lawmaker", "no relation" namesakes, "Hamid" beside an al-Hamid, a daughter at hand.
// First run on 3fab7ffa (62 articles, 65 quotes written): 30 right / 13 wrong / 20 none / 2 not found (a host's own
// turns). Four wrongs came from this session's rules; three fixed (q01: "the welder" for the father of a welder,
// `person-complement.ts`; v01: "the top comment" for the one who posted, `thing-head.ts`; y01: "the former
// lawmaker" for a sitting "Rep.", role-fit.ts presentCategoryOnly); c03 ("she" for "Ivo Tarn", a given name the
// English lists lack) is the older reading of a subject of unknown sex that lead3's "who" rule now reaches.
const DIR = 'tests/fixtures/probes/s57-w3';
pinProbeAnswers(DIR);
// Known wrongs, each older than session 57 (the same at d886bb4b) but c03, read by hand in the README (d03, older,
// fixed: `relative-clause-subject.ts` insideOpeningRelative).
pinWrittenAnswers(DIR, [
  'b02-spoke-with-brother-of-who: run into the ground → Tor Dell',
  'b03-spoke-to-who-was-told: beyond saving → sources',
  'c01-affiliation-who-second-person: The books have been cooked → Lena Frost',
  'c03-affiliation-who-object-pronoun: This will ruin the valley → Ivo Tarn',
  'd02-friend-of-woman-that-married: She never wanted the fuss → Dov Kern married',
  'd04-spokesman-whom-appointed: We will answer every letter → Ivo Renn',
  'zc01-unrelated-namesake-no-relation: It is a death trap → Park Min-ji',
]);
