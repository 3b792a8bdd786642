// The colours the browser and the phone paint around Parta: the title bar, the splash screen of the installed
// app, the maskable icon's background. They are design tokens of app/globals.css (brand-colors.test.ts checks).

/** --color-bg in the light theme. */
export const LIGHT_BACKGROUND = '#ffffff';
/** --color-bg in the dark theme. */
export const DARK_BACKGROUND = '#0f141a';
/** --color-accent in the light theme, also the background of app/icon.svg. */
export const ACCENT = '#0b5cad';
