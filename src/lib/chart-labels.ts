/**
 * A chart's category label in lines of at most `width` characters, so that labels stand upright
 * under their bars on a phone instead of being rotated 45°. Each line is as long as the first, so
 * no line ends with a lone character when it can be helped: 地区生产总值 in 4 → 地区生 / 产总值.
 */
export function wrapLabel(label: string, width: number): string[] {
  const chars = [...label];
  const lines = Math.ceil(chars.length / Math.max(1, width));
  const size = Math.ceil(chars.length / lines);
  return Array.from({ length: lines }, (_, i) => chars.slice(i * size, (i + 1) * size).join(''));
}
