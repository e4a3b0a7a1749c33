// picomatch 4 ships no type declarations; this covers the one call the classifier makes.
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    nocase?: boolean;
    strictBrackets?: boolean;
  }
  function picomatch(glob: string | string[], options?: PicomatchOptions): (input: string) => boolean;
  export default picomatch;
}
