/** Vite's `?raw` imports: the file's text as a string, bundled at build time. */
declare module '*?raw' {
  const text: string;
  export default text;
}

/** Style sheets imported for their side effect; Vite bundles them. */
declare module '*.css';
