import { describe, expect, it } from 'vitest';
import { stackNotes } from '../../src/scripts/sidenotes';

describe('stacking the notes in the margin', () => {
  it('leaves each note at its place when none crowds another', () => {
    expect(stackNotes([0, 100, 300], [50, 50, 50], 6)).toEqual([0, 100, 300]);
  });

  it('centres notes that would overlap on their places, the farthest as near as stacking allows', () => {
    // Two 100 px notes wanted 20 px apart need 106 px: each moves 43 px, the least the farther
    // one can, and the one below is not crowded.
    expect(stackNotes([200, 220, 500], [100, 100, 40], 6)).toEqual([157, 263, 500]);
  });

  it('moves a run no higher than the top, and a note crowded by the run below its place', () => {
    // Wanted at 0 and 10, 60 px tall: the first stays at 0, the second goes to 66; the third,
    // wanted at 70, follows at 132.
    expect(stackNotes([0, 10, 70], [60, 60, 20], 6)).toEqual([0, 66, 132]);
  });

  it('spreads a run between its highest and lowest wish, whatever the notes between', () => {
    // In each note's top less the room above it (0, 26, 52): wishes 100, 74, 48 descend, so
    // the three form one run at the middle of 48 and 100, 74: tops 74, 100, 126.
    expect(stackNotes([100, 100, 100], [20, 20, 20], 6)).toEqual([74, 100, 126]);
  });
});
