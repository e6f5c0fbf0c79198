/**
 * Runs split into bands of rows (e.g. over a Slurm job array), after output: the part file one band
 * writes ({@link scatter.split.PartFile}, the result layout plus the band and a SHA-256 digest) and
 * putting the parts back together into the whole field ({@link scatter.split.PartMerge}), with a
 * {@link scatter.split.PartException} naming the part at fault when they do not fit.
 */
package scatter.split;
