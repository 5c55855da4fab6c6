"""No code runs from a cache: hostile files planted where senrules caches.

senrules caches three things (see docs/cache.md): the compiled rules of a
ruleset (``rules-*.cache``), its rule tests (``tests-*.cache``) and the
parser's tables (``parser-*.cache``).  Each test here plants a hostile file
in one of those places, in one of the ways a local attacker (or an accident)
could, loads the rules again as a fresh process would, and checks that no
code ran (no marker file appeared) and that the rules still give the right
verdicts.  Every hostile file passes all the checks but the one under test,
and :func:`test_a_forged_file_that_passes_every_check_would_run` shows that
the forgery is real: signed with the user's own key and left private, it
does run.  So the keyed hash is the defence, and the tests can fail.
"""

from __future__ import annotations

import logging
import marshal
import os
import pickle
import stat
import sys
import tempfile
import types

import pytest

import senrules
from senrules import cache, parser
from senrules.ruleset import shipped_rulesets
from senrules.ruletests import run_tests

DATE = "2024-09-01"
FACTS = {"programmes_monitored": True, "monitoring_interval": 20, "cyp_progress_rate": {2023: 40, 2024: 70}}
OTHER_UID = 4242
ROOT_ONLY = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file to another user needs root (CI runs as root)"
)
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="owners and modes are POSIX")


class Bomb:
    """Unpickling this creates the marker (a folder): what a planted pickle does."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def _fresh_process():
    """Forget what this process keeps in memory, as a new process would."""
    parser._parser_tables.cache_clear()
    parser.get_parser.cache_clear()
    parser.get_comment_parser.cache_clear()


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A private cache folder filled by one genuine load of every kind."""
    where = tmp_path / "cache"
    monkeypatch.setenv("SENRULES_CACHE_DIR", str(where))
    monkeypatch.delenv("SENRULES_NO_CACHE", raising=False)
    _fresh_process()
    rs = senrules.load_ruleset("example")
    assert rs.tests  # fills the tests cache
    yield where
    _fresh_process()


@pytest.fixture(scope="module")
def expected():
    rs = senrules.load_ruleset("example", cache=False)
    return rs.verdicts(FACTS, evaluation_date=DATE), len(rs.tests)


def _name(folder, kind: str) -> str:
    (name,) = [p.name for p in folder.iterdir() if p.name.startswith(kind + "-")]
    return name


def _key(folder) -> bytes:
    return (folder / cache.KEY_NAME).read_bytes()


def _signed(name: str, payload: bytes, key: bytes) -> bytes:
    return cache.MAGIC + cache._tag(key, name, payload) + payload


def _plant(path, data: bytes, mode: int = 0o600) -> None:
    path.unlink(missing_ok=True)
    path.write_bytes(data)
    os.chmod(path, mode)


def _forged_rules(folder, name: str, marker) -> bytes:
    """The genuine compiled rules with `evaluate_all` swapped for code that
    creates the marker: what a forged cache that passed as valid would run."""
    digest, program, code_bytes, consts, diagnostics = pickle.loads(cache.read(name))
    source = (
        "def evaluate_all(F, P, Y, D, AT):\n"
        f"    _compare.__globals__['__builtins__']['open']({str(marker)!r}, 'w').close()\n"
        f"    return [0] * {len(program.nodes)}\n"
    )
    evil = next(c for c in compile(source, "<forged>", "exec").co_consts if isinstance(c, types.CodeType))
    code = marshal.loads(code_bytes)
    code = code.replace(co_consts=tuple(evil if getattr(c, "co_name", None) == "evaluate_all" else c for c in code.co_consts))
    return pickle.dumps((digest, program, marshal.dumps(code), consts, diagnostics))


def _payload(kind: str, folder, name: str, marker) -> bytes:
    if kind == "rules":
        return _forged_rules(folder, name, marker)
    return pickle.dumps(Bomb(marker))


def _load_everything(expected) -> None:
    """Load as a fresh process would, and check the rules still work."""
    _fresh_process()
    rs = senrules.load_ruleset("example")
    verdicts, n_tests = expected
    assert rs.verdicts(FACTS, evaluation_date=DATE) == verdicts
    assert rs.evaluate(FACTS, evaluation_date=DATE).verdict("S1.1") == verdicts["S1.1"]
    assert len(rs.tests) == n_tests and run_tests(rs).ok
    assert parser.get_parser().parse('ruleset x { title "y" }').data == "start"


KINDS = ["rules", "tests", "parser"]


def test_a_plain_pickle_would_run_code(tmp_path):
    """The bomb is real: an ordinary unpickling creates the marker."""
    marker = tmp_path / "ran"
    pickle.loads(pickle.dumps(Bomb(marker)))
    assert marker.exists()


def test_a_forged_file_that_passes_every_check_would_run(folder, tmp_path):
    """Signed with the user's own key, private and owned by them, a forged
    compiled-rules file does run: the keyed hash is what stops the others."""
    marker = tmp_path / "ran"
    name = _name(folder, "rules")
    _plant(folder / name, _signed(name, _forged_rules(folder, name, marker), _key(folder)))
    senrules.load_ruleset("example").verdicts(FACTS, evaluation_date=DATE)
    assert marker.exists()


@pytest.mark.parametrize("kind", KINDS)
def test_a_planted_pickle_is_not_loaded(folder, tmp_path, expected, kind, caplog):
    marker = tmp_path / "ran"
    name = _name(folder, kind)
    _plant(folder / name, pickle.dumps(Bomb(marker)))
    with caplog.at_level(logging.DEBUG, logger="senrules.cache"):
        _load_everything(expected)
    assert not marker.exists()
    assert any(name in r.getMessage() and "not a senrules cache file" in r.getMessage() for r in caplog.records)
    assert (folder / name).read_bytes().startswith(cache.MAGIC)  # replaced by a genuine one


@pytest.mark.parametrize("kind", KINDS)
def test_a_file_signed_with_another_key_is_not_loaded(folder, tmp_path, expected, kind, caplog):
    marker = tmp_path / "ran"
    name = _name(folder, kind)
    _plant(folder / name, _signed(name, _payload(kind, folder, name, marker), os.urandom(32)))
    with caplog.at_level(logging.DEBUG, logger="senrules.cache"):
        _load_everything(expected)
    assert not marker.exists()
    assert any("keyed hash does not match" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("kind", KINDS)
def test_a_flipped_bit_is_noticed(folder, tmp_path, expected, kind):
    marker = tmp_path / "ran"
    name = _name(folder, kind)
    data = bytearray(_signed(name, _payload(kind, folder, name, marker), _key(folder)))
    data[-7] ^= 0x10
    _plant(folder / name, bytes(data))
    _load_everything(expected)
    assert not marker.exists()


@POSIX_ONLY
@pytest.mark.parametrize("kind", KINDS)
def test_a_file_others_can_write_is_not_loaded(folder, tmp_path, expected, kind, caplog):
    marker = tmp_path / "ran"
    name = _name(folder, kind)
    _plant(folder / name, _signed(name, _payload(kind, folder, name, marker), _key(folder)), mode=0o666)
    with caplog.at_level(logging.DEBUG, logger="senrules.cache"):
        _load_everything(expected)
    assert not marker.exists()
    assert any("mode 0666" in r.getMessage() for r in caplog.records)
    assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600  # replaced


@POSIX_ONLY
@ROOT_ONLY
@pytest.mark.parametrize("kind", KINDS)
def test_a_file_owned_by_another_user_is_not_loaded(folder, tmp_path, expected, kind, caplog):
    marker = tmp_path / "ran"
    name = _name(folder, kind)
    _plant(folder / name, _signed(name, _payload(kind, folder, name, marker), _key(folder)))
    os.chown(folder / name, OTHER_UID, OTHER_UID)
    with caplog.at_level(logging.DEBUG, logger="senrules.cache"):
        _load_everything(expected)
    assert not marker.exists()
    assert any(f"owned by user {OTHER_UID}" in r.getMessage() for r in caplog.records)
    assert (folder / name).stat().st_uid == os.geteuid()  # replaced


@POSIX_ONLY
@pytest.mark.parametrize("kind", KINDS)
def test_a_link_to_a_file_elsewhere_is_not_followed(folder, tmp_path, expected, kind):
    marker = tmp_path / "ran"
    name = _name(folder, kind)
    elsewhere = tmp_path / "elsewhere"
    _plant(elsewhere, _signed(name, _payload(kind, folder, name, marker), _key(folder)))
    (folder / name).unlink()
    (folder / name).symlink_to(elsewhere)
    _load_everything(expected)
    assert not marker.exists()
    assert not (folder / name).is_symlink()


@POSIX_ONLY
@pytest.mark.parametrize(
    "how", ["mode", pytest.param("owner", marks=ROOT_ONLY)], ids=["others can read it", "another user owns it"]
)
@pytest.mark.parametrize("kind", KINDS)
def test_a_key_others_may_know_is_replaced(folder, tmp_path, expected, kind, how):
    """A key with the wrong mode or owner may be known to others: it is made
    anew, so what was signed with it is no longer trusted."""
    marker = tmp_path / "ran"
    name = _name(folder, kind)
    old_key = _key(folder)
    _plant(folder / name, _signed(name, _payload(kind, folder, name, marker), old_key))
    if how == "mode":
        os.chmod(folder / cache.KEY_NAME, 0o644)
    else:
        os.chown(folder / cache.KEY_NAME, OTHER_UID, OTHER_UID)
    _load_everything(expected)
    assert not marker.exists()
    assert _key(folder) != old_key
    assert stat.S_IMODE((folder / cache.KEY_NAME).stat().st_mode) == 0o600


@POSIX_ONLY
@pytest.mark.parametrize("kind", KINDS)
def test_a_folder_others_can_write_is_not_used(folder, tmp_path, expected, kind, caplog):
    marker = tmp_path / "ran"
    name = _name(folder, kind)
    _plant(folder / name, _signed(name, _payload(kind, folder, name, marker), _key(folder)))
    os.chmod(folder, 0o777)
    with caplog.at_level(logging.DEBUG, logger="senrules.cache"):
        _load_everything(expected)
    assert not marker.exists()
    assert any("is not used" in r.getMessage() and "mode 0777" in r.getMessage() for r in caplog.records)


@POSIX_ONLY
@ROOT_ONLY
@pytest.mark.parametrize("kind", KINDS)
def test_a_folder_owned_by_another_user_is_not_used(folder, tmp_path, expected, kind):
    marker = tmp_path / "ran"
    name = _name(folder, kind)
    _plant(folder / name, _signed(name, _payload(kind, folder, name, marker), _key(folder)))
    for path in [folder, *folder.iterdir()]:
        os.chown(path, OTHER_UID, OTHER_UID)
    _load_everything(expected)
    assert not marker.exists()


@POSIX_ONLY
@pytest.mark.parametrize("kind", KINDS)
def test_a_pipe_under_a_cache_name_does_not_hang_loading(folder, expected, kind):
    import threading

    name = _name(folder, kind)
    (folder / name).unlink()
    os.mkfifo(folder / name, 0o600)
    failures = []

    def load():
        try:
            _load_everything(expected)
        except BaseException as err:  # noqa: BLE001 - reported below
            failures.append(err)

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "loading hung on a named pipe in the cache folder"
    assert not failures
    assert (folder / name).is_file()  # replaced by a real cache file


def test_a_signed_pickle_of_anything_but_senrules_values_is_refused(folder, tmp_path, expected):
    """Behind the keyed hash, the unpickler accepts only senrules' own classes."""
    marker = tmp_path / "ran"
    name = _name(folder, "tests")
    _plant(folder / name, _signed(name, pickle.dumps(Bomb(marker)), _key(folder)))
    _load_everything(expected)
    assert not marker.exists()


def test_lark_never_reads_a_pickle_from_the_shared_temporary_folder(tmp_path, monkeypatch, expected):
    """lark's own cache (``cache=True``) is a pickle under a predictable name
    in the temporary folder; senrules does not use it."""
    from lark import Lark

    shared = tmp_path / "tmp"
    shared.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    monkeypatch.setenv("SENRULES_CACHE_DIR", str(tmp_path / "cache"))
    Lark(parser.grammar_text(), parser="lalr", propagate_positions=True, maybe_placeholders=True, cache=True)
    (planted,) = shared.iterdir()  # where lark itself caches: the attacker's target
    marker = tmp_path / "ran"
    head = planted.read_bytes().split(b"\n", 1)[0]
    planted.write_bytes(head + b"\n" + pickle.dumps(Bomb(marker)))
    _load_everything(expected)
    assert not marker.exists()
    assert list(shared.iterdir()) == [planted]  # and senrules wrote nothing there
    # the planted file is live: lark's own cache would have run it
    Lark(parser.grammar_text(), parser="lalr", propagate_positions=True, maybe_placeholders=True, cache=True)
    assert marker.exists()


# ---------------------------------------------------------------- where and how the cache is kept


@POSIX_ONLY
def test_the_cache_folder_and_files_are_private(folder):
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    names = sorted(p.name.split("-")[0] for p in folder.iterdir())
    assert names == ["key", "parser", "rules", "tests"]
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.stat().st_uid == os.geteuid()


def test_no_cache_turns_every_cache_off(tmp_path, monkeypatch, expected):
    where = tmp_path / "cache"
    monkeypatch.setenv("SENRULES_CACHE_DIR", str(where))
    monkeypatch.setenv("SENRULES_NO_CACHE", "1")
    _load_everything(expected)
    assert not where.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CACHE_HOME names the user cache folder on Linux")
def test_the_default_folder_is_under_the_user_cache_folder_and_made_private(tmp_path, monkeypatch, expected):
    """Without SENRULES_CACHE_DIR the cache is platformdirs' user cache folder;
    an old one that others could write to is made private and emptied."""
    import platformdirs

    monkeypatch.delenv("SENRULES_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    where = tmp_path / "xdg" / "senrules"
    assert cache.location() == where == type(where)(platformdirs.user_cache_dir("senrules", appauthor=False))
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.location() == type(where)(platformdirs.user_cache_dir("senrules", appauthor=False))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    where.mkdir(parents=True)
    os.chmod(where, 0o777)
    marker = tmp_path / "ran"
    old = where / "0123-old-format.bin"
    old.write_bytes(pickle.dumps(Bomb(marker)))
    _load_everything(expected)
    assert not marker.exists() and not old.exists()
    assert stat.S_IMODE(where.stat().st_mode) == 0o700
    assert any(p.name.startswith("rules-") for p in where.iterdir())


def test_editing_rules_replaces_their_cache_file(folder, tmp_path):
    """The cache does not grow with every edit of a rule file."""
    import shutil

    target = tmp_path / "example"
    shutil.copytree(shipped_rulesets()["example"], target)
    rules_file = target / "example.rules"
    verdicts = []
    for interval in ("13", "26", "52"):
        rules_file.write_text(rules_file.read_text().replace("monitoring_interval <= 13", f"monitoring_interval <= {interval}"))
        senrules.load_ruleset(target)
        verdicts.append(senrules.load_ruleset(target).verdicts(FACTS, evaluation_date=DATE)["S1.1"])
        rules_file.write_text(rules_file.read_text().replace(f"monitoring_interval <= {interval}", "monitoring_interval <= 13"))
    assert verdicts == ["partly_met", "met", "met"]
    assert len([p for p in folder.iterdir() if p.name.startswith("rules-")]) == 2  # the shipped example's, and the copy's last


def test_clear_removes_the_cache(folder, expected):
    assert cache.clear() == 4
    assert list(folder.iterdir()) == []
    _load_everything(expected)


def test_a_read_only_cache_folder_does_not_stop_loading(tmp_path, monkeypatch, expected):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SENRULES_CACHE_DIR", str(blocker / "cache"))
    _load_everything(expected)


@pytest.mark.parametrize("kind", KINDS)
def test_without_posix_owners_the_keyed_hash_still_guards(folder, tmp_path, expected, kind, monkeypatch):
    """Where there are no POSIX owners, modes or descriptor-relative calls
    (Windows), files are reached by path and the keyed hash is the check."""
    monkeypatch.setattr(cache, "_POSIX", False)
    marker = tmp_path / "ran"
    name = _name(folder, kind)
    _plant(folder / name, _signed(name, _payload(kind, folder, name, marker), os.urandom(32)))
    _load_everything(expected)
    assert not marker.exists()
    assert (folder / name).read_bytes().startswith(cache.MAGIC)
    _load_everything(expected)  # and the file written in its place is read back


@POSIX_ONLY
def test_a_cache_folder_the_person_named_that_is_not_private_is_reported_once(tmp_path):
    """SENRULES_CACHE_DIR naming a folder others may use: the command still
    works, without the cache, and says once how to fix it."""
    import subprocess

    where = tmp_path / "shared"
    where.mkdir()
    os.chmod(where, 0o755)
    env = dict(os.environ, SENRULES_CACHE_DIR=str(where))
    env.pop("SENRULES_NO_CACHE", None)
    done = subprocess.run(
        [sys.executable, "-m", "senrules.cli", "evaluate", "hmi-2005", "--demo", "--date", DATE, "--brief"],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if "is not used" in line]
    assert warnings == [
        f"senrules: the cache folder {where} (SENRULES_CACHE_DIR) is not used: others may use it (mode 0755; it must be "
        f"0700 for the folder, 0600 for a file); make it private (chmod 700 {where}) or name another folder"
    ]
    assert list(where.iterdir()) == []


def test_the_cache_command_says_where_and_clears(folder, capsys):
    from senrules.cli import main

    assert main(["cache"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{folder}: in use, readable by you only; 4 files, ") and out.endswith(" KB\n")
    assert main(["cache", "--clear"]) == 0
    assert capsys.readouterr().out == f"removed 4 files from {folder}\n"
    assert list(folder.iterdir()) == []
    assert main(["cache"]) == 0
    assert capsys.readouterr().out == f"{folder}: in use, readable by you only\n"


@POSIX_ONLY
def test_the_cache_command_says_why_a_folder_is_not_used(tmp_path, monkeypatch, capsys):
    from senrules.cli import main

    where = tmp_path / "shared"
    where.mkdir()
    os.chmod(where, 0o777)
    monkeypatch.setenv("SENRULES_CACHE_DIR", str(where))
    assert main(["cache"]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{where}: not used: others may use it (mode 0777; it must be 0700 for the folder, 0600 for a file)\n"
    assert captured.err == ""
    monkeypatch.setenv("SENRULES_NO_CACHE", "1")
    assert main(["cache"]) == 0
    assert capsys.readouterr().out == f"{where}: turned off (SENRULES_NO_CACHE is set)\n"
