import { pinProbeAnswers } from './helpers/probe-pins.ts';

// The session-44 review's invented probe articles (tests/fixtures/probes/s44-h4, README there): each wrong speaker
// found there was fixed by a rule of its own test file; this pins the folder as a whole.
pinProbeAnswers('tests/fixtures/probes/s44-h4');
