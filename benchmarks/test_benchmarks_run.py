"""The benchmarks must keep running; their figures are read by people, not asserted here."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_extraction_benchmark_runs_and_prints_its_figures():
    out = subprocess.run([sys.executable, "benchmarks/extraction_speed.py", "--quick"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "speed-up:" in out.stdout and "articles/s" in out.stdout


def test_grouping_benchmark_runs_and_prints_its_figures():
    out = subprocess.run([sys.executable, "benchmarks/grouping_speed.py", "--quick"], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "µs/claim" in out.stdout and "\n     400 " in out.stdout
