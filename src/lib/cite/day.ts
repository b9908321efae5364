/** A calendar day, as references write dates: no time, no zone. Browser-safe (src/scripts/cite.ts). */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 2016-01-20: the form GB/T 7714 writes a day in (after GB/T 7408, ISO 8601). */
export const isoDay = ({ year, month, day }: Day) => `${year}-${pad(month)}-${pad(day)}`;

/** The reader's today, in their own time zone: the 引用日期 of a citation made now. */
export const today = (now = new Date()): Day => ({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
