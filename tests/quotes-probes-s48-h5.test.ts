import { pinProbeAnswers, pinWrittenAnswers } from './helpers/probe-pins.ts';

// The session-48 review's invented probe articles (helper h5; tests/fixtures/probes/s48-h5, README there): first run
// 99 right / 14 wrong / 42 none of 155 written (9 real wrongs; 5 a label or the text's own description), end
// 116 / 7 / 32 (6 judged not wrong, judged-after.txt; 1 real wrong left, below). Each fixed wrong has a rule with its
// own test file.
const DIR = 'tests/fixtures/probes/s48-h5';
pinProbeAnswers(DIR);
// 'NAME1 beat NAME2 in the final. He said afterwards: "She was ..."' where neither given name is in the lists: the
// quote's "she" shows one of the two is a woman, so either may be the "he"; session 49 leaves it to no one
// (`credit-readers.ts` passiveSelfAfterObject), where it went to the subject, a woman.
pinWrittenAnswers(DIR, []);
