"""``pip install .`` into a fresh virtualenv, then ``dateline read`` from another folder.

What this proves: the package builds from a clean copy of the checkout (pip's isolated build
fetches setuptools from the package index, as ``make`` does), ships its data (lexicons, web
pages), and installs a ``dateline`` command that runs. To stay within CI's time budget it
installs with ``--no-deps`` and lets the fresh venv see the dependencies already installed in
this interpreter's environment through a ``.pth`` file, instead of downloading spaCy and its
model again; resolving those is pip's job from pyproject.toml. Marked slow (~40 s).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.mark.slow
def test_pip_install_then_dateline_read_works(tmp_path: Path) -> None:
    src = tmp_path / "src"
    # A clean copy of what git tracks (no build leftovers, no .venv), as a fresh clone has.
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, files.decode().split("\0")):
        if (ROOT / name).is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    site = subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (Path(site) / "shared_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    install = subprocess.run([py, "-m", "pip", "install", "--no-deps", "-q", str(src)],
                             capture_output=True, text=True, env=env, timeout=300)
    assert install.returncode == 0, install.stderr[-2000:]
    dateline = env_dir / "bin" / "dateline"
    assert dateline.is_file()
    story = tmp_path / "story.txt"
    story.write_text("The council of Ridgeford approved the harbour budget on 3 March 2021. "
                     "“It is a good day for the town,” the mayor, Helen Carter, said.", encoding="utf-8")
    out = subprocess.run([dateline, "read", str(story)], capture_output=True, text=True, cwd=tmp_path, env=env,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "Published:" in out.stdout and "Helen Carter" in out.stdout
    # The installed copy ran, not this checkout, and it carries its web pages.
    where = subprocess.run([py, "-c", "import dateline, pathlib; p = pathlib.Path(dateline.__file__).parent; "
                            "print(p); print((p / 'web' / 'templates' / 'home.html').is_file())"],
                           capture_output=True, text=True, cwd=tmp_path, env=env, check=True).stdout.split()
    assert where[0].startswith(str(env_dir)) and where[1] == "True"
    assert sys.prefix not in where[0]
