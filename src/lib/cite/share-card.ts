import { execFileSync } from 'node:child_process';
import { Resvg } from '@resvg/resvg-js';
import { shareImageSize } from './reference';

export interface ShareCard {
  siteName: string;
  year: number;
  title: string;
  /** 2016年1月20日, or that the date is not known. */
  when: string;
  session: string;
  /** Said under the session where the year is the editors' inference. */
  yearNote?: string;
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The card as SVG: the site's paper and ink, the year large in its accent colour, then what and when. */
export function shareCardSvg(card: ShareCard, fontFamily: string): string {
  const { width, height } = shareImageSize;
  const text = (y: number, size: number, fill: string, content: string, weight = 400) =>
    `<text x="96" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">`,
    `<rect width="${width}" height="${height}" fill="#fdfcf9"/>`,
    `<rect width="24" height="${height}" fill="#8c1c13"/>`,
    `<rect x="96" y="548" width="${width - 192}" height="2" fill="#e4e0d8"/>`,
    text(136, 36, '#555555', card.siteName),
    text(300, 150, '#8c1c13', String(card.year), 700),
    text(392, 64, '#1f1f1f', card.title, 700),
    text(452, 34, '#1f1f1f', card.when),
    text(502, 30, '#555555', card.session),
    card.yearNote ? text(596, 28, '#115e67', card.yearNote) : '',
    '</svg>',
  ].join('');
}

/**
 * A Chinese font of the machine that builds (fontconfig's list): a face for simplified Chinese,
 * sans-serif if there is one. The build fails without one rather than publish blank cards.
 */
export function buildMachineCjkFont(): { family: string; files: string[] } {
  let listing = '';
  try {
    listing = execFileSync('fc-list', [':lang=zh', '--format', '%{family[0]}\t%{file}\n'], { encoding: 'utf8' });
  } catch {
    // No fontconfig: the same answer as no font.
  }
  const faces = listing
    .split('\n')
    .map((line) => line.split('\t') as [string, string])
    .filter(([family, file]) => file && / SC$/.test(family));
  const family = (faces.find(([f]) => /Sans/.test(f) && !/Mono/.test(f)) ?? faces[0])?.[0];
  if (!family) {
    throw new Error(
      'The share images need a Chinese font with simplified characters, and fontconfig (fc-list :lang=zh) lists none: install one (Debian: apt-get install fonts-noto-cjk)',
    );
  }
  return { family, files: [...new Set(faces.filter(([f]) => f === family).map(([, file]) => file))] };
}

let font: ReturnType<typeof buildMachineCjkFont> | undefined;

/** An SVG as a PNG, drawn with the build machine's Chinese font (looked up once per build): the share cards and the app icons. */
export function cjkPng(svgIn: (fontFamily: string) => string): Buffer {
  font ??= buildMachineCjkFont();
  const png = new Resvg(svgIn(font.family), {
    font: { fontFiles: font.files, loadSystemFonts: false, defaultFontFamily: font.family },
  }).render();
  return png.asPng();
}

/** The card as a PNG. */
export const shareCardPng = (card: ShareCard): Buffer => cjkPng((family) => shareCardSvg(card, family));
