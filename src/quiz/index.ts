/** TODO-DOC quiz */
export { buildQuestions, partsOf, type QuizPart } from './questions.ts';
export { partViews, promptOf } from './questionText.ts';
export { type Answers, isAnswered, score, type Score } from './scoring.ts';
