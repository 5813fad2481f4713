/// Whose CPU time a ``CostMeter`` counts.
public enum CPUScope: Sendable, Equatable {
    /// Every thread of the process (`getrusage(RUSAGE_SELF)`): right for one run at a time, whatever its threads.
    case process
    /// Only the thread that reads the meter (`CLOCK_THREAD_CPUTIME_ID`): right for single-threaded runs that share
    /// the process with others (e.g. trials trained side by side), as long as the meter is started and read on
    /// that thread.
    case callingThread
}
