import { pinProbeAnswers, pinWrittenAnswers } from './helpers/probe-pins.ts';

// The session-50 second-wave probes aimed at this session's new rules (helper w3; tests/fixtures/probes/s50-w3,
// README there): 78 invented articles in two batches, 89 quotes written before any run, all found. First runs 11
// real wrongs (8 from this session's rules, 3 from older readings), every one narrowed with a test of its own; end
// 56 right (35 by name, 21 by the text's own description) / 0 wrong / 1 none where a name was written, 32 no one
// where no one is right. pinProbeAnswers holds every quote's speaker as now (so the right count cannot fall unseen);
// pinWrittenAnswers holds wrong at 0 against the answers written before the runs.
const DIR = 'tests/fixtures/probes/s50-w3';
pinProbeAnswers(DIR);
pinWrittenAnswers(DIR);
