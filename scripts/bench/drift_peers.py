"""Python peers for scripts/bench/drift_vs_river and drift_vs_scipy: the same measurements on River/scipy/numpy,
one JSON object per line. Streams come from the same SplitMix64 generator as Benchmarks/DriftBench."""
import json, sys, time
import numpy as np

MASK = (1 << 64) - 1


def uniforms(seed, count):
    """Vectorised SplitMix64 (uint64 arithmetic wraps like Swift's &+ and &*)."""
    k = np.arange(1, count + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + k * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z = z ^ (z >> np.uint64(31))
    return (z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53


def bells(seed, count, shift=0.0):
    u = uniforms(seed, 4 * count).reshape(count, 4)
    return ((u[:, 0] + u[:, 1]) + (u[:, 2] + u[:, 3]) - 2.0) + shift


def bernoulli(seed, count, p):
    return (uniforms(seed, count) < p).astype(np.float64)


def best_of(runs, body, wall=None):
    """Best thread CPU seconds of `runs` calls; when `wall` (a dict) is given, its "seconds" gets the best wall."""
    best = best_wall = float("inf")
    for _ in range(runs):
        start, start_wall = time.thread_time(), time.perf_counter()
        result = body()
        best = min(best, time.thread_time() - start)
        best_wall = min(best_wall, time.perf_counter() - start_wall)
    if wall is not None:
        wall["seconds"] = best_wall
    return best, result


def emit(**fields):
    print(json.dumps(fields, sort_keys=True), flush=True)


command, n = sys.argv[1], int(sys.argv[2])
if command == "adwin":
    from river import drift
    stream = np.concatenate([bells(1, n // 2), bells(2, n // 2, 0.5)]).tolist()

    def run():
        detector, found = drift.ADWIN(), 0
        for x in stream:
            detector.update(x)
            found += detector.drift_detected
        return found

    seconds, drifts = best_of(3, run)
    emit(bench="adwin", n=n, seconds=seconds, updates_per_second=n / seconds, drifts=drifts)
elif command in ("ks", "psi"):
    from scipy import stats
    reference, current = bells(1, n), bells(2, n, 0.01)

    def psi():
        edges = np.unique(np.quantile(reference, np.arange(1, 10) / 10))
        r = np.bincount(np.searchsorted(edges, reference, side="right"), minlength=len(edges) + 1) / len(reference)
        c = np.bincount(np.searchsorted(edges, current, side="right"), minlength=len(edges) + 1) / len(current)
        r, c = np.where(r == 0, 1e-4, r), np.where(c == 0, 1e-4, c)
        return float(np.sum((c - r) * np.log(c / r)))

    if command == "ks":
        wall = {}
        seconds, result = best_of(3, lambda: stats.ks_2samp(reference, current, method="auto"), wall)
        emit(bench="ks", n=n, seconds=seconds, wall_seconds=wall["seconds"], statistic=float(result.statistic),
             p_value=float(result.pvalue))
    else:
        wall = {}
        seconds, value = best_of(3, psi, wall)
        emit(bench="psi", n=n, seconds=seconds, wall_seconds=wall["seconds"], statistic=value, p_value=-1)
elif command == "falsealarms":
    from river import drift
    gaussian = bells(11, n).tolist()
    errors = bernoulli(12, n, 0.2).tolist()
    detectors = {
        "ADWIN/gaussian": (drift.ADWIN, gaussian), "PageHinkley/gaussian": (drift.PageHinkley, gaussian),
        "KSWIN/gaussian": (lambda: drift.KSWIN(seed=42), gaussian),
        "ADWIN/bernoulli": (drift.ADWIN, errors), "PageHinkley/bernoulli": (drift.PageHinkley, errors),
        "DDM/bernoulli": (drift.binary.DDM, errors), "EDDM/bernoulli": (drift.binary.EDDM, errors),
        "HDDM_A/bernoulli": (drift.binary.HDDMA, errors), "HDDM_W/bernoulli": (drift.binary.HDDMW, errors),
    }
    counts = {}
    for name, (make, stream) in detectors.items():
        detector, found = make(), 0
        for x in stream:
            detector.update(x)
            found += detector.drift_detected
        counts[name] = found
    emit(bench="falsealarms", n=n, counts=counts)
