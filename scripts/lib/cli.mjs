// The command lines of the scripts: `--name value` options, `--name` flags and bare words.

/** The value after `--name` in `args`, or `fallback` without one. */
export function option(args, name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at === -1 || at + 1 >= args.length ? fallback : args[at + 1];
}

/** Whether `args` has the flag `--name`. */
export function flag(args, name) {
  return args.includes(`--${name}`);
}

/** The bare words of `args`: neither an option nor the value of one of the options named in `valued`. */
export function words(args, valued = []) {
  return args.filter((arg, i) => !arg.startsWith('-') && !valued.some((name) => args[i - 1] === `--${name}`));
}
