"""formslim batch on a Dask cluster (a real dask.distributed.LocalCluster): the same catalogue, byte for
byte, as the local run; documents are still read in isolated child processes of the workers."""
import multiprocessing
import os
import subprocess
import sys

import pytest

from formslim.batching import BatchOptions, discover, run_batch

from .conftest import SAMPLES, needs_corpus

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def client():
    import dask

    with dask.config.set({"distributed.worker.daemon": False}):
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def _daemon() -> bool:
    return multiprocessing.current_process().daemon


def test_the_cluster_gives_the_local_runs_catalogue_byte_for_byte(client, tmp_path):
    assert client.submit(_daemon, pure=False).result() is False  # workers may start reader processes
    specs = discover(SAMPLES)
    local = run_batch(specs, tmp_path / "local", jobs=1, options=BatchOptions())
    on_dask = run_batch(specs, tmp_path / "dask", options=BatchOptions(), client=client)
    assert local.catalogue["analysed"] == on_dask.catalogue["analysed"] == 2
    for name in ("catalogue.json", "catalogue.csv", "kr-sme-support/plan.json", "us-small-business-loan/form.json"):
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


@needs_corpus
def test_the_corpus_batch_on_the_cluster_matches_the_local_run(client, corpus, tmp_path):
    specs = discover(corpus / "PACKAGES.tsv")
    run_batch(specs, tmp_path / "local", jobs=2, options=BatchOptions())
    run_batch(specs, tmp_path / "dask", options=BatchOptions(), client=client)
    assert (tmp_path / "local" / "catalogue.json").read_bytes() == (tmp_path / "dask" / "catalogue.json").read_bytes()


def test_the_command_line_runs_a_local_cluster_and_names_an_unreachable_scheduler(tmp_path):
    env = {**os.environ, "FORMSLIM_CACHE": "0"}
    r = subprocess.run([sys.executable, "-m", "formslim", "batch", str(SAMPLES), "-o", str(tmp_path / "a"),
                        "--scheduler", "local", "-j", "2", "--format", "json"], capture_output=True, text=True,
                       env=env, timeout=600)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-m", "formslim", "batch", str(SAMPLES), "-o", str(tmp_path / "b"),
                        "--scheduler", "tcp://127.0.0.1:9", "--quiet"], capture_output=True, text=True, env=env,
                       timeout=600)
    assert r.returncode == 1 and "cannot reach the Dask scheduler" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
