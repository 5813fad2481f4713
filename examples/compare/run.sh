#!/usr/bin/env bash
# Worked example: three learning-rate schedules × five seeds on two-moons data with `anneal compare`.
# Usage: examples/compare/run.sh [OUT_FOLDER]   (ANNEAL=path/to/anneal to pick a binary; default: anneal on PATH)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
anneal=${ANNEAL:-anneal}
out=${1:-$here/out}
mkdir -p "$out"
"$anneal" data generate moons --rows 4000 --seed 7 --noise 0.3 --out "$out/moons.csv"
"$anneal" compare --data "$out/moons.csv" --target label --task binary --model mlp:32,32 \
    --optimizer sgd:momentum=0.9,lr=0.2 --batch-size 32 --steps 1200 \
    --schedule "$here/constant.yaml" --schedule "$here/step.yaml" --schedule "$here/cosine.yaml" \
    --seeds 5 --target-metric 'valid_loss<=0.26' --price 0.05 --currency USD \
    --store "$out/store" --experiment moons-schedules \
    --out "$out/report.html" | tee "$out/leaderboard.txt"

# Calibration: the constant-rate model (the worst calibrated above) trained once, its temperature fitted on held-out
# rows, and both models measured on fresh test rows that neither the training nor the fit saw.
"$anneal" data generate moons --rows 1000 --seed 8 --noise 0.3 --out "$out/calibration.csv"
"$anneal" data generate moons --rows 2000 --seed 9 --noise 0.3 --out "$out/test.csv"
"$anneal" train --data "$out/moons.csv" --target label --task binary --model mlp:32,32 \
    --optimizer sgd:momentum=0.9,lr=0.2 --batch-size 32 --steps 1200 --schedule "$here/constant.yaml" \
    --out "$out/constant.annealmodel" --no-store
"$anneal" evaluate --model "$out/constant.annealmodel" --data "$out/calibration.csv" --calibrate \
    --save-calibrated "$out/constant-calibrated.annealmodel" | tee "$out/calibration.txt"
for model in constant constant-calibrated; do
    echo "$model on test.csv:"
    "$anneal" evaluate --model "$out/$model.annealmodel" --data "$out/test.csv"
done | tee "$out/test.txt"
