/**
 * The command line, last before {@code Main}: one thin picocli command per task (the solver,
 * {@code scaling}, {@code report}, {@code merge}, {@code compare}), option mixins shared between
 * them (the scene, the solver's and compare's problem options, result, far-field, table options,
 * {@code -t}, {@code -q}), the checks made before any computing ({@link scatter.cli.Preflight}, and
 * {@link scatter.cli.OutputFiles} for the files a run will write), and what comes from the
 * environment: thread counts, Slurm's job and array variables, the terminal.
 *
 * <p>Here lower layers' errors get their wording: {@link scatter.cli.UserErrors} puts the name of
 * the option in front of what geometry or the problem says is wrong.
 */
package scatter.cli;
