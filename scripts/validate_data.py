"""`rasa data validate --fail-on-warnings`, with every warning treated as a failure.

Rasa's validator cannot see responses sent by custom actions (`response="utter_x"` in actions/, and the
handoff desk in rasa_plugins/handoff*.py) or by forms (`utter_ask_<slot>`), and warns that they are
unused; those warnings, and only those, are expected. Any other warning fails.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
UNUSED = re.compile(r"The utterance '(utter_\w+)' is not used in any story or rule")


def responses_sent_outside_stories() -> set:
    sent = set()
    for path in [*(ROOT / "actions").glob("*.py"), *(ROOT / "rasa_plugins").glob("handoff*.py")]:
        sent |= set(re.findall(r"response=\"(utter_\w+)\"", path.read_text()))
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    for form in (domain.get("forms") or {}).values():
        sent |= {f"utter_ask_{slot}" for slot in form.get("required_slots", [])}
    return sent


def main() -> int:
    result = subprocess.run(
        [str(Path(sys.executable).parent / "rasa"), "data", "validate", "--fail-on-warnings"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    output = result.stdout + result.stderr
    expected = responses_sent_outside_stories()
    problems = [
        line.strip()
        for line in output.splitlines()
        if "UserWarning" in line and not (UNUSED.search(line) and UNUSED.search(line).group(1) in expected)
    ]
    if result.returncode != 0 or problems:
        print(output[-4000:] if result.returncode != 0 else "", file=sys.stderr)
        for line in problems:
            print(f"validation warning: {line}", file=sys.stderr)
        print("rasa data validate: FAILED", file=sys.stderr)
        return 1
    print("rasa data validate: OK (no warnings beyond responses sent by actions and forms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
