// ESLint for the map's browser code (corridor/leaflet/*.js): the recommended
// rules, in the browser, with Leaflet's L. The files are classic scripts,
// joined into one bundle in the order corridor/leaflet/__init__.py gives; each
// names what it takes from the files before it (/* global */) and what it
// leaves for the ones after (/* exported */).
import js from "@eslint/js";
import globals from "globals";

export default [
    {
        files: ["corridor/leaflet/**/*.js"],
        ...js.configs.recommended,
        languageOptions: {
            ecmaVersion: 2020,
            sourceType: "script",
            globals: {
                ...globals.browser,
                L: "readonly",
            },
        },
    },
];
