/** A count as readers write it in English: 50,000. */
export const formatCount = (value: number) => value.toLocaleString('en');
