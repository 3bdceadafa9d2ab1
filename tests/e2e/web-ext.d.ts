/** The part of web-ext's programmatic API the lint test uses (the package ships no types). */
declare module 'web-ext' {
  interface LintResult {
    errors: { code: string; message: string }[];
    warnings: { code: string; message: string; file: string }[];
    notices: { code: string }[];
  }
  const webExt: {
    cmd: {
      lint(
        options: {
          sourceDir: string;
          output: 'json' | 'text' | 'none';
          warningsAsErrors: boolean;
          selfHosted: boolean;
          boring: boolean;
        },
        settings: { shouldExitProgram: boolean },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}
