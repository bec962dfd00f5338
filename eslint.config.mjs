import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

// Layers: app/ and components/ reach the database and Stripe only through lib/<domain>.
const layerRule = {
  "no-restricted-imports": [
    "error",
    {
      paths: [
        { name: "stripe", message: "app/ and components/ reach Stripe through lib/<domain> (lib/stripe is the adapter)." },
        { name: "@/lib/db", message: "app/ and components/ reach the database through lib/<domain>." },
        { name: "@prisma/client", message: "Use lib/<domain> functions." },
      ],
      patterns: [
        { group: ["**/lib/db", "**/lib/generated/**", "@/lib/generated/**"], message: "Use lib/<domain> functions." },
        { group: ["@/lib/stripe/*", "**/lib/stripe/*"], message: "app/ and components/ use lib/<domain>, not the Stripe adapter." },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextVitals,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // The emulator and the hosted pages render plain <img>; next/image adds nothing for local SVG posters.
      "@next/next/no-img-element": "off",
    },
  },
  { files: ["app/**", "components/**"], rules: layerRule },
  {
    // Browser scripts served by the emulator are plain JS for the page, not part of the TS program.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
