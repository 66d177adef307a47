import { pinProbeAnswers } from './helpers/probe-pins.ts';

// The session-43 review's invented probe articles (tests/fixtures/probes/s43-h5, README there). A wrong speaker found
// there was fixed by a rule of its own test file; this pins the folder as a whole.
pinProbeAnswers('tests/fixtures/probes/s43-h5');
