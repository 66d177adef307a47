import { pinProbeAnswers, pinRightFloor, pinWrittenAnswers } from './helpers/probe-pins.ts';

// The session-54 invented probe articles (helper h5; tests/fixtures/probes/s54-h5, README there): denied, negated and
// misquoted speech, words only forecast, promised or due, words of documents, placards and banners, "in the words of"
// and "as NAME put it", Jr./Sr. namesakes, née and married names, nicknames in quotation marks, "each/both/neither
// said", relative clauses, possessive chains, captions and corrections, and crowds' chants; then a batch (z) at the
// edges of the first fixes. First run 128 right / 19 wrong (13 real, and g05 hidden by a lenient key) / 85 no one
// where no one is right / 4 none / 3 not found (nicknames written as no one's) of the 239 quotes first written.
const DIR = 'tests/fixtures/probes/s54-h5';
pinProbeAnswers(DIR);
// g03 ('The athlete ... now competes as Jessamy NAME ... Her husband, Chidi NAME, is her coach. "...," NAME said.'):
// was the husband (the wife's given name is none the lists know); since session 55 (h3) the possessive opening the
// kin goes back to her, named just before, so he is brought in as her kin and the bare surname is no one's.
pinWrittenAnswers(DIR);

// The right count as a floor: quotes credited to one written (or judged after) as right, 142 at the end of the
// review (of 259 written; README), 141 once merged: i06's three judges' joint words went from the first judge
// (judged after as right) to no one, the answer first written, by h3's rule on a list of three named as one
// subject. A later reading may credit more, never fewer.
pinRightFloor(DIR, 141);
