import {defineConfig} from "vitest/config";

// Unit tests (loaders, schemas, URL state) run in Node; chart snapshot tests
// opt into jsdom with a `// @vitest-environment jsdom` header. TZ is pinned in
// package.json's script so that dates never depend on the machine.
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/charts/**/*.test.ts"],
    environment: "node",
    testTimeout: 20000
  }
});
