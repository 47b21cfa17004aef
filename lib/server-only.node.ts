/**
 * What `import 'server-only'` resolves to under tsx and node:test (tsconfig.json
 * `paths`), where build scripts and tests run the build-only modules directly.
 *
 * Why: Next.js resolves `server-only` itself (its own copy; the npm package is
 * not needed) and stops a build in which a client island imports a module
 * marked with it. Outside Next, the npm package would throw on import unless
 * node runs with `--conditions=react-server`, which also swaps React for its
 * server build and breaks react-dom/server in the build and the tests.
 */
export {};
