// picomatch ships no types, and @types/picomatch is not a dependency: the part policy-lint uses.
declare module 'picomatch/posix.js' {
  interface PicomatchOptions {
    dot?: boolean;
    nocase?: boolean;
    windows?: boolean;
  }
  function picomatch(glob: string | readonly string[], options?: PicomatchOptions): (path: string) => boolean;
  namespace picomatch {
    function makeRe(glob: string, options?: PicomatchOptions): RegExp;
  }
  export default picomatch;
}
