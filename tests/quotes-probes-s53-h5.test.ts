import { pinProbeAnswers, pinRightFloor, pinWrittenAnswers } from './helpers/probe-pins.ts';

// The session-53 invented probe articles (helper h5; tests/fixtures/probes/s53-h5, README there): names written
// family name first (Chinese, Korean, Vietnamese, Hungarian) called later by one part, patronymics and feminine
// surname forms, hyphenated double surnames cut to one half, a speaker whose role changes, quotes inside quotes,
// "according to NAME" after a paragraph's other subject, three quotes in one sentence with semicolons, questions at a
// press conference, headlines, subheads and pull quotes, a group's joint words, "NAME's spokesman" and "through a
// spokesman", speech through an interpreter, and names that are common words; then a batch aimed at the rules the
// first run's wrongs brought. First run 227 right / 24 wrong (8 wrong on reading) / 28 no one where no one is right /
// 14 none of the 293 quotes first written; the wrongs read by hand are in the README. Each fixed wrong has a rule with
// its own test file.
const DIR = 'tests/fixtures/probes/s53-h5';
pinProbeAnswers(DIR);
pinWrittenAnswers(DIR);

// The right count as a floor: quotes credited to one written (or judged after) as right, 262 at the end of the
// review (of 313 written; README). A later reading may credit more, never fewer.
pinRightFloor(DIR, 262);
