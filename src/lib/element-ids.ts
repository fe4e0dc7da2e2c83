/** DOM ids that more than one feature needs: the search box is focused by a global shortcut. */
export const SEARCH_INPUT_ID = 'search-input';
