import { pinProbeAnswers, pinWrittenAnswers } from './helpers/probe-pins.ts';

// The session-48 review's invented probe articles (helper h5; tests/fixtures/probes/s48-h5, README there): first run
// 99 right / 14 wrong / 42 none of 155 written (9 real wrongs; 5 a label or the text's own description), end
// 116 / 7 / 32 (6 judged not wrong, judged-after.txt; 1 real wrong left, below). Each fixed wrong has a rule with its
// own test file.
const DIR = 'tests/fixtures/probes/s48-h5';
pinProbeAnswers(DIR);
// Left: 'NAME1 beat NAME2 in the final. He said afterwards:' where NAME1 is a woman's given name the name lists do
// not hold; "he" goes to the sentence's subject, the sex of neither name being known.
pinWrittenAnswers(DIR, ['e03-he-object-woman-subject: She was better on the day → Oddrun Kleppe']);
