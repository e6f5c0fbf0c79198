package scatter.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;

/** Where a run ran, for its row of the timing log: the node and, under Slurm, the job. */
final class SlurmJob {
    private SlurmJob() {
    }

    /** The node's name: Slurm's, else the shell's HOSTNAME, else the network's; empty if none is known. */
    static String host(Map<String, String> env) {
        String name = env.getOrDefault("SLURMD_NODENAME", env.get("HOSTNAME"));
        if (name != null && !name.isBlank()) {
            return name;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "";
        }
    }

    /** SLURM_JOB_ID, or {@code <arrayjob>_<task>} in a job array; empty outside Slurm. */
    static String jobId(Map<String, String> env) {
        String job = env.getOrDefault("SLURM_JOB_ID", "");
        String task = env.get("SLURM_ARRAY_TASK_ID");
        return task == null || job.isEmpty() ? job : env.getOrDefault("SLURM_ARRAY_JOB_ID", job) + "_" + task;
    }
}
