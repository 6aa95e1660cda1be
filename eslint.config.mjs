import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["server/generated/**", ".next/**", ".next-*/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "e2e/fixtures/scorm/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Every word a person reads comes from the message catalogues (messages/<locale>/…), in English, French and
    // Chinese: a literal sentence in a page or component is a string one of the three languages never gets. Text
    // between tags and the attributes people read or hear (aria-label, title, placeholder, alt) are checked;
    // punctuation and symbols that read the same in every language are allowed.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "react/jsx-no-literals": [
        "error",
        {
          noStrings: true,
          ignoreProps: true,
          allowedStrings: ["·", "—", "–", "-", "/", "(", ")", ":", "…", "×", "→", "←", "%", "*", "+", "|", ",", ".", "✓", "&nbsp;", "•", ") ·", ") —", "P", "Pathway", "403"],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|aria-description|aria-roledescription)$/] > Literal[value=/[A-Za-z\\u00C0-\\u024F\\u4E00-\\u9FFF]{2,}/]",
          message: "People read or hear this attribute: take its text from the message catalogues (t(…)).",
        },
      ],
    },
  },
  {
    // Playwright fixtures call `use(...)`, which the React hooks rule mistakes for React's use().
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];

export default config;
