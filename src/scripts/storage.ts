/**
 * The reader's local storage, used through this one helper: where the browser blocks it (reading
 * `localStorage` then throws, as in Chromium when site data is blocked) or refuses a write, the
 * use does nothing and gives undefined, so every behaviour still works and only the choice is
 * not remembered.
 */
export function withStorage<T>(use: (storage: Storage) => T): T | undefined {
  try {
    return use(localStorage);
  } catch {
    return undefined;
  }
}
