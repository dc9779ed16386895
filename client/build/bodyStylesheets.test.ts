// The built page's stylesheets move to the end of <body>; scripts and everything else stay.
import { describe, expect, it } from 'vitest';

import { moveStylesheetsToBody } from './bodyStylesheets';

describe('moveStylesheetsToBody', () => {
  it('moves every stylesheet link after the shell, in order, and leaves the rest', () => {
    const html = [
      '<head>',
      '    <script type="module" crossorigin src="/assets/index-a.js"></script>',
      '    <link rel="modulepreload" crossorigin href="/assets/api-b.js">',
      '    <link rel="stylesheet" crossorigin href="/assets/index-c.css">',
      '    <link rel="stylesheet" crossorigin href="/assets/more-d.css">',
      '  </head>',
      '  <body>',
      '    <div id="root"></div>',
      '  </body>',
    ].join('\n');
    expect(moveStylesheetsToBody(html)).toBe(
      [
        '<head>',
        '    <script type="module" crossorigin src="/assets/index-a.js"></script>',
        '    <link rel="modulepreload" crossorigin href="/assets/api-b.js">',
        '  </head>',
        '  <body>',
        '    <div id="root"></div>',
        '    <link rel="stylesheet" crossorigin href="/assets/index-c.css">',
        '    <link rel="stylesheet" crossorigin href="/assets/more-d.css">',
        '  </body>',
      ].join('\n'),
    );
  });

  it('leaves a page without stylesheets as it is', () => {
    const html = '<head></head><body><div id="root"></div></body>';
    expect(moveStylesheetsToBody(html)).toBe(html);
  });
});
