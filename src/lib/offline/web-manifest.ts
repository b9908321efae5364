import { hansLang } from '../edition/paths';
import { strings } from '../strings';

/** The web app manifest's address, which every page links (src/layouts/BaseLayout.astro). */
export const webManifestPath = '/manifest.webmanifest';

/** The paper of each colour scheme (--paper in src/styles/global.css): the colour of the browser's bar. */
export const themeColours = { light: '#fdfcf9', dark: '#16181b' } as const;
/** The icon's colours: the site's accent (light scheme) and white. */
const iconColours = { ground: '#8c1c13', glyph: '#fff' };

export interface AppIcon {
  size: number;
  /** Drawn to the edges with its glyph inside the safe zone, for platforms that crop icons to a shape. */
  maskable: boolean;
}

export const appIcons: AppIcon[] = [
  { size: 192, maskable: false },
  { size: 512, maskable: false },
  { size: 512, maskable: true },
];

export const appIconPath = (icon: AppIcon) => `/icons/${icon.maskable ? 'maskable-' : ''}${icon.size}.png`;

/**
 * The site's icon as SVG at an app icon's size: the drawing of public/favicon.svg (江 on the
 * accent), which tests/unit/offline.test.ts holds it to. A maskable icon fills its square and keeps the glyph within the central circle of 80 % that a
 * platform's mask leaves.
 */
export function appIconSvg(icon: AppIcon, fontFamily: string): string {
  const [corner, fontSize, baseline] = icon.maskable ? [0, 14, 21] : [6, 20, 23];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${icon.size}" height="${icon.size}" viewBox="0 0 32 32">`,
    `<rect width="32" height="32" rx="${corner}" fill="${iconColours.ground}"/>`,
    `<text x="16" y="${baseline}" font-size="${fontSize}" text-anchor="middle" fill="${iconColours.glyph}" font-family="${fontFamily}">江</text>`,
    '</svg>',
  ].join('');
}

/** The manifest: what a browser needs to install the site as an app that opens offline. */
export function webManifest() {
  return {
    id: '/',
    name: strings.siteName,
    short_name: strings.siteShortName,
    lang: hansLang,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: themeColours.light,
    theme_color: themeColours.light,
    icons: appIcons.map((icon) => ({
      src: appIconPath(icon),
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.maskable ? 'maskable' : 'any',
    })),
  };
}
