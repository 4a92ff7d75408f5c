/**
 * Predict, then reveal: questions generated from a run (the next state, a segment's flags, SEQ
 * and ACK), wrong choices derived from the segment itself, and the score.
 */
export { buildQuestions, partsOf, type QuizPart } from './questions.ts';
export { partViews, promptOf } from './questionText.ts';
export { type Answers, isAnswered, score, type Score } from './scoring.ts';
