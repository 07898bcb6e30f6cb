"""formslim.toml: defaults for target, tariff, lang, jobs and cache; the command line wins; mistakes are
one clear error."""
import json
import os
import subprocess
import sys

from .conftest import SAMPLES

KR = SAMPLES / "kr-sme-support"


def run(cwd, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("FORMSLIM_CACHE", "XDG_CONFIG_HOME")}
    env["XDG_CONFIG_HOME"] = str(cwd / "no-user-config")
    return subprocess.run([sys.executable, "-m", "formslim", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=600)


def test_the_config_sets_defaults_and_the_command_line_wins(tmp_path):
    cache = tmp_path / "from-config.sqlite"
    (tmp_path / "formslim.toml").write_text(f'[defaults]\ntarget = 0.9\ncache = "{cache}"\n\n[analyze]\nlang = "en"\n',
                                            encoding="utf-8")
    r = run(tmp_path, "analyze", KR, "-o", tmp_path / "a", "--format", "json")
    plan = json.loads(r.stdout)
    assert r.returncode == 4 and plan["summary"]["target"] == 0.9 and plan["language"] == "en"
    assert cache.is_file() and "documents from the cache" in r.stderr
    r = run(tmp_path, "analyze", KR, "-o", tmp_path / "b", "--format", "json", "--target", "0.5", "--lang", "ko",
            "--no-cache")
    plan = json.loads(r.stdout)
    assert r.returncode == 0 and plan["summary"]["target"] == 0.5 and plan["language"] == "ko"
    assert "cache" not in r.stderr


def test_an_explicit_config_file_and_a_user_config(tmp_path):
    cfg = tmp_path / "team.toml"
    cfg.write_text("[batch]\njobs = 1\ntarget = 0.85\n", encoding="utf-8")
    r = run(tmp_path, "--config", cfg, "batch", SAMPLES, "-o", tmp_path / "out", "--format", "json", "--no-cache")
    assert r.returncode == 0, r.stderr
    # the Korean sample cuts 10 documents to 2 (80%): it meets the default 50%, not the file's 85%
    kr = next(p for p in json.loads(r.stdout)["programmes"] if p["name"] == "kr-sme-support")
    assert (kr["documents_before"], kr["documents_after"]) == (10, 2) and not kr["target_met"]
    user = tmp_path / "no-user-config" / "formslim"
    user.mkdir(parents=True)
    (user / "formslim.toml").write_text("[defaults]\ntarget = 0.95\n", encoding="utf-8")
    r = run(tmp_path, "analyze", KR, "-o", tmp_path / "c", "--format", "json", "--no-cache")
    assert json.loads(r.stdout)["summary"]["target"] == 0.95


def test_mistakes_in_the_config_are_one_line(tmp_path):
    for text, says in (("[defaults]\ntargett = 0.9\n", "unknown key"), ("[defaults]\ntarget = 'high'\n", "expected float"),
                       ("[defaults]\ntarget = 3\n", "between 0 and 1"), ("[analyse]\njobs = 2\n", "unknown table"),
                       ("[defaults\n", "not valid TOML"), ("[defaults]\nlang = 'fr'\n", "'ko' or 'en'")):
        (tmp_path / "formslim.toml").write_text(text, encoding="utf-8")
        r = run(tmp_path, "fields", KR)
        assert r.returncode == 1 and says in r.stderr, (text, r.stderr)
        assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
