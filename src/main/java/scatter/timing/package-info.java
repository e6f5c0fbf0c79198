/**
 * Timings and speedups, after solving and output: one run's row of the timing log
 * ({@link scatter.timing.TimingRecord}) and the log itself ({@link scatter.timing.TimingLog}), the
 * sweep over thread counts in one JVM ({@link scatter.timing.ScalingSweep}), speedup tables
 * ({@link scatter.timing.ScalingTable}) made from a sweep or from logs
 * ({@link scatter.timing.TimingReport}), printed, as CSV and as a plot.
 */
package scatter.timing;
