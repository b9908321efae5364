import type { APIRoute, GetStaticPaths } from 'astro';
import { cjkPng } from '../../lib/cite/share-card';
import { appIconPath, appIcons, appIconSvg, type AppIcon } from '../../lib/offline/web-manifest';

/** The app icons the manifest names, drawn at build time like the share images. */
export const getStaticPaths: GetStaticPaths = () =>
  appIcons.map((icon) => ({ params: { icon: appIconPath(icon).replace(/^\/icons\/|\.png$/g, '') }, props: { icon } }));

export const GET: APIRoute = ({ props }) => {
  const { icon } = props as { icon: AppIcon };
  return new Response(new Uint8Array(cjkPng((font) => appIconSvg(icon, font))), { headers: { 'content-type': 'image/png' } });
};
