/** A filter's single choice as the API's list parameter (or nothing when no choice is made). */
export function oneOf<T extends string>(value: string): T[] | undefined {
  return value ? [value as T] : undefined;
}
