/**
 * html-validate's rules for every built page (tests/site/built-site.test.ts runs them on both builds, on every
 * machine; `npx html-validate dist` reads this file too). They hold the pages to what the W3C Nu checker enforced
 * here before it became optional (it still runs wherever Java 11 or later exists, and always in CI):
 *
 * - html-validate:standard: the HTML standard's content models, permitted parents and children, required and allowed
 *   attributes and their values, unique ids, valid ids, no deprecated (obsolete) elements or attributes, no raw `<`
 *   or `&` and no unknown character references, one <main>, a doctype;
 * - html-validate:a11y: ARIA roles and attributes, aria-hidden on focusable elements, empty headings and titles,
 *   accessible text for links and buttons, one label per control, unique landmarks;
 * - html-validate:document: a doctype, labels for every input, references (for=, aria-labelledby=,
 *   aria-describedby= …) that point at an element of the page, headings that do not skip a level;
 * - two rules of html-validate:recommended that Nu reports as errors: attributes an <input> of that type does not
 *   take, and `/>` on an element that is not void;
 * - the ARIA checks Nu makes and html-validate does not (tests/html-validate-aria.ts): every role a WAI-ARIA role,
 *   every aria-* attribute one that exists, with a value of its type, and a role's required states on a div or span.
 *
 * Tuned, each because it flags deliberate, valid markup (the Nu checker accepts all of it with --errors-only):
 */
import ariaRules from './tests/html-validate-aria.ts';

export default {
  root: true,
  plugins: [ariaRules],
  extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'],
  rules: {
    'input-attributes': 'error',
    'no-self-closing': 'error',
    'nexus-aria/values': 'error',
    'nexus-aria/required-states': 'error',

    // Every script and stylesheet comes from the site's own origin, which the Content-Security-Policy already pins to
    // 'self'; integrity hashes guard against another host changing a file, and the site loads nothing from another
    // host. (Astro writes no integrity attributes, and Nu does not ask for them.)
    'require-sri': 'off',

    // The header's search form is one labelled search field, submitted with Enter (implicit submission); a submit
    // button is one of WCAG's techniques for predictable forms, not a requirement, and the form changes nothing until
    // the reader presses Enter. Nu does not ask for one.
    'wcag/h32': 'off',

    // Lists styled with `list-style: none` (the treaty's paragraphs and points, the contents, cards, inline lists)
    // carry role="list" on purpose: WebKit drops list semantics from such lists, and VoiceOver then no longer says
    // "list, 5 items". The role is redundant only where the browser keeps the semantics (Nu: a warning, not an
    // error). Every other redundant role is still an error.
    'no-redundant-role': ['error', { exclude: ['list'] }],
    // The same for role="list"; and the wide equivalents table sits in a <div role="region" aria-label tabindex="0">:
    // a scroll container that keyboard users can focus and scroll and screen readers name, not a section of the
    // text, which a <section> would say it is.
    'prefer-native-element': ['error', { exclude: ['list', 'region'] }],

    // A list may be named by the visible words that introduce it (a glossary term's "Discussed in:", read out as
    // "list, Discussed in:"): the list role takes a name from authors in ARIA, and Nu accepts aria-labelledby there.
    // html-validate allows it only with allowAnyNamable; aria-label on an element that cannot be named stays an error.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],

    // text-content and wcag/h30 (accessible text for buttons and links) stay on, but html-validate reads the content
    // of a <template> as if it were on the page. The one template (src/components/PermalinkTools.astro) holds the
    // copy buttons and the handout link, named by their title; its script gives each clone an aria-label naming the
    // provision. tests/html-validation.ts drops these two rules' findings inside a <template>, and nothing else.
  },
};
