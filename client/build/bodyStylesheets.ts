/**
 * Moves the built stylesheet links from <head> to the end of <body>.
 *
 * A stylesheet in <head> holds back the first paint until it has arrived; the
 * page's shell (index.html's #root: a loading line, styled by the small inline
 * <style> in <head>) needs none of it. At the end of <body> the stylesheet
 * still loads at once and still comes before any script runs (a script waits
 * for the stylesheets before it is run), so the app never renders unstyled;
 * only the shell paints earlier, one round trip sooner on a slow network.
 */
import type { Plugin } from 'vite';

const STYLESHEET_LINK = /[ \t]*<link rel="stylesheet"[^>]*>\n?/g;

export function moveStylesheetsToBody(html: string): string {
  const links = html.match(STYLESHEET_LINK) ?? [];
  if (links.length === 0) return html;
  const withoutLinks = html.replace(STYLESHEET_LINK, '');
  const moved = links.map((link) => `  ${link.trim()}\n  `).join('');
  return withoutLinks.replace('</body>', `${moved}</body>`);
}

export function bodyStylesheets(): Plugin {
  return {
    name: 'samverka-body-stylesheets',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: moveStylesheetsToBody },
  };
}
