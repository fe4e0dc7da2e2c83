/**
 * Suggestions for authoring a dataset from one's own text. Pure functions of the text: the
 * dialogs show them and the user confirms or dismisses every one.
 */
export { findCertaintyCues, suggestCertainty } from './certainty';
export type { CertaintyCue, CertaintySuggestion, SuggestedCertainty } from './certainty';
export { suggestDate } from './dates';
export type { CalendarDate, DateSuggestion, PartialDate, SentencePlace } from './dates';
export { findNames, suggestNames } from './names';
export type { NameSuggestion } from './names';
export { occurrencesOf } from './occurrences';
export type { Occurrence } from './occurrences';
